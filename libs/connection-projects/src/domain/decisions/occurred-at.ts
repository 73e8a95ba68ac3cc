import { DomainError } from '../project.errors.js';

const instant = (iso: string): number => Date.parse(iso);

/**
 * Business time of the event to append (SPEC §4). Supplied: never in the future, never before the previous event
 * (both compared as instants: offsets differ). Absent: the later of the server clock and the previous event, so a
 * defaulted time is never refused even when the clock lags a back-dated history. Always emitted as ISO UTC.
 */
export const decideOccurredAt = (
  supplied: string | undefined,
  previous: string | undefined,
  now: string,
  subject: 'project' | 'account' = 'project',
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
