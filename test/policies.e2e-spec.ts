import { ApiHarness } from './support/api-harness.js';
import { ALL_ROLES } from './support/journey.js';
import { expectProblem } from './support/problems.js';
import { Reads } from './support/reads.js';

/** API.md `GET /api/policies` (SPEC §6): the shipped policies with their clock tables, and the schedule in force. */
describe('GET /api/policies', () => {
  let api: ApiHarness;
  let reads: Reads;
  beforeAll(async () => {
    api = await ApiHarness.start({ env: { POLICY_SCHEDULE: 'seed@2000-01-01,sgcc-assessment@2026-07-01' } });
    reads = new Reads(api);
  });
  afterAll(() => api.close());

  const wait = { starts: { event: 'CustomerWaitStarted' }, ends: { event: 'CustomerWaitEnded' } };

  it('shows the schedule in force and both shipped policies, each clock as its table row', async () => {
    const body = await reads.ok('/api/policies', 'viewer');
    expect(body.schedule).toEqual([
      { version: 'seed', effectiveFrom: '2000-01-01' },
      { version: 'sgcc-assessment', effectiveFrom: '2026-07-01' },
    ]);
    expect(body.policies.map((p: { version: string }) => p.version)).toEqual(['seed', 'sgcc-assessment']);
    const [seed, sgcc] = body.policies;
    expect(seed.clocks.map((c: { name: string }) => c.name)).toEqual(['schemeReply', 'designReview', 'energization', 'energization', 'postConnectionCheck']);
    expect(seed.clocks[0]).toEqual({
      name: 'schemeReply',
      classes: ['residential', 'lowVoltage', 'highVoltageSingle', 'highVoltageDual'],
      starts: { rule: 'on', events: [{ event: 'ApplicationAccepted' }] },
      stops: { rule: 'next', event: { event: 'SupplySchemeReplied' } },
      limit: {
        residential: { workingDays: 3, calendarDays: 5 },
        lowVoltage: { workingDays: 7 },
        highVoltageSingle: { workingDays: 15 },
        highVoltageDual: { workingDays: 30 },
      },
      pausedBy: wait,
    });
    expect(seed.assessment).toBeUndefined();
    expect(sgcc.clocks.map((c: { name: string }) => c.name)).toEqual([
      'connection', 'schemeReply', 'designReview', 'intermediateInspection', 'completionInspection', 'energization', 'postConnectionCheck',
    ]);
    expect(sgcc.clocks[5]).toEqual({
      name: 'energization',
      classes: ['highVoltageSingle', 'highVoltageDual'],
      starts: { rule: 'laterOf', events: [{ event: 'AcceptanceRecorded', where: { result: 'passed' } }, { event: 'SupplyContractSigned' }] },
      stops: { rule: 'next', event: { event: 'MeterInstalledAndEnergized' } },
      limit: { highVoltageSingle: { workingDays: 5 }, highVoltageDual: { workingDays: 5 } },
      pausedBy: wait,
    });
    expect(sgcc.clocks[4]).toMatchObject({ starts: { rule: 'each', events: [{ event: 'CompletionReported' }] }, stops: { rule: 'its', event: { event: 'AcceptanceRecorded' } } });
    expect(sgcc.clocks[0].limit).toEqual({ residential: { workingDays: 5 }, lowVoltage: { workingDays: 15 } });
    expect(sgcc.assessment).toEqual({ exempt: ['postConnectionCheck'] });
  });

  it.each(ALL_ROLES.filter((r) => r !== 'customer'))('answers %s', async (role) => {
    expect((await reads.get('/api/policies', role)).status).toBe(200);
  });

  it('403 for a customer, 401 without a token', async () => {
    expectProblem(await reads.get('/api/policies', 'customer', { customerId: 'cust-hz-0001' }), 403, 'FORBIDDEN');
    expectProblem(await reads.get('/api/policies', null), 401, 'UNAUTHORIZED');
  });

  it('is documented in OpenAPI with its answer\'s schema', async () => {
    const doc = (await api.http().get('/docs/openapi.json')).body;
    const ok = doc.paths['/api/policies'].get.responses['200'];
    expect(ok.content['application/json'].schema).toEqual({ $ref: '#/components/schemas/PoliciesDto' });
    expect(Object.keys(doc.components.schemas.ClockRowDto.properties).sort()).toEqual(['classes', 'limit', 'name', 'pausedBy', 'starts', 'stops']);
  });
});
