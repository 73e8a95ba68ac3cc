import type { Aggregate } from '#event-sourcing';
import { claimStreamId, decodeClaimEvent, encodeClaimEvent, evolveClaim, initialClaimState, type ClaimEvent, type ClaimState } from '../../domain/index.js';

/** The appliance-damage claim as the generic command handler sees it: stream, fold, and its one decode/encode. */
export const claimAggregate: Aggregate<ClaimEvent, ClaimState> = {
  streamId: claimStreamId,
  initialState: initialClaimState,
  evolve: evolveClaim,
  decode: decodeClaimEvent,
  encode: (event) => ({ ...encodeClaimEvent(event), occurredAt: event.occurredAt }),
};
