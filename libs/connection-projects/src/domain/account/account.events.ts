import type { SupplyVoltage } from '../project.enums.js';
import type { Capacity, CustomerDetails } from '../project.values.js';
import type { TariffCategory, ViolationKind } from './account.enums.js';

/**
 * Events of a supply account (用电户, SPEC §7): stable string types, each event's data written out as the fact it
 * records (STYLE.md), mapped field by field from its command by the decisions. `occurredAt` is the decided business
 * time. Never rename a type or change a stored shape in place: a new schema version and an upcaster
 * (account.event-schema.ts) instead.
 */
export const accountStreamId = (accountId: string): string => `account-${accountId}`;

/** Every event names its account (STYLE.md: data carries the aggregate's id). */
interface AccountFact {
  accountId: string;
}

/** 立户: opened by the process manager when a project is energized, or as a part of a split (`splitFrom`). */
export interface SupplyAccountOpenedData extends AccountFact {
  customerId: string;
  projectId: string;
  supplyAddress: string;
  orgUnit: string;
  contractCapacity: Capacity;
  supplyVoltage: SupplyVoltage;
  tariffCategory: TariffCategory;
  meterNumbers: string[];
  /** The energization's (or the split's) business time. */
  openedAt: string;
  splitFrom?: string;
}

/** 增容 on an existing account: the capacity-increase project's approved capacity becomes the contract capacity. */
export interface ContractCapacityChangedData extends AccountFact {
  projectId: string;
  previousCapacity: Capacity;
  contractCapacity: Capacity;
}

/** 暂停: `from`..`until` inclusive, in one calendar year; `days` is that count. */
export interface SuspensionGrantedData extends AccountFact {
  capacity: Capacity;
  /** YYYY-MM-DD */
  from: string;
  /** YYYY-MM-DD */
  until: string;
  days: number;
}

/** 提前恢复: the suspension granted for `from`..`until` ends the day before `restoreOn`. */
export interface SuspensionEndedData extends AccountFact {
  from: string;
  until: string;
  /** YYYY-MM-DD: the first day supplied again. */
  restoreOn: string;
  /** `from`..`restoreOn − 1` inclusive. */
  suspendedDays: number;
  /** Basic charge waived only for a suspension of at least 15 days (SPEC §7.2 a). */
  basicChargeWaived: boolean;
}

export interface TemporaryRemovalRequestedData extends AccountFact {
  reason: string;
}

/** 暂拆 executed: its day is the event's business day, from which the 6 months of REMOVAL_EXPIRED count. */
export interface MeterTemporarilyRemovedData extends AccountFact {
  notes?: string;
}

export interface ReinstallationRequestedData extends AccountFact {
  reason?: string;
}

/** 复装: the meters installed replace the account's meter numbers. */
export interface MeterReinstalledData extends AccountFact {
  meterNumbers: string[];
}

/** 移表: allowed only when address, tariff and supply point stay (all three recorded as confirmed). */
export interface MeterRelocationRequestedData extends AccountFact {
  newLocation: string;
  addressUnchanged: boolean;
  tariffUnchanged: boolean;
  supplyPointUnchanged: boolean;
}

export interface MeterRelocatedData extends AccountFact {
  newLocation: string;
  notes?: string;
}

/** 改类 requested. */
export interface TariffChangeRequestedData extends AccountFact {
  currentCategory: TariffCategory;
  newCategory: TariffCategory;
  reason: string;
}

/** The survey of a tariff change: a refusal ends the request. */
export interface TariffChangeSurveyedData extends AccountFact {
  newCategory: TariffCategory;
  findings: string;
  approved: boolean;
}

export interface TariffCategoryChangedData extends AccountFact {
  previousCategory: TariffCategory;
  newCategory: TariffCategory;
  notes?: string;
}

/** 销户: terminal. */
export interface SupplyAccountClosedData extends AccountFact {
  finalReading: number;
}

/** One account a split opens: its id is the original's + `-n`, in the parts' order. */
export interface SplitPart {
  accountId: string;
  customer: CustomerDetails;
  capacity: Capacity;
}

/** 分户: closes the original; the process manager opens each part. */
export interface SupplyAccountSplitData extends AccountFact {
  parts: SplitPart[];
}

/** 电费违约金 (SPEC §7.3), amounts in yuan. */
export interface LatePaymentChargeAssessedData extends AccountFact {
  /** YYYY-MM */
  billMonth: string;
  amountDue: number;
  dueDate: string;
  paidOn: string;
  daysLate: number;
  charge: number;
}

/** 违约用电 (SPEC §7.3): the inputs the kind uses, and what was computed from them, in yuan. */
export interface ViolationRecordedData extends AccountFact {
  kind: ViolationKind;
  capacity?: number;
  basicChargeRate?: number;
  months?: number;
  priceDifference?: number;
  energy?: number;
  backCharge: number;
  penalty: number;
}

export interface AccountEventDataMap {
  SupplyAccountOpened: SupplyAccountOpenedData;
  ContractCapacityChanged: ContractCapacityChangedData;
  SuspensionGranted: SuspensionGrantedData;
  SuspensionEnded: SuspensionEndedData;
  TemporaryRemovalRequested: TemporaryRemovalRequestedData;
  MeterTemporarilyRemoved: MeterTemporarilyRemovedData;
  ReinstallationRequested: ReinstallationRequestedData;
  MeterReinstalled: MeterReinstalledData;
  MeterRelocationRequested: MeterRelocationRequestedData;
  MeterRelocated: MeterRelocatedData;
  TariffChangeRequested: TariffChangeRequestedData;
  TariffChangeSurveyed: TariffChangeSurveyedData;
  TariffCategoryChanged: TariffCategoryChangedData;
  SupplyAccountClosed: SupplyAccountClosedData;
  SupplyAccountSplit: SupplyAccountSplitData;
  LatePaymentChargeAssessed: LatePaymentChargeAssessedData;
  ViolationRecorded: ViolationRecordedData;
}

export type AccountEventType = keyof AccountEventDataMap;

export interface AccountEventOf<T extends AccountEventType> {
  type: T;
  data: AccountEventDataMap[T];
  occurredAt: string;
}

export type AccountEvent = { [T in AccountEventType]: AccountEventOf<T> }[AccountEventType];

export const ACCOUNT_EVENT_TYPES = [
  'SupplyAccountOpened',
  'ContractCapacityChanged',
  'SuspensionGranted',
  'SuspensionEnded',
  'TemporaryRemovalRequested',
  'MeterTemporarilyRemoved',
  'ReinstallationRequested',
  'MeterReinstalled',
  'MeterRelocationRequested',
  'MeterRelocated',
  'TariffChangeRequested',
  'TariffChangeSurveyed',
  'TariffCategoryChanged',
  'SupplyAccountClosed',
  'SupplyAccountSplit',
  'LatePaymentChargeAssessed',
  'ViolationRecorded',
] as const satisfies readonly AccountEventType[];

export const isAccountEventType = (type: string): type is AccountEventType =>
  (ACCOUNT_EVENT_TYPES as readonly string[]).includes(type);
