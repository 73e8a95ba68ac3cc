import type { ReadStore } from '#read-store';
import { SlaClockIndex } from '../sla/sla-clock-index.js';
import type { ClockSummary } from '../../domain/sla/index.js';
import { utcInstant } from '../../domain/calendar/index.js';
import type { SlaClocksDocument } from '../../projections/sla-clocks/index.js';
import { buildSlaDashboard } from '../../projections/sla-clocks/testing/sla-dashboard.reference.js';
import {
  AFTER_HOLIDAY,
  BEFORE_HOLIDAY,
  MONDAY_NOON,
  projectNationalDay,
  XIHU,
  YUHANG,
} from '../../projections/sla-clocks/testing/national-day.fixture.js';
import { GetSlaDashboardHandler, GetSlaDashboardQuery, type SlaDashboardParams } from './sla-dashboard.query.js';

/**
 * The SLA dashboard over the National Day fixture (see national-day.fixture.ts), through the real event store, runner
 * and read store, answered from the in-memory SlaClockIndex. Every figure is worked out by hand below. Working days:
 * Sep 22–26, Sun 28, 29, 30, Oct 9, 10, Sat 11, 13, 14 (Sat Sep 27, Oct 1–8, Sun Oct 12 off). "elapsed" = working
 * days after the start day up to and including the stop day (or asOf's day while open).
 */
let readStore: ReadStore;
let close: () => Promise<void>;
beforeAll(async () => ({ readStore, close } = await projectNationalDay()));
afterAll(() => close());

const mondayNoon = { now: () => new Date(MONDAY_NOON) };
const dashboard = (params: SlaDashboardParams = {}) =>
  new GetSlaDashboardHandler(new SlaClockIndex(readStore), mondayNoon).execute(new GetSlaDashboardQuery(params));

const line = (
  open: number, dueSoon: number, overdue: number, metOnTime: number, metLate: number,
  onTimeRate: number | null, avgWorkingDays: number | null, p90WorkingDays: number | null,
): ClockSummary => ({ open, paused: 0, dueSoon, overdue, metOnTime, metLate, onTimeRate, avgWorkingDays, p90WorkingDays });
const none = line(0, 0, 0, 0, 0, null, null, null);

