import type { ApplianceCompensation, ApplianceFinding, ClaimClockName, ClaimedAppliance, ClaimStep } from '../../domain/index.js';
import type { ClockInstance, EvaluatedClock } from '../../domain/sla/index.js';

export type ClaimClockRecord = ClockInstance<ClaimClockName>;

/**
 * An appliance of the claim as it went: as claimed, then what the inspector found, then its compensation with how it
 * was reached (SPEC §8: the page explains the amount).
 */
export type ClaimApplianceView = ClaimedAppliance &
  Partial<Pick<ApplianceFinding, 'repairable' | 'repairCost'>> &
  Partial<Omit<ApplianceCompensation, 'name'>>;

/** Stored per claim (collection `claim-view`): its facts in order, and the clock instances it is evaluated from. */
export interface ClaimViewDocument {
  claimId: string;
  customerId: string;
  accountId: string;
  orgUnit: string;
  /** filed → investigated → settled (SPEC §8). */
  status: ClaimStep;
  damagedOn: string;
  filedAt: string;
  appliances: ClaimApplianceView[];
  investigation?: { at: string; findings: string; utilityLiable: boolean };
  settledAt?: string;
  /** yuan, once settled. */
  total?: number;
  notes?: string;
  clockRecords: ClaimClockRecord[];
  version: number;
  position: number;
  updatedAt: string;
}

/** The claim view as API.md answers it: the document with its clocks as of a time. */
export type ClaimView = Omit<ClaimViewDocument, 'clockRecords'> & { clocks: EvaluatedClock<ClaimClockName>[] };
