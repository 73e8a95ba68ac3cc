import { prcCalendar } from '../../domain/calendar/index.js';
import { SEED_POLICY } from '../../domain/policy/seed.policy.js';
import { deadlineFor } from '../../domain/sla/index.js';
import { deadlineOf } from './deadline-memo.js';

describe('deadlineOf (remembered deadlines of the project view)', () => {
  const limits = [SEED_POLICY.limits.postConnectionCheck, SEED_POLICY.limits.schemeReply.residential];
  // Both sides of Shanghai midnight, a holiday week and a year end: each must equal the calendar's own answer.
  const starts = [
    '2025-09-30T15:59:59.999Z', '2025-09-30T16:00:00.000Z', '2025-10-01T03:00:00.000Z', '2025-12-31T17:30:00+08:00',
    '2026-02-14T09:00:00+08:00',
  ];

  it('answers what deadlineFor answers, the first time and when remembered', () => {
    for (const limit of limits) {
      for (const startedAt of starts) {
        const expected = deadlineFor(prcCalendar, startedAt, limit).deadline;
        expect(deadlineOf(startedAt, limit)).toBe(expected);
        expect(deadlineOf(startedAt, limit)).toBe(expected);
      }
    }
  });

  it('tells apart two starts of the same UTC day that fall on different Shanghai days', () => {
    const limit = SEED_POLICY.limits.postConnectionCheck;
    expect(deadlineOf('2025-10-09T15:00:00.000Z', limit)).toBe(deadlineFor(prcCalendar, '2025-10-09T15:00:00.000Z', limit).deadline);
    expect(deadlineOf('2025-10-09T17:00:00.000Z', limit)).toBe(deadlineFor(prcCalendar, '2025-10-09T17:00:00.000Z', limit).deadline);
  });
});