describe('SLA dashboard on Mon Oct 13 noon (after the holiday)', () => {
  it('given the six projects then each clock is counted as worked out by hand', async () => {
    expect(await dashboard({ asOf: MONDAY_NOON })).toMatchObject({
      asOf: MONDAY_NOON,
      clocks: {
        // p1 overdue (deadline Sun Oct 5: 5 calendar days beat 3 working days; its reply on Oct 14 is after asOf),
        //   elapsed Oct 9, 10, 11, 13 = 4; p2 met 2 (worked Sun 28, 29); p3 met 3 (26, worked Sun 28, 29);
        //   p4 met 2 (23, 24); p5 met 9 (Sep 2–5, 8–12); p6 cancelled Oct 9 while open: gone.
        // rate 4 / (4 + 0 + 1) = 0.8; avg (4+2+3+2+9)/5 = 4; p90 = rank ceil(0.9×5) = 5th of [2,2,3,4,9] = 9.
        schemeReply: line(1, 0, 1, 4, 0, 0.8, 4, 9),
        // p4 round 1 late (10 calendar days → Oct 5, reviewed Oct 9), elapsed 26, 28, 29, 30, Oct 9 = 5;
        //   p4 round 2 running (→ Oct 20), elapsed Oct 11, 13 = 2; p5 met 4 (Sep 16–19).
        // rate 1/2; avg 11/3 = 3.67; p90 = 3rd of [2,4,5] = 5.
        designReview: line(1, 0, 0, 1, 1, 0.5, 3.67, 5),
        // p2 on time thanks to the worked Sat Oct 11: 3 working days from Sep 30 = Oct 9, 10, 11, energized Sat 10:00, elapsed 3;
        //   p3, same deadline, energized Mon Oct 13: late, elapsed 4 (it would have been on time without that Saturday);
        //   p5 (HV, from the contract Sep 30) 5 working days → Tue Oct 14, due soon from Mon Oct 13, elapsed 4.
        // rate 1/2; avg 11/3 = 3.67; p90 = 3rd of [3,4,4] = 4.
        energization: line(1, 1, 0, 1, 1, 0.5, 3.67, 4),
        // p2 from Sat Oct 11 (→ Nov 11), elapsed Oct 13 = 1; p3 from Oct 13 09:00, elapsed 0. avg 0.5; p90 = 2nd of [0,1] = 1.
        postConnectionCheck: line(2, 0, 0, 0, 0, null, 0.5, 1),
      },
      // p2 Fri Sep 26 → Sat Oct 11: 28, 29, 30, Oct 9, 10, 11 = 6; p3 Thu Sep 25 → Mon Oct 13: 26, 28, 29, 30, 9, 10, 11, 13 = 8.
      avgConnectionWorkingDays: 7,
    });
  });

  it('given the same figures per org unit then Xihu (p1, p2, p5) and Yuhang (p3, p4, p6) are split in org-unit order', async () => {
    const { byOrgUnit } = await dashboard({ asOf: MONDAY_NOON });
    expect(byOrgUnit).toEqual([
      {
        orgUnit: XIHU,
        clocks: {
          // p1 overdue 4, p2 met 2, p5 met 9: rate 2/3, avg 15/3 = 5, p90 = 3rd of [2,4,9] = 9.
          schemeReply: line(1, 0, 1, 2, 0, 2 / 3, 5, 9),
          designReview: line(0, 0, 0, 1, 0, 1, 4, 4), // p5 met 4
          energization: line(1, 1, 0, 1, 0, 1, 3.5, 4), // p2 met 3, p5 due soon 4: rate 1/1 (due soon is not judged)
          postConnectionCheck: line(1, 0, 0, 0, 0, null, 1, 1), // p2 running 1
        },
        avgConnectionWorkingDays: 6, // p2
      },
      {
        orgUnit: YUHANG,
        clocks: {
          schemeReply: line(0, 0, 0, 2, 0, 1, 2.5, 3), // p3 met 3, p4 met 2 (p6 cancelled: gone)
          designReview: line(1, 0, 0, 0, 1, 0, 3.5, 5), // p4 round 1 late 5, round 2 running 2
          energization: line(0, 0, 0, 0, 1, 0, 4, 4), // p3 late 4
          postConnectionCheck: line(1, 0, 0, 0, 0, null, 0, 0), // p3 running 0
        },
        avgConnectionWorkingDays: 8, // p3
      },
    ]);
  });

  it('given no asOf then it is the server clock\'s now, echoed back', async () => {
    const answer = await dashboard();
    expect(answer.asOf).toBe('2025-10-13T04:00:00.000Z');
    expect(answer.clocks).toEqual((await dashboard({ asOf: MONDAY_NOON })).clocks);
  });
});

