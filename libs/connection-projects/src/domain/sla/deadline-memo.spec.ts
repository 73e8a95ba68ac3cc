import { prcCalendar } from '../calendar/prc-calendar.js';
import { deadlineOf } from './deadline-memo.js';

describe('deadlineOf (remembered deadlines)', () => {
  const oneMonth = { calendarMonths: 1 };
  const residentialSchemeReply = { workingDays: 3, calendarDays: 5 };

  it('given starts either side of Shanghai midnight, a holiday week and a year end then each deadline is right, the first time and when remembered', () => {
    const cases: [string, object, string][] = [
      ['2025-09-30T15:59:59.999Z', oneMonth, '2025-10-30T23:59:59.999+08:00'], // Sep 30 in Shanghai
      ['2025-09-30T16:00:00.000Z', oneMonth, '2025-11-01T23:59:59.999+08:00'], // Oct 1 in Shanghai
      ['2025-12-31T17:30:00+08:00', oneMonth, '2026-01-31T23:59:59.999+08:00'],
      ['2025-09-30T15:59:59.999Z', residentialSchemeReply, '2025-10-05T23:59:59.999+08:00'], // 5 calendar days beat Oct 11
      ['2025-10-01T03:00:00.000Z', residentialSchemeReply, '2025-10-06T23:59:59.999+08:00'], // Oct 1: Oct 6 beats Oct 11
      ['2026-02-14T09:00:00+08:00', residentialSchemeReply, '2026-02-19T23:59:59.999+08:00'], // Feb 19 beats Feb 26
    ];
    for (const [startedAt, limit, expected] of cases) {
      expect(deadlineOf(prcCalendar, startedAt, limit)).toBe(expected);
      expect(deadlineOf(prcCalendar, startedAt, limit)).toBe(expected);
    }
  });

  it('tells apart two starts of the same UTC day that fall on different Shanghai days', () => {
    expect(deadlineOf(prcCalendar, '2025-10-09T15:00:00.000Z', oneMonth)).toBe('2025-11-09T23:59:59.999+08:00');
    expect(deadlineOf(prcCalendar, '2025-10-09T17:00:00.000Z', oneMonth)).toBe('2025-11-10T23:59:59.999+08:00');
  });
});
