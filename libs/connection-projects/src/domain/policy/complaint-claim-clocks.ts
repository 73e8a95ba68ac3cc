import type { ClockDefinition } from './clock-definition.js';

/**
 * The clocks of complaints and appliance-damage claims (SPEC §8): rows of the one clock table, the same under every
 * policy (SPEC §7.1: policy versions govern project clocks only). Nothing pauses them: a wait on the customer is a
 * project's. The read side derives them from the complaint's or claim's stream as it derives a project's.
 */
export const COMPLAINT_CLOCKS: readonly ClockDefinition[] = [
  {
    name: 'complaintContact',
    subject: 'complaint',
    starts: { on: { event: 'ComplaintReceived' } },
    stops: { next: { event: 'ComplainantContacted' } },
    limit: { workingDays: 1 },
  },
  {
    name: 'complaintReply',
    subject: 'complaint',
    starts: { on: { event: 'ComplaintReceived' } },
    stops: { next: { event: 'ComplaintReplied' } },
    limit: { workingDays: 7 },
  },
];

/** 24 hours from the filing, an instant: `dueSoon` from 6 hours before it (evaluateClock with `dueSoonBefore`). */
export const CLAIM_CLOCKS: readonly ClockDefinition[] = [
  {
    name: 'damageInvestigation',
    subject: 'claim',
    starts: { on: { event: 'DamageClaimFiled' } },
    stops: { next: { event: 'DamageInvestigated' } },
    limit: { hours: 24 },
    dueSoonBefore: { hours: 6 },
  },
];
