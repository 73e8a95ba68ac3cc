import { prcCalendar, shanghaiDateOf } from '../../domain/calendar/index.js';
import { deadlineFor, type TimeLimit } from '../../domain/sla/index.js';

/** Days × limits: a few thousand entries cover years of start days; past that the memo starts over. */
const MAX_ENTRIES = 20_000;
const memo = new Map<TimeLimit, Map<string, string>>();
let entries = 0;

/**
 * `deadlineFor(prcCalendar, startedAt, limit).deadline`, remembered: the deadline depends only on the Shanghai day the
 * clock started and on the limit (the start day never counts), and walking the working-day calendar was ~14% of a
 * rebuild. Limits are the policy's constant objects, so they key the memo by identity.
 */
export function deadlineOf(startedAt: string, limit: TimeLimit): string {
  const day = shanghaiDateOf(startedAt);
  let byDay = memo.get(limit);
  if (!byDay) memo.set(limit, (byDay = new Map()));
  let deadline = byDay.get(day);
  if (deadline === undefined) {
    if (entries >= MAX_ENTRIES) {
      memo.clear();
      entries = 0;
      memo.set(limit, (byDay = new Map()));
    }
    deadline = deadlineFor(prcCalendar, startedAt, limit).deadline;
    byDay.set(day, deadline);
    entries += 1;
  }
  return deadline;
}
