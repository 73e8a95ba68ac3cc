import type { SupplyVoltage } from '../project.enums.js';
import type { Capacity } from '../project.values.js';
import type { TariffCategory } from './account.enums.js';

/** A granted suspension (暂停); `restoreOn` once ended early, the first day supplied again. */
export interface Suspension {
  from: string;
  until: string;
  capacity: Capacity;
  restoreOn?: string;
}

/** Where the account stands with its meter: 暂拆 requested, removed, 复装 requested (SPEC §7.2 b). */
export type RemovalStep = 'none' | 'removalRequested' | 'removed' | 'reinstallationRequested';

/** What the rules need, folded from the account's events; `eventCount` 0 means the account does not exist. */
export interface AccountState {
  eventCount: number;
  accountId?: string;
  customerId?: string;
  projectId?: string;
  supplyAddress?: string;
  orgUnit?: string;
  contractCapacity?: Capacity;
  supplyVoltage?: SupplyVoltage;
  tariffCategory?: TariffCategory;
  meterNumbers: string[];
  openedAt?: string;
  splitFrom?: string;
  suspensions: Suspension[];
  removal: RemovalStep;
  /** The Shanghai day the meter was removed: REMOVAL_EXPIRED counts 6 months from it. */
  removedOn?: string;
  /** An open 移表 request. */
  relocation?: { newLocation: string };
  /** An open 改类 request; `approved` once an approving survey is recorded. */
  tariffChange?: { newCategory: TariffCategory; approved: boolean };
  closed: boolean;
  lastOccurredAt?: string;
}

export const initialAccountState: AccountState = {
  eventCount: 0,
  meterNumbers: [],
  suspensions: [],
  removal: 'none',
  closed: false,
};
