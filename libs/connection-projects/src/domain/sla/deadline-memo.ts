import { shanghaiDateOf } from '../calendar/local-date.js';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar.js';
import { deadlineFor } from './deadline.js';
import type { TimeLimit } from './time-limit.js';

/** Days × limits per calendar: a few thousand entries cover years of start days; past that the memo starts over. */
const MAX_ENTRIES = 20_000;
const memos = new WeakMap<WorkingDayCalendar, { byLimit: Map<TimeLimit, Map<string, string>>; entries: number }>();

/**
 * `deadlineFor(calendar, startedAt, limit).deadline`, remembered: the deadline depends only on the Shanghai day the
 * clock started and on the limit (the start day never counts), and walking the working-day calendar was ~14% of a
 * rebuild. Limits are the policy's constant objects, so they key the memo by identity.
 */
export function deadlineOf(calendar: WorkingDayCalendar, startedAt: string, limit: TimeLimit): string {
  // An hour limit's deadline depends on the instant, not the day: nothing to remember.
  if (limit.hours !== undefined) return deadlineFor(calendar, startedAt, limit).deadline;
  let memo = memos.get(calendar);
  if (!memo) memos.set(calendar, (memo = { byLimit: new Map(), entries: 0 }));
  const day = shanghaiDateOf(startedAt);
  let byDay = memo.byLimit.get(limit);
  if (!byDay) memo.byLimit.set(limit, (byDay = new Map()));
  let deadline = byDay.get(day);
  if (deadline === undefined) {
    if (memo.entries >= MAX_ENTRIES) {
      memo.byLimit.clear();
      memo.entries = 0;
      memo.byLimit.set(limit, (byDay = new Map()));
    }
    deadline = deadlineFor(calendar, startedAt, limit).deadline;
    byDay.set(day, deadline);
    memo.entries += 1;
  }
  return deadline;
}
