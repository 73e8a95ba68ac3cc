import type { ApplianceFinding, ClaimedAppliance } from './claim.values.js';

/** Appliance-damage claim commands (家用电器损坏理赔, SPEC §8): the API.md body of each route, plus `claimId` and `occurredAt`. */
interface ClaimCommandBase {
  claimId: string;
  /** ISO 8601 with offset; absent = decided as max(now, previous event). Filing: its Shanghai day is the filing day. */
  occurredAt?: string;
}

/** The clerk files the claim on the customer's residential account, within 7 days of the damage. */
export interface FileDamageClaim extends ClaimCommandBase {
  type: 'FileDamageClaim';
  customerId: string;
  accountId: string;
  /** YYYY-MM-DD */
  damagedOn: string;
  appliances: ClaimedAppliance[];
}

/** The inspector's investigation: the findings, liability, and per appliance of the claim (same order) repairable or not. */
export interface InvestigateDamage extends ClaimCommandBase {
  type: 'InvestigateDamage';
  findings: string;
  utilityLiable: boolean;
  appliances: ApplianceFinding[];
}

/** The clerk settles: the compensation is computed from the claim and its investigation, never typed in. */
export interface SettleDamageClaim extends ClaimCommandBase {
  type: 'SettleDamageClaim';
  notes?: string;
}

export type ClaimCommand = FileDamageClaim | InvestigateDamage | SettleDamageClaim;

export type ClaimCommandType = ClaimCommand['type'];
