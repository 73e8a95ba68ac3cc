import { schemaDecoder, schemaEncoder, type RecordedEvent, type UpcastersOf } from '../event-decoding.js';
import { isClaimEventType, type ClaimEvent, type ClaimEventType } from './claim.events.js';

/** The schema version each claim event type is written with today; raised only with an upcaster from the one before. */
export const CLAIM_EVENT_SCHEMA: { readonly [T in ClaimEventType]: number } = {
  DamageClaimFiled: 1,
  DamageInvestigated: 1,
  DamageClaimSettled: 1,
};

export type ClaimUpcasters = UpcastersOf<ClaimEventType>;

/** None yet: every stored shape is today's. */
export const CLAIM_UPCASTERS: ClaimUpcasters = {};

export type ClaimEventDecoder = (recorded: RecordedEvent) => ClaimEvent | null;

export const claimEventDecoder = (schema: typeof CLAIM_EVENT_SCHEMA, upcasters: ClaimUpcasters): ClaimEventDecoder =>
  schemaDecoder<ClaimEventType, ClaimEvent>(isClaimEventType, schema, upcasters);

/** The one decode function of the claim aggregate: its repository and every reader of its stream go through it. */
export const decodeClaimEvent: ClaimEventDecoder = claimEventDecoder(CLAIM_EVENT_SCHEMA, CLAIM_UPCASTERS);

export const encodeClaimEvent = schemaEncoder<ClaimEventType, ClaimEvent>(CLAIM_EVENT_SCHEMA);
