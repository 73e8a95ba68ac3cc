import { prcCalendar as calendar } from '../calendar/prc-calendar.js';
import { type ClockInput, clockStatusAt, evaluateClock } from './sla-clock.js';

// Started Tue 2025-09-30 with 3 working days: Oct 1–8 off, so Oct 9 = 1, Oct 10 = 2, worked Sat Oct 11 = 3.
// Deadline 2025-10-11T23:59:59.999+08:00; dueSoon from the start of Fri Oct 10 (last working day before Oct 11).
const beforeNationalDay: ClockInput<'schemeReply'> = {
  name: 'schemeReply',
  startedAt: '2025-09-30T10:00:00+08:00',
  limit: { workingDays: 3 },
};
const deadline = '2025-10-11T23:59:59.999+08:00';
const at = (asOf: string, stoppedAt?: string) => evaluateClock(calendar, { ...beforeNationalDay, stoppedAt }, asOf);

describe('a clock not yet started', () => {
  it('given asOf one ms before the start when evaluated then there is no clock', () => {
    expect(at('2025-09-30T09:59:59.999+08:00')).toBeNull();
  });

  it('given asOf exactly at the start when evaluated then it is running with no elapsed working day', () => {
    expect(at('2025-09-30T10:00:00+08:00')).toEqual({
      name: 'schemeReply',
      status: 'running',
      startedAt: '2025-09-30T10:00:00+08:00',
      deadline,
      elapsedWorkingDays: 0,
      pausedDays: 0,
    });
  });
});

describe('running → dueSoon → overdue around National Day 2025', () => {
  it('given asOf one ms before the start of Fri Oct 10 then it is still running (Oct 9 elapsed: 1; during the holiday: 0)', () => {
    expect(at('2025-10-09T15:59:59.999Z')).toMatchObject({ status: 'running', elapsedWorkingDays: 1 });
    expect(at('2025-10-08T12:00:00+08:00')).toMatchObject({ status: 'running', elapsedWorkingDays: 0 });
  });

  it('given asOf at the start of Fri Oct 10 (written in Z) then it is dueSoon', () => {
    expect(at('2025-10-09T16:00:00.000Z')).toMatchObject({ status: 'dueSoon', elapsedWorkingDays: 2 });
  });

  it('given asOf exactly at the deadline then it is dueSoon, not yet overdue', () => {
    expect(at(deadline)).toMatchObject({ status: 'dueSoon', elapsedWorkingDays: 3 });
  });

  it('given asOf one ms after the deadline then it is overdue (Sun Oct 12 adds no working day)', () => {
    expect(at('2025-10-12T00:00:00.000+08:00')).toMatchObject({ status: 'overdue', elapsedWorkingDays: 3 });
  });

  it('given asOf long after with no stop then elapsed runs to asOf\'s day: Oct 9,10,11,13–17,20 = 9', () => {
    expect(at('2025-10-20T09:00:00+08:00')).toMatchObject({ status: 'overdue', elapsedWorkingDays: 9 });
  });
});

describe('stopped clocks', () => {
  it('given a stop exactly at the deadline then it is metOnTime and shows when it stopped', () => {
    expect(at('2025-10-20T09:00:00+08:00', deadline)).toEqual({
      name: 'schemeReply',
      status: 'metOnTime',
      startedAt: '2025-09-30T10:00:00+08:00',
      deadline,
      stoppedAt: deadline,
      elapsedWorkingDays: 3, // counted to the stop day, not to asOf
      pausedDays: 0,
    });
  });

  it('given a stop one ms after the deadline then it is metLate', () => {
    expect(at('2025-10-20T09:00:00+08:00', '2025-10-12T00:00:00.000+08:00')).toMatchObject({ status: 'metLate', elapsedWorkingDays: 3 });
    expect(at('2025-10-20T09:00:00+08:00', '2025-10-13T09:00:00+08:00')).toMatchObject({ status: 'metLate', elapsedWorkingDays: 4 });
  });

  it('given a stop on the start day then it is metOnTime with 0 elapsed working days', () => {
    expect(at('2025-09-30T18:00:00+08:00', '2025-09-30T17:00:00+08:00')).toMatchObject({ status: 'metOnTime', elapsedWorkingDays: 0 });
  });

  it('given a stop later than asOf then the stop is not seen: running, no stoppedAt', () => {
    const clock = at('2025-10-09T12:00:00+08:00', '2025-10-10T09:00:00+08:00');
    expect(clock).toMatchObject({ status: 'running', elapsedWorkingDays: 1 });
    expect(clock).not.toHaveProperty('stoppedAt');
  });
});

describe('residential scheme reply (earlier of 3 working days and 5 calendar days) and Spring Festival 2026', () => {
  const residential = { name: 'schemeReply', startedAt: '2025-09-30T09:00:00+08:00', limit: { workingDays: 3, calendarDays: 5 } };

  it('given a start on 2025-09-30 then the 5-calendar-day cap (Oct 5) governs: dueSoon from Oct 4, metLate on Oct 9', () => {
    expect(evaluateClock(calendar, residential, '2025-10-03T23:59:59.999+08:00')).toMatchObject({
      status: 'running',
      deadline: '2025-10-05T23:59:59.999+08:00',
      elapsedWorkingDays: 0,
    });
    expect(evaluateClock(calendar, residential, '2025-10-04T00:00:00.000+08:00')?.status).toBe('dueSoon');
    expect(evaluateClock(calendar, residential, '2025-10-06T00:00:00.000+08:00')?.status).toBe('overdue');
    const late = evaluateClock(calendar, { ...residential, stoppedAt: '2025-10-09T10:00:00+08:00' }, '2025-10-10T00:00:00+08:00');
    expect(late).toMatchObject({ status: 'metLate', elapsedWorkingDays: 1 });
  });

  it('given a start on Thu 2026-02-12 with 3 working days then the worked Sat Feb 14 opens dueSoon and the deadline is Tue Feb 24', () => {
    const clock = { name: 'energization', startedAt: '2026-02-12T16:00:00+08:00', limit: { workingDays: 3 } };
    expect(evaluateClock(calendar, clock, '2026-02-13T23:59:59.999+08:00')).toMatchObject({ status: 'running', elapsedWorkingDays: 1 });
    expect(evaluateClock(calendar, clock, '2026-02-14T00:00:00.000+08:00')).toMatchObject({
      status: 'dueSoon',
      deadline: '2026-02-24T23:59:59.999+08:00',
      elapsedWorkingDays: 2,
    });
    expect(evaluateClock(calendar, clock, '2026-02-20T12:00:00+08:00')).toMatchObject({ status: 'dueSoon', elapsedWorkingDays: 2 });
  });
});

