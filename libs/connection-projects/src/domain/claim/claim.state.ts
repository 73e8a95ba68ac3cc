import type { ClaimStep } from './claim.enums.js';
import type { ApplianceFinding, ClaimedAppliance } from './claim.values.js';

/** What the rules need, folded from the claim's events; `eventCount` 0 means the claim does not exist. */
export interface ClaimState {
  eventCount: number;
  claimId?: string;
  customerId?: string;
  accountId?: string;
  orgUnit?: string;
  step?: ClaimStep;
  damagedOn?: string;
  appliances: ClaimedAppliance[];
  /** Once investigated: what the settlement is computed from. */
  investigation?: { utilityLiable: boolean; appliances: ApplianceFinding[] };
  lastOccurredAt?: string;
}

export const initialClaimState: ClaimState = { eventCount: 0, appliances: [] };