describe('SLA dashboard as of the past', () => {
  it('given Tue Sep 30 18:00 then later events are not seen: p6 is due soon, p1 runs, nothing is energized', async () => {
    const answer = await dashboard({ asOf: BEFORE_HOLIDAY });
    expect(answer.clocks).toEqual({
      // p1 running 0 (started that morning; due soon only from Oct 4); p2 met 2, p3 met 3, p4 met 2, p5 met 9;
      // p6 (7 working days → Sep 30, due soon from Mon Sep 29) due soon, elapsed 23–26, 28, 29, 30 = 7.
      // rate 4/4 = 1; avg 23/6 = 3.83; p90 = 6th of [0,2,2,3,7,9] = 9.
      schemeReply: line(2, 1, 0, 4, 0, 1, 3.83, 9),
      // p4 round 1 running (→ Oct 5), elapsed 26, 28, 29, 30 = 4; p5 met 4. Round 2 and the rejection come later.
      designReview: line(1, 0, 0, 1, 0, 1, 4, 4),
      // p2, p3 (acceptance passed that morning) and p5 (contract 10:00) all running, elapsed 0: no rate yet.
      energization: line(3, 0, 0, 0, 0, null, 0, 0),
      postConnectionCheck: none,
    });
    expect(answer.avgConnectionWorkingDays).toBeNull();
    expect(answer.byOrgUnit.map((o) => o.orgUnit)).toEqual([XIHU, YUHANG]);
  });

  it('given Thu Oct 9 09:00, before that day\'s 10:00 events, then the cancelled p6 still counts, overdue, and p4 round 1 is overdue', async () => {
    const { clocks } = await dashboard({ asOf: AFTER_HOLIDAY });
    // p1 overdue 1 (Oct 9), p6 overdue 8; p2, p3, p4, p5 met as before: rate 4/6; avg (1+2+3+2+9+8)/6 = 4.17; p90 = 6th = 9.
    expect(clocks.schemeReply).toEqual(line(2, 0, 2, 4, 0, 4 / 6, 4.17, 9));
    // p4 round 1 overdue 5 (its review at 10:00 not yet seen), p5 met 4.
    expect(clocks.designReview).toEqual(line(1, 0, 1, 1, 0, 0.5, 4.5, 5));
  });

  it('given Tue Oct 14 noon then p1\'s reply (09:00) is seen: late, elapsed Oct 9, 10, 11, 13, 14 = 5', async () => {
    const { clocks } = await dashboard({ asOf: '2025-10-14T12:00:00+08:00' });
    // p1 late 5; p2 2, p3 3, p4 2, p5 9 on time: rate 4/5; avg 21/5 = 4.2.
    expect(clocks.schemeReply).toEqual(line(0, 0, 0, 4, 1, 0.8, 4.2, 9));
  });
});

