import type { SupplyVoltage } from '../project.enums.js';
import type { Capacity, CustomerDetails } from '../project.values.js';
import type { TariffCategory, ViolationKind } from './account.enums.js';

/**
 * Account commands: the API.md body of each account route, plus `accountId` and the optional business time
 * `occurredAt` (SPEC §4, §9); the first two are issued only by the supply-accounts process manager (SPEC §7.1).
 */
interface AccountCommandBase {
  accountId: string;
  /** ISO 8601 with offset; absent = decided as max(now, previous event). */
  occurredAt?: string;
}

export interface OpenSupplyAccount extends AccountCommandBase {
  type: 'OpenSupplyAccount';
  customerId: string;
  projectId: string;
  supplyAddress: string;
  orgUnit: string;
  contractCapacity: Capacity;
  supplyVoltage: SupplyVoltage;
  tariffCategory: TariffCategory;
  meterNumbers: string[];
  openedAt: string;
  splitFrom?: string;
}

export interface ChangeContractCapacity extends AccountCommandBase {
  type: 'ChangeContractCapacity';
  projectId: string;
  contractCapacity: Capacity;
}

export interface GrantSuspension extends AccountCommandBase {
  type: 'GrantSuspension';
  capacity: Capacity;
  /** YYYY-MM-DD */
  from: string;
  /** YYYY-MM-DD, same calendar year as `from` */
  until: string;
}

export interface EndSuspension extends AccountCommandBase {
  type: 'EndSuspension';
  /** YYYY-MM-DD */
  restoreOn: string;
}

export interface RequestTemporaryRemoval extends AccountCommandBase {
  type: 'RequestTemporaryRemoval';
  reason: string;
}

export interface ExecuteTemporaryRemoval extends AccountCommandBase {
  type: 'ExecuteTemporaryRemoval';
  notes?: string;
}

export interface RequestReinstallation extends AccountCommandBase {
  type: 'RequestReinstallation';
  reason?: string;
}

export interface ExecuteReinstallation extends AccountCommandBase {
  type: 'ExecuteReinstallation';
  meterNumbers: string[];
}

export interface RequestMeterRelocation extends AccountCommandBase {
  type: 'RequestMeterRelocation';
  newLocation: string;
  addressUnchanged: boolean;
  tariffUnchanged: boolean;
  supplyPointUnchanged: boolean;
}

export interface ExecuteMeterRelocation extends AccountCommandBase {
  type: 'ExecuteMeterRelocation';
  notes?: string;
}

export interface RequestTariffChange extends AccountCommandBase {
  type: 'RequestTariffChange';
  newCategory: TariffCategory;
  reason: string;
}

export interface SurveyTariffChange extends AccountCommandBase {
  type: 'SurveyTariffChange';
  findings: string;
  approved: boolean;
}

export interface ApplyTariffChange extends AccountCommandBase {
  type: 'ApplyTariffChange';
  notes?: string;
}

export interface CloseAccount extends AccountCommandBase {
  type: 'CloseAccount';
  billsSettled: boolean;
  finalReading: number;
}

export interface SplitAccountPart {
  customer: CustomerDetails;
  capacity: Capacity;
}

export interface SplitAccount extends AccountCommandBase {
  type: 'SplitAccount';
  parts: SplitAccountPart[];
  billsSettled: boolean;
}

export interface AssessLatePaymentCharge extends AccountCommandBase {
  type: 'AssessLatePaymentCharge';
  /** YYYY-MM */
  billMonth: string;
  /** yuan, at most two decimals */
  amountDue: number;
  dueDate: string;
  paidOn: string;
}

export interface RecordViolation extends AccountCommandBase {
  type: 'RecordViolation';
  kind: ViolationKind;
  /** kW/kVA */
  capacity?: number;
  /** yuan per kVA-month (basic charge of the two-part tariff) */
  basicChargeRate?: number;
  months?: number;
  /** yuan per kWh */
  priceDifference?: number;
  /** kWh */
  energy?: number;
}

export type AccountCommand =
  | OpenSupplyAccount
  | ChangeContractCapacity
  | GrantSuspension
  | EndSuspension
  | RequestTemporaryRemoval
  | ExecuteTemporaryRemoval
  | RequestReinstallation
  | ExecuteReinstallation
  | RequestMeterRelocation
  | ExecuteMeterRelocation
  | RequestTariffChange
  | SurveyTariffChange
  | ApplyTariffChange
  | CloseAccount
  | SplitAccount
  | AssessLatePaymentCharge
  | RecordViolation;

export type AccountCommandType = AccountCommand['type'];
