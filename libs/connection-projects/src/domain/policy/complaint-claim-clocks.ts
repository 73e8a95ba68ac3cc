import type { ClockDefinition } from './clock-definition.js';

/** The clocks of SPEC §8 by subject, in the dashboard's order. */
export const COMPLAINT_CLOCK_NAMES = ['complaintContact', 'complaintReply'] as const;
export type ComplaintClockName = (typeof COMPLAINT_CLOCK_NAMES)[number];
export const CLAIM_CLOCK_NAMES = ['damageInvestigation'] as const;
export type ClaimClockName = (typeof CLAIM_CLOCK_NAMES)[number];

/**
 * The clocks of complaints and appliance-damage claims (SPEC §8): rows of the one clock table, the same under every
 * policy (SPEC §7.1: policy versions govern project clocks only). Nothing pauses them: a wait on the customer is a
 * project's. The read side derives them from the complaint's or claim's stream as it derives a project's.
 */
export const COMPLAINT_CLOCKS: readonly (ClockDefinition & { name: ComplaintClockName })[] = [
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
export const CLAIM_CLOCKS: readonly (ClockDefinition & { name: ClaimClockName })[] = [
  {
    name: 'damageInvestigation',
    subject: 'claim',
    starts: { on: { event: 'DamageClaimFiled' } },
    stops: { next: { event: 'DamageInvestigated' } },
    limit: { hours: 24 },
    dueSoonBefore: { hours: 6 },
  },
];
