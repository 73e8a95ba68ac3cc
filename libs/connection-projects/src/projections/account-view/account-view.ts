import type {
  AccountClockName,
  AccountStatus,
  Capacity,
  RemovalStep,
  SupplyVoltage,
  TariffCategory,
  ViolationRecordedData,
} from '../../domain/index.js';
import type { ClockInstance, EvaluatedClock } from '../../domain/sla/index.js';

/** A granted suspension (暂停) as recorded; `restoreOn` and `basicChargeWaived` once restored early (SPEC §7.2 a). */
export interface SuspensionRecord {
  from: string;
  until: string;
  capacity: Capacity;
  /** Days granted, `from`..`until` inclusive. */
  days: number;
  restoreOn?: string;
  basicChargeWaived?: boolean;
}

/** A suspension as the view answers it: `endedOn`, its last suspended day, once it is over as of the view's time. */
export interface SuspensionView extends SuspensionRecord {
  endedOn?: string;
}

/** Every change-of-use service of SPEC §7.1–§7.2 the account went through, with when it was asked and done. */
export type AccountService =
  | { type: 'suspension'; requestedAt: string; completedAt: string; capacity: Capacity; from: string; until: string }
  | { type: 'restoration'; requestedAt: string; completedAt: string; from: string; until: string; restoreOn: string; basicChargeWaived: boolean }
  | { type: 'temporaryRemoval'; requestedAt: string; completedAt?: string; reason: string; notes?: string }
  | { type: 'reinstallation'; requestedAt: string; completedAt?: string; reason?: string; meterNumbers?: string[] }
  | { type: 'meterRelocation'; requestedAt: string; completedAt?: string; newLocation: string; notes?: string }
  | {
      type: 'tariffChange';
      requestedAt: string;
      /** Applied, or refused by the survey (`approved: false`): the request is over either way. */
      completedAt?: string;
      currentCategory: TariffCategory;
      newCategory: TariffCategory;
      reason: string;
      surveyedAt?: string;
      findings?: string;
      approved?: boolean;
      notes?: string;
    }
  | { type: 'capacityChange'; requestedAt: string; completedAt: string; projectId: string; previousCapacity: Capacity; contractCapacity: Capacity }
  | { type: 'closure'; requestedAt: string; completedAt: string; finalReading: number }
  | { type: 'split'; requestedAt: string; completedAt: string; parts: { accountId: string; customerId: string; capacity: Capacity }[] };

export type AccountServiceType = AccountService['type'];

/** What the utility assessed (SPEC §7.3), amounts in yuan; `amount` is what the customer owes for it. */
export type AccountCharge =
  | { type: 'latePayment'; assessedAt: string; billMonth: string; amountDue: number; dueDate: string; paidOn: string; daysLate: number; amount: number }
  /** The violation as recorded (its kind, inputs, back charge and penalty), `amount` their sum (API.md). */
  | ({ type: 'violation'; assessedAt: string; amount: number } & Omit<ViolationRecordedData, 'accountId'>);

export type AccountClockRecord = ClockInstance<AccountClockName>;

/**
 * Stored per account (collection `account-view`): everything the account view answers, plus what its date-dependent
 * parts are evaluated from (SPEC §7.1: status and suspended capacity as of a day, clocks as of a time).
 */
export interface AccountViewDocument {
  accountId: string;
  customerId: string;
  projectId: string;
  supplyAddress: string;
  orgUnit: string;
  supplyVoltage: SupplyVoltage;
  contractCapacity: Capacity;
  tariffCategory: TariffCategory;
  meterNumbers: string[];
  openedAt: string;
  splitFrom?: string;
  /** Business time of the closure or split that ended the account. */
  closedAt?: string;
  closed: boolean;
  removal: RemovalStep;
  suspensions: SuspensionRecord[];
  services: AccountService[];
  charges: AccountCharge[];
  clockRecords: AccountClockRecord[];
  version: number;
  position: number;
  updatedAt: string;
}

/** The account view as API.md answers it: status, suspended capacity, suspensions and clocks as of a time. */
export type AccountView = Omit<AccountViewDocument, 'clockRecords' | 'closed' | 'removal' | 'suspensions'> & {
  status: AccountStatus;
  suspendedCapacity: Capacity;
  suspensions: SuspensionView[];
  clocks: EvaluatedClock<AccountClockName>[];
};
