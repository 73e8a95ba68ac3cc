import { prcCalendar as calendar } from '../calendar/prc-calendar.js';
import { deadlineFor, workingDaysBetween } from './deadline.js';

const residentialSchemeReply = { workingDays: 3, calendarDays: 5 };

describe('deadlines in working days (the start day never counts)', () => {
  it('given a start on Tue 2025-09-30 with 3 working days then the deadline is the end of Sat 2025-10-11 (Oct 1–8 off; Oct 9 Thu = 1, Oct 10 Fri = 2, Oct 11 worked Sat = 3)', () => {
    expect(deadlineFor(calendar, '2025-09-30T10:00:00+08:00', { workingDays: 3 })).toEqual({
      deadline: '2025-10-11T23:59:59.999+08:00',
      deadlineDay: '2025-10-11',
      dueSoonFrom: '2025-10-10T00:00:00.000+08:00', // the last working day before the deadline day
      calendarEstimated: false,
    });
  });

  it('given a start on a holiday (Fri 2025-10-03) with 1 working day then the deadline is the end of Thu 2025-10-09', () => {
    expect(deadlineFor(calendar, '2025-10-03T09:00:00+08:00', { workingDays: 1 }).deadline).toBe('2025-10-09T23:59:59.999+08:00');
  });

  it('given a start on the worked Sat 2025-10-11 with 1 working day then that Saturday does not count: end of Mon 2025-10-13', () => {
    expect(deadlineFor(calendar, '2025-10-11T09:00:00+08:00', { workingDays: 1 }).deadline).toBe('2025-10-13T23:59:59.999+08:00');
  });

  it('given a start on the worked Sun 2025-09-28 with 2 working days then it is Tue 2025-09-30 (Mon 29 = 1, Tue 30 = 2)', () => {
    expect(deadlineFor(calendar, '2025-09-28T09:00:00+08:00', { workingDays: 2 }).deadlineDay).toBe('2025-09-30');
  });

  it('given a start on Thu 2026-02-12 with 3 working days then Spring Festival is skipped: Fri 13 = 1, worked Sat 14 = 2, Tue 24 = 3', () => {
    const d = deadlineFor(calendar, '2026-02-12T16:00:00+08:00', { workingDays: 3 });
    expect(d.deadline).toBe('2026-02-24T23:59:59.999+08:00');
    expect(d.dueSoonFrom).toBe('2026-02-14T00:00:00.000+08:00'); // the worked Saturday is the last working day before
  });

  it('given a start on Thu 2026-02-26 with 2 working days then the worked Sat 2026-02-28 is the deadline day', () => {
    expect(deadlineFor(calendar, '2026-02-26T16:00:00+08:00', { workingDays: 2 }).deadlineDay).toBe('2026-02-28');
  });

  it('given no working day between the start day and the deadline day then dueSoon starts with the start day', () => {
    // Sep 30 → Oct 9 with 1 working day: every day in between is a holiday; nothing before the start day is consulted.
    expect(deadlineFor(calendar, '2025-09-30T10:00:00+08:00', { workingDays: 1 }).dueSoonFrom).toBe('2025-09-30T00:00:00.000+08:00');
  });
});

describe('deadlines in calendar days and months', () => {
  it('given a start on 2025-09-30 with 10 calendar days then holidays do not matter: end of 2025-10-10, dueSoon from the day before', () => {
    const d = deadlineFor(calendar, '2025-09-30T10:00:00+08:00', { calendarDays: 10 });
    expect(d.deadline).toBe('2025-10-10T23:59:59.999+08:00');
    expect(d.dueSoonFrom).toBe('2025-10-09T00:00:00.000+08:00');
  });

  it.each([
    ['2025-01-31T10:00:00+08:00', '2025-02-28', false],
    ['2025-03-31T10:00:00+08:00', '2025-04-30', false],
    ['2025-12-31T10:00:00+08:00', '2026-01-31', false],
    ['2025-08-15T10:00:00+08:00', '2025-09-15', false],
    ['2024-01-31T10:00:00+08:00', '2024-02-29', true], // leap year; 2024 has no calendar data
  ])('given a start at %s with 1 calendar month then the deadline day is %s (estimated: %s)', (startedAt, day, estimated) => {
    const d = deadlineFor(calendar, startedAt, { calendarMonths: 1 });
    expect(d.deadline).toBe(`${day}T23:59:59.999+08:00`);
    expect(d.calendarEstimated).toBe(estimated);
  });
});

