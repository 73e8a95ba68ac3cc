import type { StoredEvent } from '#event-sourcing';
import { instantMs } from '../../domain/calendar/index.js';
import type { PrefixFolds } from './prefix-folds.js';

/** Exactly one point in time: what had happened (`at`), what the system knew (`knownAt`), or a stream version. */
export type TimeTravelPoint = { at: string } | { knownAt: string } | { version: number };

/**
 * Which of a stream's events (by index) were seen at the point, and the business time its date-dependent parts (clocks,
 * an account's status) are evaluated at; the same for every stream that travels (API.md `/state`).
 */
export function seenAt<Doc extends object>(folds: PrefixFolds<Doc>, events: readonly StoredEvent[], point: TimeTravelPoint): { seen: (i: number) => boolean; asOf: string } {
  if ('at' in point) {
    const limit = instantMs(point.at);
    const occurred = folds.times(events, 'occurredAt', instantMs);
    return { seen: (i) => occurred[i] <= limit, asOf: point.at };
  }
  if ('knownAt' in point) {
    const limit = instantMs(point.knownAt);
    const recorded = folds.times(events, 'recordedAt', instantMs);
    return { seen: (i) => recorded[i] <= limit, asOf: point.knownAt };
  }
  // A version names a point in the stream: clocks are seen as of that event's business time.
  const last = events.findLast((e) => e.version <= point.version);
  return { seen: (i) => events[i].version <= point.version, asOf: last?.metadata.occurredAt ?? new Date(0).toISOString() };
}
