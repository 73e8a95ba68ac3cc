import type { Response } from 'supertest';
import { ApiHarness } from './support/api-harness.js';
import { ALL_ROLES, Journey } from './support/journey.js';
import { expectProblem } from './support/problems.js';
import { Reads, dated, industrialApplication, lastPosition, lowVoltageScheme, qs, record, residentialApplication } from './support/reads.js';

/*
 * Four projects recorded afterwards with business times around the 2025 National Day holiday (Oct 1–8 off; Sun Sep 28
 * and Sat Oct 11 worked). Working days nearby: Sep 22–26, 28, 29, 30 | Oct 9, 10, 11, 13, 14 … A deadline ends at
 * 23:59:59.999 Shanghai time of its day; durations count working days after the start day up to the stop day (or asOf's).
 *
 * HOLIDAY  residential, Binjiang. Applied Mon Sep 29 10:00, never replied. Scheme reply: min(3 working days → Oct 10,
 *          5 calendar days → Oct 4) = Oct 4; due soon from Oct 3 (the day before, a calendar-day limit).
 * ENERGIZED residential, Binjiang. Applied Thu Sep 25 09:00; replied Mon Sep 29 17:00: deadline min(3 wd: Sep 26, 28, 29
 *          → Sep 29; 5 cd → Sep 30) = Sep 29: met on time, 3 days. Acceptance Sep 30 11:00 starts energization (3 wd:
 *          Oct 9, 10, 11 → Oct 11); energized Mon Oct 13 09:00: met late, 4 days (Oct 9, 10, 11, 13). That starts the
 *          post-connection check (1 month → Nov 13). Application to energization: Sep 26, 28, 29, 30, Oct 9, 10, 11, 13 = 8.
 * LATE     low voltage, Xihu. Applied Mon Sep 22 09:00: 7 wd → Sep 30; replied Oct 10 10:00: met late, 9 days (Sep 23–26,
 *          28–30, Oct 9, 10). Design submitted Oct 10 15:00: 10 calendar days → Oct 20, due soon from Oct 19.
 * STALE    high voltage single, Xihu. Applied Mon Sep 1 09:00: 15 wd → Sep 22 (Sep 2–5, 8–12, 15–19, 22); never replied;
 *          cancelled Oct 20 10:00, which stops its clock from then on.
 */
const HOLIDAY = 'prj-sla-holiday';
const ENERGIZED = 'prj-sla-energized';
const LATE = 'prj-sla-late';
const STALE = 'prj-sla-stale';
const BINJIANG = 'hz-binjiang-station';
const XIHU = 'hz-xihu-branch';
const MONDAY_NOON = '2025-10-13T12:00:00+08:00';
const HOLIDAY_NOON = '2025-10-03T12:00:00+08:00';

type Figures = Record<'open' | 'paused' | 'dueSoon' | 'overdue' | 'metOnTime' | 'metLate', number> &
  Record<'onTimeRate' | 'avgWorkingDays' | 'p90WorkingDays', number | null>;
const none: Figures = { open: 0, paused: 0, dueSoon: 0, overdue: 0, metOnTime: 0, metLate: 0, onTimeRate: null, avgWorkingDays: null, p90WorkingDays: null };
/** One clock's line: the figures given, zero counts and null rates and durations otherwise. */
const clock = (figures: Partial<Figures>): Figures => ({ ...none, ...figures });

// As of Monday Oct 13, noon. Binjiang: HOLIDAY overdue (5 days: Sep 30, Oct 9, 10, 11, 13), ENERGIZED's reply on time
// (3), its energization late (4), its post-connection check running since 09:00 (0 days).
const BINJIANG_MONDAY = {
  clocks: {
    schemeReply: clock({ open: 1, overdue: 1, metOnTime: 1, onTimeRate: 0.5, avgWorkingDays: 4, p90WorkingDays: 5 }),
    designReview: clock({}),
    energization: clock({ metLate: 1, onTimeRate: 0, avgWorkingDays: 4, p90WorkingDays: 4 }),
    postConnectionCheck: clock({ open: 1, avgWorkingDays: 0, p90WorkingDays: 0 }),
  },
  avgConnectionWorkingDays: 8,
};
// Xihu: LATE's reply late (9), its design review running (Oct 11, 13 = 2); STALE overdue (Sep 2 … Oct 13 = 26).
const XIHU_MONDAY = {
  clocks: {
    schemeReply: clock({ open: 1, overdue: 1, metLate: 1, onTimeRate: 0, avgWorkingDays: 17.5, p90WorkingDays: 26 }),
    designReview: clock({ open: 1, avgWorkingDays: 2, p90WorkingDays: 2 }),
    energization: clock({}),
    postConnectionCheck: clock({}),
  },
  avgConnectionWorkingDays: null,
};

