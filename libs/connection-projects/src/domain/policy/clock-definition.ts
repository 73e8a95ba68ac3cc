import type { CustomerClass } from '../project.enums.js';
import type { TimeLimit } from '../sla/time-limit.js';

/**
 * The clock table of a policy, as data (SPEC §5, §5.1, §6, §7, §8): which events start and stop each clock, for whom,
 * with which limit. `deriveClocks` reads it to find the clocks of a stream; `evaluateClock` and `clockStatusAt` judge
 * them as of a time. Adding a clock or a policy is adding rows here, not code.
 */
export interface ClockDefinition {
  name: string;
  /** The stream the clock runs on. */
  subject: ClockSubject;
  /** Project clocks: the customer classes it runs for; absent, every class. */
  classes?: readonly CustomerClass[];
  starts: ClockStart;
  stops: ClockStop;
  /** One limit for every subject, or one per customer class (a class without one has no such clock). */
  limit: TimeLimit | LimitByClass;
  /** Events that pause the clock while it runs (SPEC §5.1). */
  pausedBy?: ClockPause;
  /** Hour clocks: how long before the deadline they are `dueSoon` (SPEC §8); day clocks follow SPEC §5. */
  dueSoonBefore?: { hours: number };
}

/** What a clock runs on (API.md `subject`): one stream kind each. */
export const CLOCK_SUBJECTS = ['project', 'account', 'complaint', 'claim'] as const;
export type ClockSubject = (typeof CLOCK_SUBJECTS)[number];

/** An event type of the subject's stream, optionally only with these values in its data ("AcceptanceRecorded passed"). */
export interface EventMatch {
  event: string;
  where?: Readonly<Record<string, string | number | boolean>>;
}

export type ClockStart =
  /** Every matching event starts the clock. */
  | { on: EventMatch }
  /** Every matching event starts a round of its own: the event's `round`, else its rank among these starts. */
  | { each: EventMatch }
  /** Once both have happened, the later of the two starts the clock ("the later of A and B"). */
  | { laterOf: readonly [EventMatch, EventMatch] };

export type ClockStop =
  /** The next matching event stops every instance still open. */
  | { next: EventMatch }
  /** A matching event stops the open instance of its own `round` ("its DesignReviewed"). */
  | { its: EventMatch };

export interface LimitByClass {
  byClass: Readonly<Partial<Record<CustomerClass, TimeLimit>>>;
}

/** A wait opened by `starts` and closed by `ends` pauses the clocks running when it opens (SPEC §5.1). */
export interface ClockPause {
  starts: EventMatch;
  ends: EventMatch;
}

/** The limit of a clock for a subject of that class; undefined when the clock does not run for it. */
export const limitOf = (clock: ClockDefinition, customerClass: CustomerClass | undefined): TimeLimit | undefined => {
  if (clock.classes !== undefined && (customerClass === undefined || !clock.classes.includes(customerClass))) return undefined;
  if (!('byClass' in clock.limit)) return clock.limit as TimeLimit;
  return customerClass === undefined ? undefined : (clock.limit as LimitByClass).byClass[customerClass];
};
