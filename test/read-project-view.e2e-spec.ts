import type { Response } from 'supertest';
import { ApiHarness } from './support/api-harness.js';
import { DATED_JOURNEY, runDatedJourney } from './support/dated-journey.js';
import { ALL_ROLES, Journey } from './support/journey.js';
import { expectProblem } from './support/problems.js';
import { Reads, qs } from './support/reads.js';

const utc = (iso: string) => new Date(iso).toISOString();

/**
 * GET /api/projects/:id through the real server: the view of the dated high-voltage dual-source journey of SPEC §3
 * (Sep–Oct 2025, across the National Day holiday), read after every command with that command's `position` as
 * `?minPosition=`; then a cancellation, a revision, who may read it, and what a bad request gets.
 */
describe('GET /api/projects/:id, the project view', () => {
  let api: ApiHarness;
  let journey: Journey;
  let reads: Reads;
  const projectId = 'prj-view-dual-0001';
  const CUSTOMER = 'cust-view-0001';
  let answers: Response[];
  /** The view read right after each command, waiting for that command's position. */
  const seen: Record<string, any>[] = [];

  beforeAll(async () => {
    api = await ApiHarness.start();
    journey = new Journey(api);
    reads = new Reads(api);
    // The journey's customer is the example's; this file gives it its own so that customer tokens can be tested.
    const first = DATED_JOURNEY[0]!;
    const body = { ...first.body, projectId, occurredAt: first.occurredAt, customer: { ...(first.body.customer as object), id: CUSTOMER } };
    answers = [await journey.step('acceptApplication', projectId, { body })];
    seen.push(await reads.ok(`/api/projects/${projectId}?minPosition=${answers[0]!.body.position}`, 'viewer'));
    for (const step of DATED_JOURNEY.slice(1)) {
      const answer = await journey.step(step.name, projectId, { body: { ...step.body, occurredAt: step.occurredAt } });
      answers.push(answer);
      seen.push(await reads.ok(`/api/projects/${projectId}?minPosition=${answer.body.position}`, 'viewer'));
    }
  });
  afterAll(() => api.close());

  it('reflects each command at once when asked with its position: version, position and step', () => {
    seen.forEach((view, i) => {
      const expectedStep = DATED_JOURNEY.slice(0, i + 1).reverse().find((s) => s.step)!.step;
      expect([i, view.version, view.position, view.step]).toEqual([i, i + 1, answers[i]!.body.position, expectedStep]);
    });
  });

  it('moves its status active → energized → archived along the journey', () => {
    const statuses = seen.map((v) => v.status);
    const energizedAt = DATED_JOURNEY.findIndex((s) => s.event === 'MeterInstalledAndEnergized');
    const archivedAt = DATED_JOURNEY.findIndex((s) => s.event === 'ProjectArchived');
    expect(statuses.slice(0, energizedAt).every((s) => s === 'active')).toBe(true);
    expect(statuses.slice(energizedAt, archivedAt)).toEqual(['energized']);
    // The post-connection check after archiving leaves it archived.
    expect(statuses.slice(archivedAt)).toEqual(['archived', 'archived']);
  });

  it('answers every field of API.md with the journey’s values', () => {
    const view = seen.at(-1)!;
    expect(view).toMatchObject({
      projectId,
      customerId: CUSTOMER,
      customerClass: 'highVoltageDual',
      orgUnit: 'hz-xihu-branch',
      step: 'archived',
      status: 'archived',
      version: DATED_JOURNEY.length,
      position: answers.at(-1)!.body.position,
      requestedCapacity: { value: 2000, unit: 'kVA' },
      scheme: expect.objectContaining({ approvedCapacity: { value: 2000, unit: 'kVA' }, supplyMode: 'dual', meteringMethod: '高供高计' }),
      contract: expect.objectContaining({ contractNo: 'GY-2025-HZ-000123', effectiveDate: '2025-10-29' }),
      meterNumbers: ['3300001234567890', '3300001234567891'],
      archiveNo: 'DA-2025-HZ-000456',
    });
    expect(view.designRounds).toEqual([
      expect.objectContaining({
        submittedAt: utc('2025-10-09T09:00:00+08:00'),
        designer: expect.objectContaining({ name: '浙江华电工程设计有限公司' }),
        documents: expect.arrayContaining(['DESIGN_SPEC']),
        result: 'rejected',
        opinions: expect.arrayContaining([expect.stringContaining('保安负荷')]),
        reviewedAt: utc('2025-10-11T15:00:00+08:00'),
      }),
      expect.objectContaining({ submittedAt: utc('2025-10-13T09:00:00+08:00'), result: 'approved', reviewedAt: utc('2025-10-15T10:00:00+08:00') }),
    ]);
    expect(view.inspections).toEqual([
      expect.objectContaining({ at: utc('2025-10-20T10:00:00+08:00'), result: 'rectificationRequired', defects: ['接地电阻 6Ω，超过 4Ω 要求'] }),
      expect.objectContaining({ at: utc('2025-10-22T10:00:00+08:00'), result: 'passed', defects: [] }),
    ]);
    expect(view.acceptanceRounds).toEqual([
      expect.objectContaining({ reportedAt: utc('2025-10-24T09:00:00+08:00'), at: utc('2025-10-25T10:00:00+08:00'), result: 'failed', defects: ['电缆沟未封堵', '缺少安全工器具试验报告'] }),
      expect.objectContaining({ reportedAt: utc('2025-10-27T09:00:00+08:00'), at: utc('2025-10-28T10:00:00+08:00'), result: 'passed', defects: [] }),
    ]);
  });

  it('shows every clock with its deadline and working days counted across the holiday (SPEC §5)', () => {
    // Working days near the holiday: Fri Sep 26, Sun Sep 28 (worked), 29, 30 | Oct 1–8 off | 9, 10, Sat 11 (worked), 13 …
    expect(seen.at(-1)!.clocks).toEqual([
      // 30 working days after Fri Sep 26: Sep 28–30 (3), Oct 9–11 (6), 13–17 (11), 20–24 (16), 27–31 (21), Nov 3–7
      // (26), 10–13 (30) → Nov 13. Replied Sep 30: working days after Sep 26 up to Sep 30 = 28, 29, 30 = 3.
      {
        name: 'schemeReply',
        status: 'metOnTime',
        startedAt: utc('2025-09-26T09:30:00+08:00'),
        deadline: '2025-11-13T23:59:59.999+08:00',
        stoppedAt: utc('2025-09-30T16:00:00+08:00'),
        elapsedWorkingDays: 3,
        pausedDays: 0,
      },
      // Design review, high voltage: 30 calendar days per submission. Oct 9 → Nov 8; reviewed Oct 11: Oct 10, 11 = 2.
      {
        name: 'designReview',
        round: 1,
        status: 'metOnTime',
        startedAt: utc('2025-10-09T09:00:00+08:00'),
        deadline: '2025-11-08T23:59:59.999+08:00',
        stoppedAt: utc('2025-10-11T15:00:00+08:00'),
        elapsedWorkingDays: 2,
        pausedDays: 0,
      },
      // Oct 13 → Nov 12; reviewed Oct 15: Oct 14, 15 = 2.
      {
        name: 'designReview',
        round: 2,
        status: 'metOnTime',
        startedAt: utc('2025-10-13T09:00:00+08:00'),
        deadline: '2025-11-12T23:59:59.999+08:00',
        stoppedAt: utc('2025-10-15T10:00:00+08:00'),
        elapsedWorkingDays: 2,
        pausedDays: 0,
      },
      // High voltage: from the contract (Wed Oct 29), 5 working days: Oct 30, 31, Nov 3, 4, 5. Energized Oct 30 = 1.
      {
        name: 'energization',
        status: 'metOnTime',
        startedAt: utc('2025-10-29T10:00:00+08:00'),
        deadline: '2025-11-05T23:59:59.999+08:00',
        stoppedAt: utc('2025-10-30T14:00:00+08:00'),
        elapsedWorkingDays: 1,
        pausedDays: 0,
      },
      // One calendar month from Oct 30 → Nov 30; checked Oct 31 = 1.
      {
        name: 'postConnectionCheck',
        status: 'metOnTime',
        startedAt: utc('2025-10-30T14:00:00+08:00'),
        deadline: '2025-11-30T23:59:59.999+08:00',
        stoppedAt: utc('2025-10-31T15:00:00+08:00'),
        elapsedWorkingDays: 1,
        pausedDays: 0,
      },
    ]);
  });

  it('while the scheme reply was pending, its clock ran with no stoppedAt', () => {
    const [clock] = seen[1]!.clocks; // after the site survey
    expect(clock).toMatchObject({ name: 'schemeReply', deadline: '2025-11-13T23:59:59.999+08:00' });
    expect(clock).not.toHaveProperty('stoppedAt');
    // Evaluated now (long after Nov 13, 2025) a clock never stopped would be overdue; the reply stopped it since.
    expect(clock.status).toBe('overdue');
  });

  it('is cancelled after a cancellation, its open clock no longer shown (SPEC §5)', async () => {
    const id = await journey.apply();
    const answer = await journey.step('cancelProject', id);
    const view = await reads.ok(`/api/projects/${id}?minPosition=${answer.body.position}`, 'clerk');
    expect(view).toMatchObject({ projectId: id, status: 'cancelled', step: 'cancelled', version: 2 });
    expect(view.clocks).toEqual([]);
  });

  it('counts a scheme revision and shows the scheme in force', async () => {
    const id = await journey.driveTo('replySupplyScheme');
    const answer = await journey.step('reviseSupplyScheme', id);
    const view = await reads.ok(`/api/projects/${id}?minPosition=${answer.body.position}`, 'auditor');
    expect(view.scheme).toMatchObject({ revisions: 1, backupSource: expect.stringContaining('城北变') });
    expect(view.step).toBe('schemeReplied');
  });

  it.each(ALL_ROLES.filter((r) => r !== 'customer'))('answers a %s', async (role) => {
    expect((await reads.ok(`/api/projects/${projectId}`, role)).projectId).toBe(projectId);
  });

  it('answers the project’s own customer, and 404 to another customer as for a project that does not exist', async () => {
    expect((await reads.ok(`/api/projects/${projectId}`, 'customer', { customerId: CUSTOMER })).projectId).toBe(projectId);
    const foreign = await reads.get(`/api/projects/${projectId}`, 'customer', { customerId: 'cust-someone-else' });
    const missing = await reads.get('/api/projects/prj-view-nowhere', 'customer', { customerId: CUSTOMER });
    expectProblem(foreign, 404, 'NOT_FOUND');
    expectProblem(missing, 404, 'NOT_FOUND');
    expect(foreign.body.title).toBe(missing.body.title);
  });

  it('401 without a token or with a bad one', async () => {
    expectProblem(await reads.get(`/api/projects/${projectId}`, null), 401);
    expectProblem(await api.http().get(`/api/projects/${projectId}`).set('Authorization', 'Bearer not.a.token'), 401);
  });

  it('404 NOT_FOUND for a project that does not exist', async () => {
    expectProblem(await reads.get('/api/projects/prj-view-nowhere', 'viewer'), 404, 'NOT_FOUND');
  });

  it.each([
    [{ expand: 'clocks' }, 'expand'],
    [{ minPosition: 'abc' }, 'minPosition'],
    [{ minPosition: -1 }, 'minPosition'],
    [{ minPosition: 1.5 }, 'minPosition'],
  ])('400 VALIDATION_FAILED for %j, naming %s', async (params, field) => {
    const res = await reads.get(`/api/projects/${projectId}${qs(params)}`, 'viewer');
    expect(expectProblem(res, 400, 'VALIDATION_FAILED').errors).toEqual([expect.objectContaining({ field })]);
  });

  it('400 VALIDATION_FAILED naming id for an id no project can have', async () => {
    const res = await reads.get(`/api/projects/${encodeURIComponent('bad id!')}`, 'viewer');
    expect(expectProblem(res, 400, 'VALIDATION_FAILED').errors).toEqual([expect.objectContaining({ field: expect.stringMatching(/id/i) })]);
  });
});
