import { ApiHarness } from './support/api-harness.js';
import { DATED_JOURNEY, runDatedJourney } from './support/dated-journey.js';
import { Journey, type EventItem } from './support/journey.js';
import { expectProblem } from './support/problems.js';

/**
 * API.md `/state`: the project view rebuilt from the event store as of a business time (`at`), a recorded time
 * (`knownAt`) or a version, with the clocks evaluated as of that point. The journey runs across the 2025 National Day
 * holiday, so the working-day arithmetic of the clocks is visible in the answers.
 */
describe('GET /api/projects/:id/state (time travel)', () => {
  let api: ApiHarness;
  let journey: Journey;
  let events: EventItem[];
  const projectId = 'prj-2025-hz-dual-travel';
  const state = (query: string) =>
    api.http().get(`/api/projects/${projectId}/state?${query}`).set('Authorization', `Bearer ${api.token('auditor')}`);
  const at = (iso: string) => state(`at=${encodeURIComponent(iso)}`);
  type Clock = { name: string; status: string; startedAt: string; [field: string]: unknown };
  const clock = (view: { clocks: Clock[] }, name: string) => view.clocks.filter((c) => c.name === name);

  beforeAll(async () => {
    api = await ApiHarness.start();
    journey = new Journey(api);
    await runDatedJourney(journey, projectId);
    events = await journey.events(projectId);
  });
  afterAll(() => api.close());

  it('?at= between the survey and the scheme reply: surveyed, scheme-reply clock running with 2 working days', async () => {
    const view = (await at('2025-09-29T12:00:00+08:00').expect(200)).body;
    expect(view).toMatchObject({ projectId, step: 'siteSurveyed', status: 'active', version: 2 });
    expect(view.scheme).toBeUndefined();
    // 30 working days from Fri 26 Sep: Sun 28 Sep is a working weekend, 1–8 Oct are off, Sat 11 Oct is worked.
    expect(clock(view, 'schemeReply')).toEqual([
      {
        name: 'schemeReply',
        status: 'running',
        startedAt: expect.any(String),
        deadline: '2025-11-13T23:59:59.999+08:00',
        elapsedWorkingDays: 2,
        pausedDays: 0,
      },
    ]);
    expect(Date.parse(clock(view, 'schemeReply')[0]!.startedAt)).toBe(Date.parse(DATED_JOURNEY[0]!.occurredAt));
  });

  it('?at= during the holiday: the scheme replied on time, nothing else started', async () => {
    const view = (await at('2025-10-05T12:00:00+08:00').expect(200)).body;
    expect(view).toMatchObject({ step: 'schemeReplied', version: 3 });
    expect(view.clocks.map((c: { name: string; status: string }) => [c.name, c.status])).toEqual([['schemeReply', 'metOnTime']]);
    expect(clock(view, 'schemeReply')[0]).toMatchObject({ elapsedWorkingDays: 3 });
  });

  it('?at= while the first design awaits review: design-review clock running (30 calendar days)', async () => {
    const view = (await at('2025-10-10T12:00:00+08:00').expect(200)).body;
    expect(view).toMatchObject({ step: 'designSubmitted', version: 4 });
    expect(clock(view, 'schemeReply')[0]).toMatchObject({ status: 'metOnTime', stoppedAt: expect.any(String) });
    expect(clock(view, 'designReview')).toEqual([
      expect.objectContaining({ status: 'running', round: 1, deadline: '2025-11-08T23:59:59.999+08:00', elapsedWorkingDays: 1 }),
    ]);
    expect(view.designRounds).toHaveLength(1);
  });

  it('?at= after the failed acceptance: that step, with both inspections', async () => {
    const view = (await at('2025-10-26T12:00:00+08:00').expect(200)).body;
    expect(view).toMatchObject({ step: 'acceptanceFailed', version: 12 });
    expect(view.inspections.map((i: { result: string }) => i.result)).toEqual(['rectificationRequired', 'passed']);
    expect(view.acceptanceRounds).toEqual([expect.objectContaining({ result: 'failed', defects: expect.any(Array) })]);
  });

  it('?at= exactly an event’s business time includes that event', async () => {
    expect((await at(DATED_JOURNEY[2]!.occurredAt).expect(200)).body).toMatchObject({ step: 'schemeReplied', version: 3 });
  });

  it('?at= before the application: 404 (the project had not happened yet)', async () => {
    expectProblem(await at('2025-09-26T09:29:59+08:00'), 404, 'NOT_FOUND');
  });

  it('?version=3: the scheme just replied, its clock seen as of that event', async () => {
    const view = (await state('version=3').expect(200)).body;
    expect(view).toMatchObject({ step: 'schemeReplied', version: 3, scheme: expect.objectContaining({ supplyMode: 'dual' }) });
    expect(clock(view, 'schemeReply')[0]).toMatchObject({ status: 'metOnTime', elapsedWorkingDays: 3 });
  });

  it('?version=18: archived, every clock met on time, holiday-aware deadlines', async () => {
    const view = (await state('version=18').expect(200)).body;
    expect(view).toMatchObject({ step: 'archived', status: 'archived', version: 18, archiveNo: 'DA-2025-HZ-000456' });
    expect(view.clocks.map((c: { name: string; status: string }) => [c.name, c.status])).toEqual([
      ['schemeReply', 'metOnTime'],
      ['designReview', 'metOnTime'],
      ['designReview', 'metOnTime'],
      ['energization', 'metOnTime'],
      ['postConnectionCheck', 'metOnTime'],
    ]);
    expect(clock(view, 'energization')[0]).toMatchObject({ deadline: '2025-11-05T23:59:59.999+08:00' });
    expect(clock(view, 'postConnectionCheck')[0]).toMatchObject({ deadline: '2025-11-30T23:59:59.999+08:00' });
  });

  it('?version= beyond the stream answers the latest state', async () => {
    expect((await state('version=999').expect(200)).body).toMatchObject({ version: 18 });
  });

  it('?knownAt=: exactly the events recorded by then', async () => {
    const knownAt = events[4]!.recordedAt;
    const known = events.filter((e) => Date.parse(e.recordedAt) <= Date.parse(knownAt)).length;
    const view = (await state(`knownAt=${encodeURIComponent(knownAt)}`).expect(200)).body;
    expect(view.version).toBe(known);
    expect(known).toBeGreaterThanOrEqual(5);
    expect((await state(`knownAt=${encodeURIComponent(new Date().toISOString())}`).expect(200)).body.version).toBe(18);
  });

  it('?knownAt= before anything was recorded: 404, though the business times are older', async () => {
    expectProblem(await state(`knownAt=${encodeURIComponent('2025-10-31T23:00:00+08:00')}`), 404, 'NOT_FOUND');
  });

  it.each([
    ['none of at, knownAt, version', ''],
    ['at and version', `at=${encodeURIComponent('2025-10-10T12:00:00+08:00')}&version=3`],
    ['at and knownAt', `at=${encodeURIComponent('2025-10-10T12:00:00+08:00')}&knownAt=${encodeURIComponent('2025-10-10T12:00:00+08:00')}`],
    ['all three', `at=2025-10-10T12:00:00Z&knownAt=2025-10-10T12:00:00Z&version=3`],
    ['at without an offset', 'at=2025-10-10T12:00:00'],
    ['at that is no date', 'at=yesterday'],
    ['version 0', 'version=0'],
    ['version not a number', 'version=three'],
    ['an unknown parameter', 'version=3&asOf=now'],
  ])('400 VALIDATION_FAILED for %s', async (_label, query) => {
    expectProblem(await state(query), 400, 'VALIDATION_FAILED');
  });

  it('404 for a project that does not exist', async () => {
    const res = await api.http().get('/api/projects/prj-nowhere/state?version=1').set('Authorization', `Bearer ${api.token('auditor')}`);
    expectProblem(res, 404, 'NOT_FOUND');
  });
});