describe('GET /api/dashboards/sla and /api/dashboards/sla/alerts', () => {
  let api: ApiHarness;
  let reads: Reads;
  let position: number;
  const sla = (params: Record<string, string>, role: 'viewer' | 'auditor' | 'admin' = 'viewer') =>
    reads.ok(`/api/dashboards/sla${qs({ minPosition: position, ...params })}`, role);
  const alerts = (params: Record<string, string>, role: 'viewer' | 'auditor' | 'admin' = 'viewer') =>
    reads.ok(`/api/dashboards/sla/alerts${qs({ minPosition: position, ...params })}`, role);
  /** Each alert as one line: project, clock, status, deadline. */
  const lines = (body: Record<string, any>): string[] =>
    (body.items as { projectId: string; clock: string; status: string; deadline: string }[]).map(
      (a) => `${a.projectId} ${a.clock} ${a.status} ${a.deadline}`,
    );

  beforeAll(async () => {
    api = await ApiHarness.start();
    reads = new Reads(api);
    const journey = new Journey(api);
    const answers: Response[] = [];
    const at = (name: Parameters<typeof record>[1], id: string, body: Record<string, unknown>) =>
      record(journey, name, id, body).then((a) => answers.push(a));
    await at('acceptApplication', HOLIDAY, residentialApplication({ projectId: HOLIDAY, customerId: 'cust-sla-1', orgUnit: BINJIANG, occurredAt: '2025-09-29T10:00:00+08:00' }));

    await at('acceptApplication', ENERGIZED, residentialApplication({ projectId: ENERGIZED, customerId: 'cust-sla-2', orgUnit: BINJIANG, occurredAt: '2025-09-25T09:00:00+08:00' }));
    await at('recordSiteSurvey', ENERGIZED, dated('recordSiteSurvey', '2025-09-26T10:00:00+08:00'));
    await at('replySupplyScheme', ENERGIZED, lowVoltageScheme(8, '220V', '2025-09-29T17:00:00+08:00'));
    await at('recordAcceptance', ENERGIZED, dated('recordAcceptance', '2025-09-30T11:00:00+08:00'));
    await at('signSupplyContract', ENERGIZED, dated('signSupplyContract', '2025-09-30T11:30:00+08:00', { contractType: 'residentialEndorsement', effectiveDate: '2025-09-30' }));
    await at('installMeterAndEnergize', ENERGIZED, dated('installMeterAndEnergize', '2025-10-13T09:00:00+08:00', { meterNumbers: ['3300009876543210'] }));

    await at('acceptApplication', LATE, industrialApplication('lowVoltage', { projectId: LATE, customerId: 'cust-sla-3', orgUnit: XIHU, occurredAt: '2025-09-22T09:00:00+08:00' }));
    await at('recordSiteSurvey', LATE, dated('recordSiteSurvey', '2025-09-23T10:00:00+08:00'));
    await at('replySupplyScheme', LATE, lowVoltageScheme(80, '380V', '2025-10-10T10:00:00+08:00'));
    await at('submitDesign', LATE, dated('submitDesign', '2025-10-10T15:00:00+08:00'));

    await at('acceptApplication', STALE, industrialApplication('highVoltageSingle', { projectId: STALE, customerId: 'cust-sla-4', orgUnit: XIHU, occurredAt: '2025-09-01T09:00:00+08:00' }));
    await at('cancelProject', STALE, dated('cancelProject', '2025-10-20T10:00:00+08:00'));
    position = lastPosition(answers);
  });
  afterAll(() => api.close());

  it('counts every clock as of Monday Oct 13, noon, as computed by hand', async () => {
    const body = await sla({ asOf: MONDAY_NOON });
    expect(body).toEqual({
      asOf: MONDAY_NOON,
      clocks: {
        // HOLIDAY 5 overdue, ENERGIZED 3 on time, LATE 9 late, STALE 26 overdue: on time 1 / (1 + 1 + 2); mean 43 / 4.
        schemeReply: clock({ open: 2, overdue: 2, metOnTime: 1, metLate: 1, onTimeRate: 0.25, avgWorkingDays: 10.75, p90WorkingDays: 26 }),
        designReview: XIHU_MONDAY.clocks.designReview,
        energization: BINJIANG_MONDAY.clocks.energization,
        postConnectionCheck: BINJIANG_MONDAY.clocks.postConnectionCheck,
      },
      avgConnectionWorkingDays: 8,
      byOrgUnit: [
        { orgUnit: BINJIANG, ...BINJIANG_MONDAY },
        { orgUnit: XIHU, ...XIHU_MONDAY },
      ],
    });
  });

  it('counts as of Friday Oct 3, in the holiday: the residential reply is due soon, no day counted since Sep 30', async () => {
    const body = await sla({ asOf: HOLIDAY_NOON });
    expect(body.clocks).toEqual({
      // HOLIDAY due soon (1: Sep 30), ENERGIZED on time (3), LATE overdue (7: Sep 23–30), STALE overdue (22: to Sep 30).
      schemeReply: clock({ open: 3, dueSoon: 1, overdue: 2, metOnTime: 1, onTimeRate: 1 / 3, avgWorkingDays: 8.25, p90WorkingDays: 22 }),
      designReview: clock({}), // LATE's design is submitted on Oct 10: not seen yet
      energization: clock({ open: 1, avgWorkingDays: 0, p90WorkingDays: 0 }), // ENERGIZED running since Sep 30, due Oct 11
      postConnectionCheck: clock({}),
    });
    expect(body.avgConnectionWorkingDays).toBeNull(); // nothing energized yet
  });

  it('filters by org unit and by class: the same figures as that org unit’s row', async () => {
    expect(await sla({ asOf: MONDAY_NOON, orgUnit: XIHU })).toEqual({ asOf: MONDAY_NOON, ...XIHU_MONDAY, byOrgUnit: [{ orgUnit: XIHU, ...XIHU_MONDAY }] });
    const residential = await sla({ asOf: MONDAY_NOON, customerClass: 'residential' });
    expect(residential).toMatchObject({ ...BINJIANG_MONDAY, byOrgUnit: [{ orgUnit: BINJIANG, ...BINJIANG_MONDAY }] });
    expect((await sla({ asOf: MONDAY_NOON, orgUnit: 'hz-nowhere' })).byOrgUnit).toEqual([]);
  });

  it('keeps the clocks started in from–to: October keeps only the design review and the post-connection check', async () => {
    const body = await sla({ asOf: MONDAY_NOON, from: '2025-10-01', to: '2025-10-31' });
    expect(body.clocks).toEqual({
      schemeReply: clock({}),
      designReview: XIHU_MONDAY.clocks.designReview,
      energization: clock({}), // started Sep 30
      postConnectionCheck: BINJIANG_MONDAY.clocks.postConnectionCheck,
    });
    expect(body.avgConnectionWorkingDays).toBeNull(); // ENERGIZED was applied in September
    const timed = await sla({ asOf: MONDAY_NOON, from: '2025-10-01T00:00:00+08:00', to: '2025-10-31T23:59:59.999+08:00' });
    expect(timed).toEqual(body);
  });

  it('lists the alerts as of Monday: both unanswered scheme replies overdue, earliest deadline first', async () => {
    const body = await alerts({ asOf: MONDAY_NOON });
    expect(lines(body)).toEqual([
      `${STALE} schemeReply overdue 2025-09-22T23:59:59.999+08:00`,
      `${HOLIDAY} schemeReply overdue 2025-10-04T23:59:59.999+08:00`,
    ]);
    expect(body.items[1]).toMatchObject({ projectId: HOLIDAY, customerId: 'cust-sla-1', clock: 'schemeReply', status: 'overdue', orgUnit: BINJIANG });
    expect(lines(await alerts({ asOf: MONDAY_NOON, orgUnit: BINJIANG }))).toEqual([`${HOLIDAY} schemeReply overdue 2025-10-04T23:59:59.999+08:00`]);
    expect(await alerts({ asOf: MONDAY_NOON, status: 'dueSoon' })).toMatchObject({ items: [] });
  });

  it('lists the holiday residential reply as due soon on Oct 3 but not on Oct 2', async () => {
    const friday = await alerts({ asOf: HOLIDAY_NOON });
    expect(lines(friday)).toEqual([
      `${STALE} schemeReply overdue 2025-09-22T23:59:59.999+08:00`,
      `${LATE} schemeReply overdue 2025-09-30T23:59:59.999+08:00`,
      `${HOLIDAY} schemeReply dueSoon 2025-10-04T23:59:59.999+08:00`,
    ]);
    expect(lines(await alerts({ asOf: HOLIDAY_NOON, status: 'dueSoon' }))).toEqual([`${HOLIDAY} schemeReply dueSoon 2025-10-04T23:59:59.999+08:00`]);
    expect(lines(await alerts({ asOf: '2025-10-02T12:00:00+08:00' }))).toEqual(lines(friday).slice(0, 2));
  });

  it('drops the cancelled project’s alert from its cancellation on; the design review is overdue after Oct 20', async () => {
    expect(lines(await alerts({ asOf: '2025-10-21T12:00:00+08:00' }))).toEqual([
      `${HOLIDAY} schemeReply overdue 2025-10-04T23:59:59.999+08:00`,
      `${LATE} designReview overdue 2025-10-20T23:59:59.999+08:00`,
    ]);
  });

  it('evaluates as of now when asOf is absent: the unanswered residential reply is overdue', async () => {
    const before = Date.now();
    const body = await sla({});
    expect(Date.parse(body.asOf)).toBeGreaterThanOrEqual(before - 1000);
    expect(body.clocks.schemeReply).toMatchObject({ overdue: 1, metOnTime: 1, metLate: 1 }); // STALE is cancelled by now
    expect(lines(await alerts({}))).toEqual([
      `${HOLIDAY} schemeReply overdue 2025-10-04T23:59:59.999+08:00`,
      `${LATE} designReview overdue 2025-10-20T23:59:59.999+08:00`,
      // ENERGIZED's post-connection check was never recorded: a month after Oct 13.
      `${ENERGIZED} postConnectionCheck overdue 2025-11-13T23:59:59.999+08:00`,
    ]);
  });

  describe('the alert list a page at a time', () => {
    const FRIDAY = [
      `${STALE} schemeReply overdue 2025-09-22T23:59:59.999+08:00`,
      `${LATE} schemeReply overdue 2025-09-30T23:59:59.999+08:00`,
      `${HOLIDAY} schemeReply dueSoon 2025-10-04T23:59:59.999+08:00`,
    ];

    it('pages of one follow the list order to its end, each item naming its subject, the last page with no cursor', async () => {
      const seen: string[] = [];
      let body = await alerts({ asOf: HOLIDAY_NOON, limit: '1' });
      expect(body.items[0]).toMatchObject({ subject: 'project', subjectId: STALE, projectId: STALE });
      for (;;) {
        expect(body.items).toHaveLength(1);
        seen.push(...lines(body));
        if (body.nextCursor === null) break;
        body = await alerts({ cursor: body.nextCursor, limit: '1' });
        expect(body.asOf).toBe(HOLIDAY_NOON); // the cursor's asOf, not now
      }
      expect(seen).toEqual(FRIDAY);
    });

    it('a page of two then the rest: the cursor keeps the first page\'s filters', async () => {
      const first = await alerts({ asOf: HOLIDAY_NOON, status: 'overdue', limit: '1' });
      const rest = await alerts({ cursor: first.nextCursor, status: 'overdue' });
      expect([...lines(first), ...lines(rest)]).toEqual(FRIDAY.slice(0, 2));
      expect(rest.nextCursor).toBeNull();
    });

    it('without limit answers at most 100 with no cursor when the list is shorter', async () =>
      expect(await alerts({ asOf: HOLIDAY_NOON })).toMatchObject({ nextCursor: null }));

    it.each([
      [{ status: 'dueSoon' }],
      [{ orgUnit: BINJIANG }],
      [{ asOf: MONDAY_NOON }],
    ])('400 VALIDATION_FAILED naming cursor when a cursor is used with other filters (%j), and nothing else answers', async (other) => {
      const { nextCursor } = await alerts({ asOf: HOLIDAY_NOON, limit: '1' });
      const res = await reads.get(`/api/dashboards/sla/alerts${qs({ ...other, cursor: nextCursor })}`, 'viewer');
      expect(expectProblem(res, 400, 'VALIDATION_FAILED').errors).toEqual([expect.objectContaining({ field: 'cursor' })]);
    });

    it.each(['0', '1001', '2.5', 'ten'])('400 VALIDATION_FAILED naming limit for limit=%s', async (limit) => {
      const res = await reads.get(`/api/dashboards/sla/alerts${qs({ limit })}`, 'viewer');
      expect(expectProblem(res, 400, 'VALIDATION_FAILED').errors).toEqual([expect.objectContaining({ field: 'limit' })]);
    });

    it('400 VALIDATION_FAILED naming cursor for a cursor this server did not issue', async () => {
      const res = await reads.get(`/api/dashboards/sla/alerts${qs({ cursor: 'eyJhc09mIjoxfQ' })}`, 'viewer');
      expect(expectProblem(res, 400, 'VALIDATION_FAILED').errors).toEqual([expect.objectContaining({ field: 'cursor' })]);
    });
  });

  it.each(['viewer', 'auditor', 'admin'] as const)('answers a %s on both routes', async (role) => {
    expect((await sla({ asOf: MONDAY_NOON }, role)).asOf).toBe(MONDAY_NOON);
    expect((await alerts({ asOf: MONDAY_NOON }, role)).items).toHaveLength(2);
  });

  it.each(ALL_ROLES.filter((r) => !['viewer', 'auditor', 'admin'].includes(r)))('403 FORBIDDEN for a %s on both routes', async (role) => {
    const options = role === 'customer' ? { customerId: 'cust-sla-1' } : {};
    expectProblem(await reads.get('/api/dashboards/sla', role, options), 403, 'FORBIDDEN');
    expectProblem(await reads.get('/api/dashboards/sla/alerts', role, options), 403, 'FORBIDDEN');
  });

  it('401 without a token on both routes', async () => {
    expectProblem(await reads.get('/api/dashboards/sla', null), 401);
    expectProblem(await reads.get('/api/dashboards/sla/alerts', null), 401);
  });

  it.each([
    ['sla', { asOf: '2025-10-13T12:00:00' }, 'asOf'],
    ['sla', { asOf: 'now' }, 'asOf'],
    ['sla', { from: '2025-02-30' }, 'from'],
    ['sla', { from: '2025-10-02', to: '2025-10-01' }, 'to'],
    ['sla', { customerClass: 'industrial' }, 'customerClass'],
    ['sla', { orgUnit: '' }, 'orgUnit'],
    ['sla', { status: 'overdue' }, 'status'],
    ['sla', { minPosition: 'latest' }, 'minPosition'],
    ['sla/alerts', { status: 'late' }, 'status'],
    ['sla/alerts', { asOf: '13/10/2025' }, 'asOf'],
    ['sla/alerts', { from: '2025-10-01' }, 'from'],
    ['sla/alerts', { limit: '1001' }, 'limit'],
  ])('400 VALIDATION_FAILED on /api/dashboards/%s?%j naming %s', async (route, params, field) => {
    const res = await reads.get(`/api/dashboards/${route}${qs(params)}`, 'viewer');
    expect(expectProblem(res, 400, 'VALIDATION_FAILED').errors).toEqual([expect.objectContaining({ field })]);
  });
});
