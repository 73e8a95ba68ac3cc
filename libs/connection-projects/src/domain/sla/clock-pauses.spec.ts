import { prcCalendar } from '../calendar/prc-calendar.js';
import { SEED_POLICY } from '../policy/seed.policy.js';
import { clockInstancesOn, deriveClocks, type ClockEvent } from './clock-derivation.js';
import { evaluateClock, type ClockInput } from './sla-clock.js';

/**
 * SPEC §5.1 on the 2025 calendar (国办发明电〔2024〕12号): Oct 1–8 off, Sun Sep 28 and Sat Oct 11 worked. Every value
 * below is counted by hand on that calendar; the comments show the count.
 */
const at = (time: string) => `2025-${time}:00+08:00`;
const end = (day: string) => `2025-${day}T23:59:59.999+08:00`;
const evaluate = (clock: ClockInput, asOf: string) => evaluateClock(prcCalendar, clock, at(asOf));

describe('a wait that spans the 2025 National Day (low-voltage scheme reply, 7 working days from Mon Sep 22)', () => {
  // Unpaused deadline: 23, 24, 25, 26, worked Sun 28, 29, 30 → Tue Sep 30.
  const clock = (to?: string): ClockInput => ({
    name: 'schemeReply',
    startedAt: at('09-22T09:00'),
    limit: { workingDays: 7 },
    pauses: [{ from: at('09-25T10:00'), ...(to ? { to: at(to) } : {}) }],
  });

  it('given the wait still open on Oct 1 (a holiday) then the clock is paused, 4 working days so far (26, 28, 29, 30), deadline the 11th working day → Mon Oct 13', () =>
    expect(evaluate(clock(), '10-01T12:00')).toEqual({
      name: 'schemeReply',
      status: 'paused',
      startedAt: at('09-22T09:00'),
      deadline: end('10-13'), // 23, 24, 25, 26, 28, 29, 30, Oct 9, 10, worked Sat 11, 13
      elapsedWorkingDays: 3, // 7 working days after Sep 22 up to Oct 1, less the 4 paused
      pausedDays: 4,
    }));

  it('given the wait still open on Thu Oct 9, past the unpaused deadline, then it is paused, not overdue: 5 paused days, deadline Tue Oct 14', () =>
    expect(evaluate(clock(), '10-09T12:00')).toMatchObject({ status: 'paused', deadline: end('10-14'), pausedDays: 5, elapsedWorkingDays: 3 }));

  it('given the wait ended Fri Oct 10 then 6 working days paused (26, 28, 29, 30, Oct 9, 10) and the deadline is Wed Oct 15', () =>
    expect(evaluate(clock('10-10T15:00'), '10-13T12:00')).toEqual({
      name: 'schemeReply',
      status: 'running', // due soon only from Tue Oct 14, the last working day before the deadline day
      startedAt: at('09-22T09:00'),
      deadline: end('10-15'),
      elapsedWorkingDays: 5, // 11 working days after Sep 22 up to Oct 13, less 6
      pausedDays: 6,
    }));

  it('given asOf Tue Oct 14 then it is due soon; on Thu Oct 16 overdue', () => {
    expect(evaluate(clock('10-10T15:00'), '10-14T08:00')).toMatchObject({ status: 'dueSoon' });
    expect(evaluate(clock('10-10T15:00'), '10-16T08:00')).toMatchObject({ status: 'overdue', elapsedWorkingDays: 8 }); // 14 working days after Sep 22 up to Oct 16, less 6
  });

  it('given asOf before the wait started then the pause is not seen yet', () =>
    expect(evaluate(clock('10-10T15:00'), '09-24T12:00')).toMatchObject({ status: 'running', deadline: end('09-30'), pausedDays: 0, elapsedWorkingDays: 2 }));
});

describe('a wait that starts and ends the same day (low-voltage design review, 10 calendar days from Thu Sep 25)', () => {
  const clock: ClockInput = {
    name: 'designReview',
    startedAt: at('09-25T10:00'),
    limit: { calendarDays: 10 },
    pauses: [{ from: at('09-29T09:00'), to: at('09-29T17:00') }],
  };

  it('given asOf inside it then the clock is paused, 0 days', () =>
    expect(evaluate(clock, '09-29T12:00')).toMatchObject({ status: 'paused', deadline: end('10-05'), pausedDays: 0 }));

  it('given asOf after it then it pauses 0 days: the deadline stays Sun Oct 5', () =>
    expect(evaluate(clock, '09-30T12:00')).toEqual({
      name: 'designReview',
      status: 'running',
      startedAt: at('09-25T10:00'),
      deadline: end('10-05'),
      elapsedWorkingDays: 4, // 26, worked Sun 28, 29, 30
      pausedDays: 0,
    }));
});

