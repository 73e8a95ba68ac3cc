import { ApiHarness } from './support/api-harness.js';
import { Journey } from './support/journey.js';
import { expectProblem } from './support/problems.js';

/**
 * API.md Idempotency: same key + same body = the first answer and nothing written; same key + another body = 422
 * IDEMPOTENCY_KEY_REUSED; a key belongs to its caller; only 201s are kept; a replay is answered right after the
 * authentication and shape checks, before any rule; and the keys are durable (they survive a restart).
 */
describe('Idempotency-Key', () => {
  let api: ApiHarness;
  let journey: Journey;
  beforeAll(async () => {
    api = await ApiHarness.start();
    journey = new Journey(api);
  });
  afterAll(() => api.close());

  const key = (k: string) => ({ headers: { 'Idempotency-Key': k } });

  it('replays the first answer (same status, body, ETag, Idempotent-Replayed: true) and writes nothing', async () => {
    const projectId = await journey.apply();
    const first = await journey.send('recordSiteSurvey', projectId, key('survey-0001'));
    expect(first.status).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();

    const again = await journey.send('recordSiteSurvey', projectId, key('survey-0001'));
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.etag).toBe(first.headers.etag);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(await journey.eventCount(projectId)).toBe(2);
  });

  it('replays an application: the project is created once', async () => {
    const projectId = 'prj-idem-application';
    const first = await journey.send('acceptApplication', projectId, key('apply-0001'));
    const again = await journey.send('acceptApplication', projectId, key('apply-0001'));
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(again.body).toEqual(first.body);
    expect(await journey.eventCount(projectId)).toBe(1);
  });

  it('gives one command id to the event, derived from the key, so a replay names the same command', async () => {
    const projectId = await journey.apply();
    await journey.send('recordSiteSurvey', projectId, key('survey-cmd-id'));
    await journey.send('recordSiteSurvey', projectId, key('survey-cmd-id'));
    const surveys = (await journey.events(projectId)).filter((e) => e.type === 'SiteSurveyed');
    expect(surveys).toHaveLength(1);
    expect(surveys[0]!.commandId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('422 IDEMPOTENCY_KEY_REUSED for the same key with another body, writing nothing', async () => {
    const projectId = await journey.apply();
    await journey.step('recordSiteSurvey', projectId, key('survey-0002'));
    const other = { ...journey.body('recordSiteSurvey'), findings: '另一份勘察记录' };
    expectProblem(await journey.send('recordSiteSurvey', projectId, { ...key('survey-0002'), body: other }), 422, 'IDEMPOTENCY_KEY_REUSED');
    expect(await journey.eventCount(projectId)).toBe(2);
  });

  it('422 IDEMPOTENCY_KEY_REUSED for the same key and body on another project or another route', async () => {
    const [a, b] = await Promise.all([journey.apply(), journey.apply()]);
    // One caller (admin may call both routes), one key.
    const admin = { ...key('survey-0003'), role: 'admin' as const };
    await journey.step('recordSiteSurvey', a, admin);
    expectProblem(await journey.send('recordSiteSurvey', b, admin), 422, 'IDEMPOTENCY_KEY_REUSED');
    expectProblem(await journey.send('cancelProject', a, admin), 422, 'IDEMPOTENCY_KEY_REUSED');
    expect(await Promise.all([journey.eventCount(a), journey.eventCount(b)])).toEqual([2, 1]);
  });

  it('scopes a key to its caller: another sub with the same key and body writes its own event', async () => {
    const projectId = await journey.apply();
    const first = await journey.send('recordSiteSurvey', projectId, { ...key('shared-key'), tokenOptions: { sub: 'surveyor-a' } });
    const second = await journey.send('recordSiteSurvey', projectId, { ...key('shared-key'), tokenOptions: { sub: 'surveyor-b' } });
    expect([first.status, second.status]).toEqual([201, 201]);
    expect([first.body.version, second.body.version]).toEqual([2, 3]);
    expect(second.headers['idempotent-replayed']).toBeUndefined();
    const actors = (await journey.events(projectId)).slice(1).map((e) => e.actor.id);
    expect(actors).toEqual(['surveyor-a', 'surveyor-b']);
  });

  it('keeps no refused answer: a 422 retried with the same key after fixing the body is accepted', async () => {
    const projectId = 'prj-idem-retry';
    const incomplete = { ...journey.body('acceptApplication'), projectId, documents: ['LOAD_DETAILS'] };
    const refused = await journey.send('acceptApplication', projectId, { ...key('apply-retry'), body: incomplete });
    expectProblem(refused, 422, 'DOCUMENTS_MISSING');
    // The same refused request again is decided again (and refused again), not replayed.
    expectProblem(await journey.send('acceptApplication', projectId, { ...key('apply-retry'), body: incomplete }), 422, 'DOCUMENTS_MISSING');
    const fixed = await journey.send('acceptApplication', projectId, key('apply-retry'));
    expect(fixed.status).toBe(201);
    expect(fixed.headers['idempotent-replayed']).toBeUndefined();
    expect(await journey.eventCount(projectId)).toBe(1);
  });

  it('keeps no 412 either: the retry with a fresh If-Match and the same key writes', async () => {
    const projectId = await journey.apply();
    expectProblem(await journey.send('recordSiteSurvey', projectId, { headers: { 'Idempotency-Key': 'k-412', 'If-Match': '"7"' } }), 412);
    const ok = await journey.send('recordSiteSurvey', projectId, { headers: { 'Idempotency-Key': 'k-412', 'If-Match': '"1"' } });
    expect(ok.status).toBe(201);
  });

  it('answers a replay before any rule: after the project moved on, the first answer still comes back', async () => {
    const projectId = await journey.apply();
    const first = await journey.send('recordSiteSurvey', projectId, key('survey-before-rules'));
    await journey.step('replySupplyScheme', projectId);
    // A new survey would now be 409 INVALID_TRANSITION; the retry of the old one is its first answer.
    expectProblem(await journey.send('recordSiteSurvey', projectId), 409, 'INVALID_TRANSITION');
    const replay = await journey.send('recordSiteSurvey', projectId, key('survey-before-rules'));
    expect(replay.status).toBe(201);
    expect(replay.body).toEqual(first.body);
    expect(await journey.eventCount(projectId)).toBe(3);
  });

  it('checks the shape before the replay: a malformed retry is 400, not a replay', async () => {
    const projectId = await journey.apply();
    await journey.step('recordSiteSurvey', projectId, key('survey-shape'));
    const res = await journey.send('recordSiteSurvey', projectId, { ...key('survey-shape'), body: { findings: 7 } });
    expectProblem(res, 400, 'VALIDATION_FAILED');
  });

  it('refuses malformed keys (400) before anything else about the command', async () => {
    const projectId = await journey.apply();
    for (const bad of ['', 'has space', 'x'.repeat(201)]) {
      expectProblem(await journey.send('recordSiteSurvey', projectId, key(bad)), 400, 'VALIDATION_FAILED');
    }
    expect(await journey.eventCount(projectId)).toBe(1);
  });

  it('replays across a server restart and writes nothing', async () => {
    const projectId = await journey.apply();
    const first = await journey.send('recordSiteSurvey', projectId, key('survey-restart'));
    expect(first.status).toBe(201);
    await api.restart();
    const again = await journey.send('recordSiteSurvey', projectId, key('survey-restart'));
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(await journey.eventCount(projectId)).toBe(2);
    expectProblem(
      await journey.send('recordSiteSurvey', projectId, { ...key('survey-restart'), body: { findings: '改', proposedScheme: '改' } }),
      422,
      'IDEMPOTENCY_KEY_REUSED',
    );
  });
});
