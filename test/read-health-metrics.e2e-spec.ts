import type { Response } from 'supertest';
import { ApiHarness } from './support/api-harness.js';
import { Journey } from './support/journey.js';
import { expectProblem } from './support/problems.js';
import { Reads } from './support/reads.js';

const PROJECTIONS = ['project-view', 'customer-dossier', 'audit-trail', 'sla-clocks', 'account-view', 'complaint-view', 'claim-view'];
/** Reported beside the projections, like one (SPEC §7.1). */
const MANAGERS = ['supply-accounts'];

/** A metric line's value, or undefined when the line is absent: `name{labels} value`. */
const sample = (text: string, series: string): number | undefined => {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
};

/**
 * The operations routes, without a token: GET /api/health (stores and each projection's position and lag) and
 * GET /metrics (Prometheus text), after a few accepted, refused and replayed commands.
 */
describe('GET /api/health and GET /metrics', () => {
  let api: ApiHarness;
  let reads: Reads;
  let last: Response;

  beforeAll(async () => {
    api = await ApiHarness.start();
    reads = new Reads(api);
    const journey = new Journey(api);
    const first = await journey.apply();
    await journey.apply();
    await journey.step('recordSiteSurvey', first, { headers: { 'Idempotency-Key': 'survey-once' } });
    // The same key and body again: answered from the command log, nothing written.
    const replay = await journey.send('recordSiteSurvey', first, { headers: { 'Idempotency-Key': 'survey-once' } });
    expect(replay.status).toBe(201);
    // Refused: energization long before its turn.
    expectProblem(await journey.send('installMeterAndEnergize', first), 409, 'INVALID_TRANSITION');
    last = await journey.step('cancelProject', first);
    // Wait for every read model to apply the last write, as a client would.
    await reads.ok(`/api/projects/${first}?minPosition=${last.body.position}`, 'viewer');
    // The process manager has nothing to do here, but reads the same log: let it reach the last write too.
    for (let tries = 0; tries < 100; tries++) {
      const { body } = await api.http().get('/api/health');
      if (body.projections.every((p: { position: number }) => p.position === last.body.position)) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
  afterAll(() => api.close());

  it('reports the stores up and every projection (and the process manager) caught up: its position the last write’s, lag 0', async () => {
    const res = await api.http().get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      status: 'ok',
      eventStore: 'up',
      readStore: 'up',
      projections: expect.any(Array),
    });
    expect([...res.body.projections].sort((a: any, b: any) => a.name.localeCompare(b.name))).toEqual(
      [...PROJECTIONS, ...MANAGERS].sort().map((name) => ({ name, position: last.body.position, lag: 0, lagCapped: false })),
    );
  });

  it('counts the lag of the read models in events, never negative', async () => {
    const { body } = await api.http().get('/api/health').expect(200);
    for (const p of body.projections) {
      expect(Number.isInteger(p.position) && Number.isInteger(p.lag) && p.lag >= 0 && p.lagCapped === false).toBe(true);
    }
  });

  it('needs no token; a token does not change the answer', async () => {
    const anonymous = await api.http().get('/api/health').expect(200);
    const viewer = await reads.get('/api/health', 'viewer').expect(200);
    expect(viewer.body).toEqual(anonymous.body);
  });

  it('serves Prometheus text without a token, counting commands by type and outcome', async () => {
    const res = await api.http().get('/metrics');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    const text = res.text;
    expect(text).toContain('# TYPE connection_commands_total counter');
    expect({
      applications: sample(text, 'connection_commands_total{type="acceptApplication",outcome="accepted"}'),
      surveys: sample(text, 'connection_commands_total{type="recordSiteSurvey",outcome="accepted"}'),
      replays: sample(text, 'connection_commands_total{type="recordSiteSurvey",outcome="replayed"}'),
      refused: sample(text, 'connection_commands_total{type="installMeterAndEnergize",outcome="INVALID_TRANSITION"}'),
      cancellations: sample(text, 'connection_commands_total{type="cancelProject",outcome="accepted"}'),
      timedApplications: sample(text, 'connection_command_duration_seconds_count{type="acceptApplication",outcome="accepted"}'),
    }).toEqual({ applications: 2, surveys: 1, replays: 1, refused: 1, cancellations: 1, timedApplications: 2 });
    expect(text).not.toContain('type="replySupplyScheme"'); // never called here
  });

  it('exposes the projection lag per projection, the append timing and the process metrics', async () => {
    const text = (await api.http().get('/metrics').expect(200)).text;
    for (const name of [...PROJECTIONS, ...MANAGERS]) {
      expect([name, sample(text, `connection_projection_lag_events{projection="${name}"}`)]).toEqual([name, 0]);
    }
    expect(sample(text, 'connection_process_manager_position{manager="supply-accounts"}')).toBe(last.body.position);
    expect(sample(text, 'connection_process_manager_refusals_total{manager="supply-accounts"}')).toBe(0);
    expect(text).toMatch(/^connection_event_store_append_duration_seconds_count(\{[^}]*\})? [1-9]\d*$/m);
    expect(text).toMatch(/^process_cpu_user_seconds_total /m);
  });
});
