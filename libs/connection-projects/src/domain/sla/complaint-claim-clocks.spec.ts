import { prcCalendar } from '../calendar/index.js';
import { CLAIM_CLOCKS, COMPLAINT_CLOCKS } from '../policy/complaint-claim-clocks.js';
import { clockInstancesOn, deriveClocks, type ClockEvent, type ClockInstance } from './clock-derivation.js';
import { deadlineFor } from './deadline.js';
import { evaluateClock } from './sla-clock.js';

/**
 * SPEC §8's clocks as rows of the clock table, derived from a complaint's or claim's events and evaluated as of
 * several times by the one status rule. Deadlines worked out by hand on the 2025 calendar (National Day: Oct 1–8 off,
 * Sun Sep 28 and Sat Oct 11 worked).
 */
const instances = clockInstancesOn(prcCalendar);
const at = (local: string) => `${local}+08:00`;
const event = (type: string, local: string): ClockEvent => ({ type, data: {}, occurredAt: at(local) });
const statusesAt = (clocks: readonly ClockInstance[], asOf: string, dueSoonBefore?: { hours: number }) =>
  clocks.map((clock) => {
    const evaluated = evaluateClock(prcCalendar, { ...clock, ...(dueSoonBefore ? { dueSoonBefore } : {}) }, at(asOf));
    return [evaluated?.name, evaluated?.status, evaluated?.deadline];
  });

describe('complaint clocks: received on Friday 2025-09-26, the working day before a Sunday worked and National Day', () => {
  const received = event('ComplaintReceived', '2025-09-26T16:00:00');
  // contact: 1 working day after Fri 26 is the worked Sunday 28.
  const contactDeadline = '2025-09-28T23:59:59.999+08:00';
  // reply: Sun 28, Mon 29, Tue 30, (Oct 1–8 off), Thu 9, Fri 10, worked Sat 11, Mon 13 → the 7th is Oct 13.
  const replyDeadline = '2025-10-13T23:59:59.999+08:00';

  it('starts both clocks at the receipt, with their deadlines', () =>
    expect(deriveClocks(COMPLAINT_CLOCKS, undefined, [received], instances).map((c) => [c.name, c.deadline])).toEqual([
      ['complaintContact', contactDeadline],
      ['complaintReply', replyDeadline],
    ]));

  it('not yet contacted: due soon from the Friday itself (the last working day before Sunday), overdue on Monday', () => {
    const clocks = deriveClocks(COMPLAINT_CLOCKS, undefined, [received], instances);
    expect(statusesAt(clocks, '2025-09-27T10:00:00')).toEqual([
      ['complaintContact', 'dueSoon', contactDeadline],
      ['complaintReply', 'running', replyDeadline],
    ]);
    expect(statusesAt(clocks, '2025-09-29T09:00:00')).toEqual([
      ['complaintContact', 'overdue', contactDeadline],
      ['complaintReply', 'running', replyDeadline],
    ]);
    // The last working day before Oct 13 is the worked Saturday Oct 11.
    expect(statusesAt(clocks, '2025-10-10T18:00:00')[1]).toEqual(['complaintReply', 'running', replyDeadline]);
    expect(statusesAt(clocks, '2025-10-11T00:00:00')[1]).toEqual(['complaintReply', 'dueSoon', replyDeadline]);
    expect(statusesAt(clocks, '2025-10-14T00:00:00')[1]).toEqual(['complaintReply', 'overdue', replyDeadline]);
  });

  it('contacted on the worked Sunday and replied on Oct 13: both met on time; closing stops nothing more', () => {
    const clocks = deriveClocks(
      COMPLAINT_CLOCKS,
      undefined,
      [received, event('ComplainantContacted', '2025-09-28T10:00:00'), event('ComplaintReplied', '2025-10-13T18:00:00'), event('ComplaintClosed', '2025-10-15T10:00:00')],
      instances,
    );
    expect(statusesAt(clocks, '2025-10-20T00:00:00')).toEqual([
      ['complaintContact', 'metOnTime', contactDeadline],
      ['complaintReply', 'metOnTime', replyDeadline],
    ]);
  });

  it('contacted on Monday Sep 29: met late', () => {
    const clocks = deriveClocks(COMPLAINT_CLOCKS, undefined, [received, event('ComplainantContacted', '2025-09-29T09:00:00')], instances);
    expect(statusesAt(clocks, '2025-09-30T00:00:00')[0]).toEqual(['complaintContact', 'metLate', contactDeadline]);
  });
});

describe('the damage investigation clock: 24 hours from the filing, an instant, due soon 6 hours before', () => {
  const filed = event('DamageClaimFiled', '2025-07-08T09:00:00');
  const deadline = '2025-07-09T09:00:00.000+08:00';
  const open = deriveClocks(CLAIM_CLOCKS, undefined, [filed], instances);
  const dueSoonBefore = CLAIM_CLOCKS[0]!.dueSoonBefore;

  it('ends 24 hours after the filing', () => expect(open.map((c) => [c.name, c.deadline])).toEqual([['damageInvestigation', deadline]]));

  it.each([
    ['2025-07-09T02:59:59', 'running'],
    ['2025-07-09T03:00:00', 'dueSoon'],
    ['2025-07-09T09:00:00', 'dueSoon'],
    ['2025-07-09T09:00:01', 'overdue'],
  ])('as of %s it is %s', (asOf, status) => expect(statusesAt(open, asOf, dueSoonBefore)).toEqual([['damageInvestigation', status, deadline]]));

  it.each([
    ['2025-07-09T08:59:00', 'metOnTime'],
    ['2025-07-09T10:00:00', 'metLate'],
  ])('investigated at %s: %s', (investigatedAt, status) => {
    const clocks = deriveClocks(CLAIM_CLOCKS, undefined, [filed, event('DamageInvestigated', investigatedAt)], instances);
    expect(statusesAt(clocks, '2025-07-10T00:00:00', dueSoonBefore)).toEqual([['damageInvestigation', status, deadline]]);
  });

  it('counts from the instant, not the day: two claims filed the same day have their own deadlines', () => {
    const later = deriveClocks(CLAIM_CLOCKS, undefined, [event('DamageClaimFiled', '2025-07-08T21:30:00')], instances);
    expect([open[0]!.deadline, later[0]!.deadline]).toEqual([deadline, '2025-07-09T21:30:00.000+08:00']);
  });

  it('stands alone: an hour limit with a day limit, or paused, is a mistake of the table', () => {
    expect(() => deadlineFor(prcCalendar, at('2025-07-08T09:00:00'), { hours: 24, workingDays: 1 })).toThrow(RangeError);
    expect(() => deadlineFor(prcCalendar, at('2025-07-08T09:00:00'), { hours: 24 }, { workingDays: 1, calendarDays: 0 })).toThrow(RangeError);
  });
});