describe('calendarEstimated', () => {
  it('given a clock entirely in shipped years then the field is absent', () => {
    expect(at('2025-10-20T09:00:00+08:00')).not.toHaveProperty('calendarEstimated');
  });

  it('given a clock in 2027 (no data) then Mon–Fri count and it is estimated', () => {
    // Mon 2027-03-01 + 5 working days = Mon Mar 8; by Wed Mar 3, Tue 2 and Wed 3 have elapsed.
    const clock = { name: 'designReview', startedAt: '2027-03-01T09:00:00+08:00', limit: { workingDays: 5 } };
    expect(evaluateClock(calendar, clock, '2027-03-03T12:00:00+08:00')).toEqual({
      name: 'designReview',
      status: 'running',
      startedAt: '2027-03-01T09:00:00+08:00',
      deadline: '2027-03-08T23:59:59.999+08:00',
      elapsedWorkingDays: 2,
      pausedDays: 0,
      calendarEstimated: true,
    });
  });

  it('given a 2026 clock still running in 2027 then counting into 2027 makes it estimated; stopped in 2026 it is not', () => {
    const clock = { name: 'energization', startedAt: '2026-12-28T09:00:00+08:00', limit: { workingDays: 3 } };
    // Dec 29, 30, 31, Fri Jan 1 2027 (no data: a weekday), Mon Jan 4, Tue Jan 5.
    expect(evaluateClock(calendar, clock, '2027-01-05T12:00:00+08:00')).toMatchObject({
      status: 'overdue',
      elapsedWorkingDays: 6,
      calendarEstimated: true,
    });
    const stopped = evaluateClock(calendar, { ...clock, stoppedAt: '2026-12-31T18:00:00+08:00' }, '2027-01-05T12:00:00+08:00');
    expect(stopped).toMatchObject({ status: 'metOnTime', elapsedWorkingDays: 3 });
    expect(stopped).not.toHaveProperty('calendarEstimated');
  });

  it('given a 1-month clock from 2024-01-31 (leap year, no data) then the deadline is Feb 29 and it is estimated', () => {
    const clock = {
      name: 'postConnectionCheck',
      startedAt: '2024-01-31T10:00:00+08:00',
      stoppedAt: '2024-02-29T23:59:59.999+08:00',
      limit: { calendarMonths: 1 },
    };
    expect(evaluateClock(calendar, clock, '2024-03-01T00:00:00+08:00')).toMatchObject({
      status: 'metOnTime',
      deadline: '2024-02-29T23:59:59.999+08:00',
      calendarEstimated: true,
    });
  });
});

describe('the status rule on instants (clockStatusAt, what every reader of clocks asks)', () => {
  // Start 100, due soon from 200, deadline 300 (ms); Infinity: not stopped, not cancelled.
  const status = (asOf: number, stoppedAt = Infinity, cancelledAt = Infinity) => clockStatusAt(asOf, 100, stoppedAt, cancelledAt, 300, 200);

  it('given asOf before the start then no clock; at the start it runs', () => {
    expect(status(99)).toBeNull();
    expect(status(100)).toBe('running');
  });

  it('given an open clock then running before dueSoonFrom, dueSoon from it through the deadline, overdue after it', () => {
    expect([status(199), status(200), status(300), status(301)]).toEqual(['running', 'dueSoon', 'dueSoon', 'overdue']);
  });

  it('given a stop at or before asOf then metOnTime up to the deadline, metLate after; a stop after asOf is not seen', () => {
    expect([status(400, 300), status(400, 301), status(250, 260)]).toEqual(['metOnTime', 'metLate', 'dueSoon']);
  });

  it('given the project cancelled while the clock was open then it is shown before the cancellation only', () => {
    expect([status(249, Infinity, 250), status(250, Infinity, 250)]).toEqual(['dueSoon', null]);
  });
});

describe('a clock of a cancelled project (SPEC §5: a cancelled project stops its clocks)', () => {
  const cancelledAt = '2025-10-09T10:00:00+08:00';

  it('given a clock still open at the cancellation then it is seen before it and gone from it on', () => {
    expect(evaluateClock(calendar, beforeNationalDay, '2025-10-09T09:59:59.999+08:00', cancelledAt)).toMatchObject({ status: 'running' });
    expect(evaluateClock(calendar, beforeNationalDay, cancelledAt, cancelledAt)).toBeNull();
  });

  it('given a clock stopped before the cancellation then it is still shown, met', () => {
    const stopped = { ...beforeNationalDay, stoppedAt: '2025-10-09T09:00:00+08:00' };
    expect(evaluateClock(calendar, stopped, '2025-10-20T00:00:00+08:00', cancelledAt)).toMatchObject({ status: 'metOnTime', elapsedWorkingDays: 1 });
  });
});