describe('a wait that starts on a non-working day (high-voltage energization, 5 working days from Fri Sep 26)', () => {
  // Unpaused deadline: worked Sun 28, 29, 30, Oct 9, 10 → Fri Oct 10. The wait: Sat Sep 27 → Thu Oct 9.
  const clock: ClockInput = {
    name: 'energization',
    startedAt: at('09-26T10:00'),
    stoppedAt: at('10-14T10:00'),
    limit: { workingDays: 5 },
    pauses: [{ from: at('09-27T09:00'), to: at('10-09T09:00') }],
  };

  it('given the stop on Tue Oct 14 then 4 working days paused (28, 29, 30, Oct 9) move the deadline to Wed Oct 15: met on time', () =>
    expect(evaluate(clock, '10-20T09:00')).toEqual({
      name: 'energization',
      status: 'metOnTime',
      startedAt: at('09-26T10:00'),
      deadline: end('10-15'), // 28, 29, 30, Oct 9, 10, 11, 13, 14, 15
      stoppedAt: at('10-14T10:00'),
      elapsedWorkingDays: 4, // 28, 29, 30, Oct 9, 10, 11, 13, 14 = 8, less 4
      pausedDays: 4,
    }));

  it('given the same stop without the wait then it was late (deadline Fri Oct 10)', () =>
    expect(evaluate({ ...clock, pauses: [] }, '10-20T09:00')).toMatchObject({ status: 'metLate', deadline: end('10-10'), pausedDays: 0 }));
});

describe('pauses counted in the clock\'s own unit', () => {
  it('given a calendar-day clock then the pause counts calendar days (Sep 30 → Oct 9: 9) and elapsed leaves out the paused working day (Oct 9)', () =>
    expect(
      evaluate(
        { name: 'designReview', startedAt: at('09-25T10:00'), stoppedAt: at('10-13T10:00'), limit: { calendarDays: 10 }, pauses: [{ from: at('09-30T10:00'), to: at('10-09T10:00') }] },
        '10-20T09:00',
      ),
    ).toMatchObject({ status: 'metOnTime', deadline: end('10-14'), pausedDays: 9, elapsedWorkingDays: 7 })); // Oct 5 + 9; 26, 28, 29, 30, 9, 10, 11, 13 = 8, less 1

  it('given the residential scheme reply (3 working days or 5 calendar days from Fri Sep 26) then each limit moves in its unit, the earlier wins, pausedDays in working days', () =>
    // Wait Sun Sep 28 → Thu Oct 9: 3 working days (29, 30, Oct 9), 11 calendar days. 3 + 3 working days: 28, 29, 30, 9, 10,
    // worked Sat 11 → Oct 11; 5 + 11 calendar days → Oct 12. Due soon from Fri Oct 10, the last working day before Oct 11.
    expect(
      evaluate(
        { name: 'schemeReply', startedAt: at('09-26T09:00'), limit: { workingDays: 3, calendarDays: 5 }, pauses: [{ from: at('09-28T09:00'), to: at('10-09T09:00') }] },
        '10-10T12:00',
      ),
    ).toEqual({
      name: 'schemeReply',
      status: 'dueSoon',
      startedAt: at('09-26T09:00'),
      deadline: end('10-11'),
      elapsedWorkingDays: 2, // 28, 29, 30, Oct 9, 10 = 5, less 3
      pausedDays: 3,
    }));

  it('given two waits then their lengths add up', () =>
    expect(
      evaluate(
        {
          name: 'schemeReply',
          startedAt: at('09-22T09:00'),
          limit: { workingDays: 7 },
          pauses: [{ from: at('09-23T09:00'), to: at('09-24T09:00') }, { from: at('09-25T09:00'), to: at('09-26T18:00') }],
        },
        '09-29T12:00',
      ),
    ).toMatchObject({ status: 'running', pausedDays: 2, deadline: end('10-10') })); // 1 (Sep 24) + 1 (Sep 26); 9th working day: …, 30, Oct 9, 10
});

describe('which clocks a wait pauses (the seed table, SPEC §5.1)', () => {
  const event = (type: string, time: string, data: Record<string, unknown> = {}): ClockEvent => ({ type, data, occurredAt: at(time) });
  const events = [
    event('ApplicationAccepted', '09-22T09:00'),
    event('CustomerWaitStarted', '09-23T09:00'),
    event('SupplySchemeReplied', '09-24T10:00'),
    event('DesignSubmitted', '09-25T10:00', { round: 1 }),
    event('CustomerWaitEnded', '09-29T09:00'),
  ];
  const clocks = deriveClocks(SEED_POLICY.clocks, 'lowVoltage', events, clockInstancesOn(prcCalendar));

  it('given a wait open when the reply stops the scheme clock and the design is submitted then the running scheme clock is paused, the design review started during the wait is not', () =>
    expect(clocks.map((c) => [c.name, c.pauses])).toEqual([
      ['schemeReply', [{ from: at('09-23T09:00'), to: at('09-29T09:00') }]],
      ['designReview', undefined],
    ]));

  it('given the stop during the wait then the pause counts up to the stop day: 1 working day (Sep 24), deadline Thu Oct 9', () =>
    expect(evaluateClock(prcCalendar, clocks[0]!, at('09-30T12:00'))).toMatchObject({
      status: 'metOnTime',
      deadline: end('10-09'),
      elapsedWorkingDays: 1, // 23, 24 less 1
      pausedDays: 1,
    }));
});