describe('SLA dashboard filters', () => {
  it('given orgUnit then it matches exactly: Yuhang alone, the same figures as its byOrgUnit line', async () => {
    const answer = await dashboard({ asOf: MONDAY_NOON, orgUnit: YUHANG });
    const [yuhang] = (await dashboard({ asOf: MONDAY_NOON })).byOrgUnit.filter((o) => o.orgUnit === YUHANG);
    expect(answer.byOrgUnit).toEqual([yuhang]);
    expect(answer.clocks).toEqual(yuhang!.clocks);
    expect(answer.avgConnectionWorkingDays).toBe(8);
    expect((await dashboard({ asOf: MONDAY_NOON, orgUnit: 'HZ-YH' })).byOrgUnit).toEqual([]); // a prefix is not a match
  });

  it('given customerClass residential then only p1, p2, p3', async () => {
    const answer = await dashboard({ asOf: MONDAY_NOON, customerClass: 'residential' });
    expect(answer.clocks).toEqual({
      schemeReply: line(1, 0, 1, 2, 0, 2 / 3, 3, 4), // p1 overdue 4, p2 met 2, p3 met 3: avg 3, p90 = 3rd of [2,3,4] = 4
      designReview: none, // residential projects have no design review
      energization: line(0, 0, 0, 1, 1, 0.5, 3.5, 4), // p2 met 3, p3 late 4
      postConnectionCheck: line(2, 0, 0, 0, 0, null, 0.5, 1),
    });
    expect(answer.avgConnectionWorkingDays).toBe(7);
  });

  it('given from Sep 25 to Sep 30 (Shanghai) then only clocks started in that week count', async () => {
    const answer = await dashboard({ asOf: MONDAY_NOON, from: '2025-09-25T00:00:00+08:00', to: '2025-09-30T23:59:59.999+08:00' });
    expect(answer.clocks).toEqual({
      // p1 (Sep 30), p2 (Sep 26), p3 (Sep 25 09:00) in; p4 (Sep 22) and p5 (Sep 1) out.
      schemeReply: line(1, 0, 1, 2, 0, 2 / 3, 3, 4),
      designReview: line(0, 0, 0, 0, 1, 0, 5, 5), // p4 round 1 (Sep 25) only; round 2 (Oct 10) and p5 (Sep 15) out
      energization: line(1, 1, 0, 1, 1, 0.5, 3.67, 4), // p2, p3, p5 all started Sep 30
      postConnectionCheck: none, // started Oct 11 and Oct 13
    });
    // Connection time is kept by its start, the application: p2 (Sep 26) 6 and p3 (Sep 25) 8.
    expect(answer.avgConnectionWorkingDays).toBe(7);
  });

  it('given only from Oct 10 then only the clocks started since: p4 round 2 and both post-connection checks', async () => {
    const answer = await dashboard({ asOf: MONDAY_NOON, from: '2025-10-10T00:00:00+08:00' });
    expect(answer.clocks).toEqual({
      schemeReply: none,
      designReview: line(1, 0, 0, 0, 0, null, 2, 2),
      energization: none,
      postConnectionCheck: line(2, 0, 0, 0, 0, null, 0.5, 1),
    });
    expect(answer.avgConnectionWorkingDays).toBeNull(); // no application since Oct 10
  });

  it('given only to Sep 22 then p4 and p5\'s early clocks; p6 (Sep 22 too) is cancelled by asOf', async () => {
    const answer = await dashboard({ asOf: MONDAY_NOON, to: '2025-09-22T23:59:59.999+08:00' });
    expect(answer.clocks.schemeReply).toEqual(line(0, 0, 0, 2, 0, 1, 5.5, 9)); // p4 met 2, p5 met 9
    expect(answer.clocks.designReview).toEqual(line(0, 0, 0, 1, 0, 1, 4, 4)); // p5 (Sep 15)
    expect(answer.clocks.energization).toEqual(none); // p5's started Sep 30
    expect(answer.avgConnectionWorkingDays).toBeNull();
  });

  it('given a period entirely after asOf then nothing is seen', async () => {
    const answer = await dashboard({ asOf: BEFORE_HOLIDAY, from: '2025-10-01T00:00:00+08:00' });
    expect(answer).toMatchObject({ byOrgUnit: [], avgConnectionWorkingDays: null });
    expect(Object.values(answer.clocks)).toEqual([none, none, none, none]);
  });
});

describe('SLA dashboard: the in-memory index against the reference over every document', () => {
  it('given many asOf, period and org-unit combinations then the answer equals the in-memory figures over every document', async () => {
    const all: SlaClocksDocument[] = [];
    for await (const doc of readStore.scan<SlaClocksDocument>('sla-clocks')) all.push(doc);
    expect(all).toHaveLength(6);
    const instants = [undefined, '2025-09-22T09:30:00+08:00', BEFORE_HOLIDAY, AFTER_HOLIDAY, '2025-10-10T00:00:00+08:00', MONDAY_NOON];
    for (const asOf of [BEFORE_HOLIDAY, AFTER_HOLIDAY, MONDAY_NOON, '2025-12-01T00:00:00+08:00']) {
      for (const from of instants) {
        for (const to of instants) {
          for (const orgUnit of [undefined, XIHU]) {
            const params = { asOf, ...(from ? { from } : {}), ...(to ? { to } : {}), ...(orgUnit ? { orgUnit } : {}) };
            const period = { ...(from ? { from: utcInstant(from) } : {}), ...(to ? { to: utcInstant(to) } : {}) };
            const expected = buildSlaDashboard(all.filter((d) => !orgUnit || d.orgUnit === orgUnit), utcInstant(asOf), period);
            expect({ params, answer: await dashboard(params) }).toEqual({ params, answer: { asOf, ...expected } });
          }
        }
      }
    }
  });
});
