import { shanghaiDateOf } from '../calendar/index.js';
import { DomainError } from '../project.errors.js';

const instant = (iso: string): number => Date.parse(iso);

/** What a stream records: the word a refusal names its previous event by. */
export type StreamSubject = 'project' | 'account' | 'complaint' | 'claim';

/**
 * Business time of the event to append (SPEC §4). Supplied: never in the future, never before the previous event
 * (both compared as instants: offsets differ). Absent: the later of the server clock and the previous event, so a
 * defaulted time is never refused even when the clock lags a back-dated history. Always emitted as ISO UTC.
 */
export const decideOccurredAt = (
  supplied: string | undefined,
  previous: string | undefined,
  now: string,
  subject: StreamSubject = 'project',
): string => {
  const nowMs = instant(now);
  const previousMs = previous === undefined ? Number.NaN : instant(previous);
  if (supplied === undefined) {
    const ms = Number.isNaN(previousMs) ? nowMs : Math.max(nowMs, previousMs);
    return new Date(ms).toISOString();
  }
  const at = instant(supplied);
  if (Number.isNaN(at)) {
    throw new DomainError('OCCURRED_AT_INVALID', `occurredAt '${supplied}' is not an ISO 8601 time`);
  }
  if (at > nowMs) {
    throw new DomainError('OCCURRED_AT_INVALID', `occurredAt ${supplied} is in the future (server time ${now}); 业务时间不得晚于当前时间`);
  }
  if (!Number.isNaN(previousMs) && at < previousMs) {
    throw new DomainError(
      'OCCURRED_AT_INVALID',
      `occurredAt ${supplied} is earlier than the ${subject}'s previous event (${previous}); 业务时间不得早于上一事件`,
    );
  }
  return new Date(at).toISOString();
};

export interface BusinessTime {
  /** The decided business time, ISO UTC. */
  occurredAt: string;
  /** "The request's day" (SPEC §7.2, §8): that time's day in Asia/Shanghai. */
  day: string;
}

/**
 * The business time of a command on an account, complaint or claim, with its Shanghai day: OCCURRED_AT_INVALID is the
 * first 422 rule of those streams (SPEC §7.2, §9), because the day the notice, expiry and lapse rules count from is it.
 */
export const businessTimeOf = (supplied: string | undefined, previous: string | undefined, now: string, subject: StreamSubject): BusinessTime => {
  const occurredAt = decideOccurredAt(supplied, previous, now, subject);
  return { occurredAt, day: shanghaiDateOf(occurredAt) };
};
