import type { EventOf, EventsOf } from '../event-decoding.js';
import type { ApplianceCompensation, ApplianceFinding, ClaimedAppliance } from './claim.values.js';

/**
 * Events of an appliance-damage claim (家用电器损坏理赔, SPEC §8): stable string types, each event's data written out as
 * the fact it records (STYLE.md), mapped field by field from its command. Never rename a type or change a stored shape
 * in place: a new schema version and an upcaster (claim.event-schema.ts) instead.
 */
export const claimStreamId = (claimId: string): string => `claim-${claimId}`;

/** Every event names its claim (STYLE.md: data carries the aggregate's id). */
interface ClaimFact {
  claimId: string;
}

/** Filed on a residential account of the customer; `orgUnit` is the account's. The `damageInvestigation` clock starts. */
export interface DamageClaimFiledData extends ClaimFact {
  customerId: string;
  accountId: string;
  orgUnit: string;
  /** YYYY-MM-DD */
  damagedOn: string;
  appliances: ClaimedAppliance[];
}

/** The investigation (the `damageInvestigation` clock stops): its appliances answer the claim's, in the same order. */
export interface DamageInvestigatedData extends ClaimFact {
  findings: string;
  utilityLiable: boolean;
  appliances: ApplianceFinding[];
}

/** 理赔: each appliance's compensation with how it was reached, and the total, in yuan. Terminal. */
export interface DamageClaimSettledData extends ClaimFact {
  utilityLiable: boolean;
  appliances: ApplianceCompensation[];
  total: number;
  notes?: string;
}

export interface ClaimEventDataMap {
  DamageClaimFiled: DamageClaimFiledData;
  DamageInvestigated: DamageInvestigatedData;
  DamageClaimSettled: DamageClaimSettledData;
}

export type ClaimEventType = keyof ClaimEventDataMap;

export type ClaimEventOf<T extends ClaimEventType> = EventOf<ClaimEventDataMap, T>;

export type ClaimEvent = EventsOf<ClaimEventDataMap>;

export const CLAIM_EVENT_TYPES = ['DamageClaimFiled', 'DamageInvestigated', 'DamageClaimSettled'] as const satisfies readonly ClaimEventType[];

export const isClaimEventType = (type: string): type is ClaimEventType => (CLAIM_EVENT_TYPES as readonly string[]).includes(type);
