import type { ClaimEvent } from './claim.events.js';
import type { ClaimState } from './claim.state.js';

/** One switch, no I/O, no clock; never throws on history (a tolerant reader: unknown facts change nothing). */
export const evolveClaim = (state: ClaimState, event: ClaimEvent): ClaimState => {
  const next: ClaimState = { ...state, eventCount: state.eventCount + 1, lastOccurredAt: event.occurredAt };
  switch (event.type) {
    case 'DamageClaimFiled': {
      const { claimId, customerId, accountId, orgUnit, damagedOn, appliances } = event.data;
      return { ...next, claimId, customerId, accountId, orgUnit, damagedOn, appliances: appliances ?? [], step: 'filed' };
    }
    case 'DamageInvestigated': {
      const { utilityLiable, appliances } = event.data;
      return { ...next, step: 'investigated', investigation: { utilityLiable, appliances: appliances ?? [] } };
    }
    case 'DamageClaimSettled':
      return { ...next, step: 'settled' };
    default:
      return next;
  }
};

export const foldClaim = (events: readonly ClaimEvent[], from: ClaimState): ClaimState => events.reduce(evolveClaim, from);