describe('residential scheme reply: the earlier of 3 working days and 5 calendar days', () => {
  it('given a start just before National Day (2025-09-30) then 5 calendar days (Oct 5) beat 3 working days (Oct 11)', () => {
    const d = deadlineFor(calendar, '2025-09-30T10:00:00+08:00', residentialSchemeReply);
    expect(d.deadline).toBe('2025-10-05T23:59:59.999+08:00');
    expect(d.dueSoonFrom).toBe('2025-10-04T00:00:00.000+08:00'); // calendar-day rule: the day before
  });

  it('given a start on Mon 2025-03-03 then 3 working days (Thu Mar 6) beat 5 calendar days (Sat Mar 8)', () => {
    const d = deadlineFor(calendar, '2025-03-03T10:00:00+08:00', residentialSchemeReply);
    expect(d.deadline).toBe('2025-03-06T23:59:59.999+08:00');
    expect(d.dueSoonFrom).toBe('2025-03-05T00:00:00.000+08:00');
  });

  it('given a start on Wed 2025-03-05 when both end on Mon Mar 10 then the earlier warning (Fri Mar 7, not Sun Mar 9) is kept', () => {
    const d = deadlineFor(calendar, '2025-03-05T10:00:00+08:00', residentialSchemeReply);
    expect(d.deadlineDay).toBe('2025-03-10');
    expect(d.dueSoonFrom).toBe('2025-03-07T00:00:00.000+08:00');
  });
});

describe('time zones and years without data', () => {
  it('given 2025-09-30T17:00:00Z (Oct 1 in Shanghai) with 10 calendar days then the deadline is Oct 11, not Oct 10', () => {
    expect(deadlineFor(calendar, '2025-09-30T17:00:00Z', { calendarDays: 10 }).deadlineDay).toBe('2025-10-11');
    expect(deadlineFor(calendar, '2025-09-30T15:59:59.999Z', { calendarDays: 10 }).deadlineDay).toBe('2025-10-10');
  });

  it('given a start in 2027 (no data) with 3 working days then Mon–Fri count (Fri Oct 1 = 1, Mon 4, Tue 5) and it is estimated', () => {
    const d = deadlineFor(calendar, '2027-09-30T10:00:00+08:00', { workingDays: 3 });
    expect(d.deadlineDay).toBe('2027-10-05');
    expect(d.calendarEstimated).toBe(true);
  });

  it('given a deadline that crosses into 2027 then it is estimated; one that stays in 2026 is not', () => {
    expect(deadlineFor(calendar, '2026-12-30T10:00:00+08:00', { workingDays: 3 })).toMatchObject({
      deadlineDay: '2027-01-04', // Dec 31 = 1, Fri Jan 1 2027 (no data: a weekday) = 2, Mon Jan 4 = 3
      calendarEstimated: true,
    });
    expect(deadlineFor(calendar, '2026-12-28T10:00:00+08:00', { workingDays: 3 })).toMatchObject({
      deadlineDay: '2026-12-31',
      calendarEstimated: false,
    });
  });
});

describe('malformed limits and instants', () => {
  it.each([[{}], [{ workingDays: -1 }], [{ calendarDays: 1.5 }], [{ calendarMonths: Number.NaN }]])(
    'given the limit %j then it is refused',
    (limit) => expect(() => deadlineFor(calendar, '2025-03-03T10:00:00+08:00', limit)).toThrow(RangeError),
  );

  it('given a start without an offset then it is refused', () => {
    expect(() => deadlineFor(calendar, '2025-03-03T10:00:00', { workingDays: 1 })).toThrow(RangeError);
  });
});

describe('workingDaysBetween instants', () => {
  it('given two instants then it counts working days after the first Shanghai day up to and including the last', () => {
    expect(workingDaysBetween(calendar, '2025-09-30T23:00:00+08:00', '2025-10-11T01:00:00+08:00')).toBe(3);
    // 2025-09-30T17:00Z is already Oct 1 in Shanghai: Oct 9, 10, 11 still count, nothing before.
    expect(workingDaysBetween(calendar, '2025-09-30T17:00:00Z', '2025-10-11T01:00:00+08:00')).toBe(3);
    expect(workingDaysBetween(calendar, '2025-09-29T10:00:00+08:00', '2025-09-30T15:59:59.999Z')).toBe(1);
  });
});
