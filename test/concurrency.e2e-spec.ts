import type { Response } from 'supertest';
import { ApiHarness } from './support/api-harness.js';
import { Journey, type EventItem } from './support/journey.js';
import { expectProblem } from './support/problems.js';

/**
 * API.md Concurrency: two writers racing on one project never both win; the loser gets 409 CONCURRENCY_CONFLICT
 * (or 412 when its If-Match is already stale) and nothing of it is written. The stream stays gapless.
 */
describe('concurrent commands on one project', () => {
  let api: ApiHarness;
  let journey: Journey;
  beforeAll(async () => {
    api = await ApiHarness.start();
    journey = new Journey(api);
  });
  afterAll(() => api.close());

  const expectGapless = (events: EventItem[]) => {
    expect(events.map((e) => e.version)).toEqual(events.map((_, i) => i + 1));
    events.slice(1).forEach((e, i) => expect(e.previousHash).toBe(events[i]!.hash));
  };
  const integrity = async (projectId: string) =>
    (await api.http().get(`/api/projects/${projectId}/integrity`).set('Authorization', `Bearer ${api.token('auditor')}`)).body;
  const losers = (answers: Response[]) => answers.filter((r) => r.status !== 201);

  it('20 commands with the same If-Match: exactly one 201, the rest 409 CONCURRENCY_CONFLICT or 412', async () => {
    const projectId = await journey.apply();
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        journey.send('recordSiteSurvey', projectId, {
          headers: { 'If-Match': '"1"' },
          body: { ...journey.body('recordSiteSurvey'), findings: `并发勘察 ${i}` },
          tokenOptions: { sub: `surveyor-${i}` },
        }),
      ),
    );
    const winners = answers.filter((r) => r.status === 201);
    expect(winners).toHaveLength(1);
    expect(winners[0]!.body.version).toBe(2);
    expect(winners[0]!.headers.etag).toBe('"2"');
    for (const loser of losers(answers)) {
      expect([409, 412]).toContain(loser.status);
      expectProblem(loser, loser.status, loser.status === 409 ? 'CONCURRENCY_CONFLICT' : 'PRECONDITION_FAILED');
    }
    const events = await journey.events(projectId);
    expect(events).toHaveLength(2);
    expectGapless(events);
    // The event written is the winner's, nobody else's.
    expect(events[1]!.actor.id).toBe(`surveyor-${answers.indexOf(winners[0]!)}`);
  });

  it('several surveys without If-Match: each 201 or 409, the stream gapless and as long as the 201s say', async () => {
    const projectId = await journey.apply();
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        journey.send('recordSiteSurvey', projectId, { body: { ...journey.body('recordSiteSurvey'), findings: `勘察 ${i}` } }),
      ),
    );
    for (const loser of losers(answers)) expectProblem(loser, 409, 'CONCURRENCY_CONFLICT');
    const accepted = answers.filter((r) => r.status === 201);
    expect(accepted.length).toBeGreaterThanOrEqual(1);
    const versions = accepted.map((r) => r.body.version as number).sort((a, b) => a - b);
    expect(new Set(versions).size).toBe(versions.length);

    const events = await journey.events(projectId);
    expect(events).toHaveLength(1 + accepted.length);
    expectGapless(events);
    expect(events.slice(1).map((e) => e.version).sort((a, b) => a - b)).toEqual(versions);
    expect(await integrity(projectId)).toEqual({ valid: true, events: events.length });
  });

  it('the same application sent 10 times at once creates the project once', async () => {
    const projectId = 'prj-race-application';
    const answers = await Promise.all(Array.from({ length: 10 }, () => journey.send('acceptApplication', projectId)));
    expect(answers.filter((r) => r.status === 201)).toHaveLength(1);
    for (const loser of losers(answers)) {
      expect(loser.status).toBe(409);
      expect(['CONCURRENCY_CONFLICT', 'INVALID_TRANSITION']).toContain(loser.body.code);
    }
    expect(await journey.eventCount(projectId)).toBe(1);
  });

  it('the same Idempotency-Key sent 10 times at once: one event, and every 201 is the same answer', async () => {
    const projectId = await journey.apply();
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => journey.send('recordSiteSurvey', projectId, { headers: { 'Idempotency-Key': 'race-key' } })),
    );
    const accepted = answers.filter((r) => r.status === 201);
    expect(accepted.length).toBeGreaterThanOrEqual(1);
    for (const r of accepted) expect(r.body).toEqual({ projectId, version: 2, position: accepted[0]!.body.position, events: ['SiteSurveyed'] });
    for (const loser of losers(answers)) expectProblem(loser, 409, 'CONCURRENCY_CONFLICT');
    expect(await journey.eventCount(projectId)).toBe(2);
  });

  it('commands racing on different projects do not conflict', async () => {
    const projects = await Promise.all(Array.from({ length: 8 }, () => journey.apply()));
    const answers = await Promise.all(projects.map((id) => journey.send('recordSiteSurvey', id, { headers: { 'If-Match': '"1"' } })));
    expect(answers.map((r) => r.status)).toEqual(projects.map(() => 201));
    const positions = answers.map((r) => r.body.position as number);
    expect(new Set(positions).size).toBe(positions.length);
  });

  describe('two API instances on one DATA_DIR (what a second process sees)', () => {
    let second: ApiHarness;
    let other: Journey;
    beforeAll(async () => {
      second = await ApiHarness.start({ dataDir: api.config.dataDir });
      other = new Journey(second);
    });
    afterAll(() => second.close(false));

    // One process answers its requests one by one, so its losers mostly see the new version (412); two processes
    // really interleave read and append, so here the store's expected-version check must refuse the loser (409).
    it('with If-Match: one 201, and the losers of a real interleaving get 409 CONCURRENCY_CONFLICT', async () => {
      const projectId = await journey.apply();
      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, i) => (i % 2 ? journey : other).send('recordSiteSurvey', projectId, { headers: { 'If-Match': '"1"' } })),
      );
      expect(answers.filter((r) => r.status === 201)).toHaveLength(1);
      for (const loser of losers(answers)) expect(['409 CONCURRENCY_CONFLICT', '412 PRECONDITION_FAILED']).toContain(`${loser.status} ${loser.body.code}`);
      expect(losers(answers).some((r) => r.body.code === 'CONCURRENCY_CONFLICT')).toBe(true);
      const events = await journey.events(projectId);
      expect(events).toHaveLength(2);
      expectGapless(events);
    });

    it('without If-Match: every answer 201 or 409, the chain gapless and verified', async () => {
      const projectId = await journey.apply();
      const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? journey : other).send('recordSiteSurvey', projectId)));
      for (const loser of losers(answers)) expectProblem(loser, 409, 'CONCURRENCY_CONFLICT');
      const events = await other.events(projectId);
      expect(events).toHaveLength(1 + answers.filter((r) => r.status === 201).length);
      expectGapless(events);
      expect(await integrity(projectId)).toEqual({ valid: true, events: events.length });
    });
  });
});
