import { ApiHarness } from './support/api-harness.js';
import { Journey } from './support/journey.js';
import { expectProblem } from './support/problems.js';

/**
 * API.md Conventions: reading the body (413, 400) → 401 → 403 FORBIDDEN → 400 shape → 404 → 412 → 409 → 403 AUTHORITY
 * → 422 in SPEC order. Each case breaks two adjacent checks at once; the earlier one must answer.
 */
describe('the order in which a command is checked', () => {
  let api: ApiHarness;
  let journey: Journey;
  let applied: string;
  let surveyed: string;
  let cancelled: string;
  const branch = { orgLevel: 'branch' as const, orgUnit: 'hz-xihu-branch' };
  const stale = { 'If-Match': '"9"' };

  beforeAll(async () => {
    api = await ApiHarness.start();
    journey = new Journey(api);
    [applied, surveyed, cancelled] = await Promise.all([journey.apply(), journey.driveTo('recordSiteSurvey'), journey.cancelled()]);
  });
  afterAll(async () => {
    // Nothing in this file may have written: every case is a refusal.
    expect(await Promise.all([applied, surveyed, cancelled].map((id) => journey.eventCount(id)))).toEqual([1, 2, 2]);
    await api.close();
  });

  it('413 (body over 1 MiB) before 401', async () => {
    const res = await journey.send('recordSiteSurvey', surveyed, { token: null, body: { findings: 'x'.repeat(1_100_000) } });
    expectProblem(res, 413);
  });

  it('400 malformed JSON before 401', async () => {
    const res = await api.http().post(`/api/projects/${surveyed}/site-survey`).set('Content-Type', 'application/json').send('{"findings":');
    expectProblem(res, 400, 'VALIDATION_FAILED');
  });

  it('401 before 403 role and 400 shape', async () => {
    expectProblem(await journey.send('replySupplyScheme', surveyed, { token: 'x.y.z', body: { nonsense: true } }), 401);
  });

  it('403 FORBIDDEN before 400 shape (body, path id and headers)', async () => {
    const send = (id: string, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
      journey.send('replySupplyScheme', id, { role: 'surveyor', body, headers });
    expectProblem(await send(surveyed, { nonsense: true }), 403, 'FORBIDDEN');
    expectProblem(await send('bad id with spaces', journey.body('replySupplyScheme')), 403, 'FORBIDDEN');
    expectProblem(await send(surveyed, journey.body('replySupplyScheme'), { 'If-Match': 'W/"x"' }), 403, 'FORBIDDEN');
  });

  it('400 shape before 404', async () => {
    expectProblem(await journey.send('replySupplyScheme', 'prj-nowhere', { body: { supplyMode: 'triple' } }), 400, 'VALIDATION_FAILED');
    expectProblem(await journey.send('replySupplyScheme', 'prj-nowhere', { headers: { 'If-Match': '3' } }), 400, 'VALIDATION_FAILED');
  });

  it('404 before 412', async () => {
    expectProblem(await journey.send('replySupplyScheme', 'prj-nowhere', { headers: stale }), 404, 'NOT_FOUND');
  });

  it('412 before 409 (out of step, or closed)', async () => {
    expectProblem(await journey.send('replySupplyScheme', applied, { headers: stale }), 412, 'PRECONDITION_FAILED');
    expectProblem(await journey.send('replySupplyScheme', cancelled, { headers: stale }), 412, 'PRECONDITION_FAILED');
  });

  it('409 before 403 AUTHORITY_INSUFFICIENT', async () => {
    const asBranch = { tokenOptions: branch };
    expectProblem(await journey.send('replySupplyScheme', applied, asBranch), 409, 'INVALID_TRANSITION');
    expectProblem(await journey.send('replySupplyScheme', cancelled, asBranch), 409, 'PROJECT_CLOSED');
  });

  it('403 AUTHORITY_INSUFFICIENT before the 422 rules', async () => {
    const body = { ...journey.body('replySupplyScheme'), supplyMode: 'single' };
    expectProblem(await journey.send('replySupplyScheme', surveyed, { body, tokenOptions: branch }), 403, 'AUTHORITY_INSUFFICIENT');
  });

  it('422 rules in SPEC order: dedicated line before dual supply', async () => {
    const body = { ...journey.body('replySupplyScheme'), supplyMode: 'single', approvedCapacity: { value: 3200, unit: 'kVA' } };
    expectProblem(await journey.send('replySupplyScheme', surveyed, { body }), 422, 'DEDICATED_LINE_REQUIRED');
  });

  it('422 rules in SPEC order: documents before the unit, and business time last', async () => {
    const body = {
      ...journey.body('acceptApplication'),
      projectId: 'prj-order-never-written',
      documents: [],
      requestedCapacity: { value: 2000, unit: 'kW' },
      occurredAt: new Date(Date.now() + 3_600_000).toISOString(),
    };
    expectProblem(await journey.send('acceptApplication', 'prj-order-never-written', { body }), 422, 'DOCUMENTS_MISSING');
    expect(await journey.eventCount('prj-order-never-written')).toBe(0);
  });

  it("a customer's view of another customer's project is 404 whatever else is wrong with the command", async () => {
    const token = api.token('customer', { customerId: 'cust-someone-else' });
    expectProblem(await journey.send('submitDesign', applied, { token, headers: stale }), 404, 'NOT_FOUND');
  });
});
