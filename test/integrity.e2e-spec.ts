import { join } from 'node:path';
import Database from 'better-sqlite3';
import { eventHash } from '#event-sourcing';
import { ApiHarness } from './support/api-harness.js';
import { runDatedJourney } from './support/dated-journey.js';
import { Journey } from './support/journey.js';
import { expectProblem } from './support/problems.js';

/**
 * API.md `/integrity`: the hash chain over a project's events, verified from the store. Tampering is simulated the way
 * an insider would do it: by editing the SQLite file under the running server.
 */
describe('GET /api/projects/:id/integrity', () => {
  let api: ApiHarness;
  let journey: Journey;
  let db: Database.Database;
  const integrity = (projectId: string) =>
    api.http().get(`/api/projects/${projectId}/integrity`).set('Authorization', `Bearer ${api.token('auditor')}`);
  const stream = (projectId: string) => `project-${projectId}`;
  const count = async (projectId: string) => (await journey.events(projectId)).length;

  beforeAll(async () => {
    api = await ApiHarness.start();
    journey = new Journey(api);
    db = new Database(join(api.config.dataDir, 'events.sqlite'));
  });
  afterAll(async () => {
    db.close();
    await api.close();
  });

  it('is valid over the whole dated journey', async () => {
    await runDatedJourney(journey, 'prj-integrity-journey');
    expect((await integrity('prj-integrity-journey').expect(200)).body).toEqual({ valid: true, events: 18 });
  });

  it('detects an edited event’s data, naming the version where the chain breaks', async () => {
    const projectId = await journey.driveTo('replySupplyScheme');
    const changes = db
      .prepare(`UPDATE events SET data = json_set(data, '$.findings', '篡改后的勘察结论') WHERE stream_id = ? AND version = 2`)
      .run(stream(projectId)).changes;
    expect(changes).toBe(1);
    expect((await integrity(projectId).expect(200)).body).toEqual({ valid: false, events: 3, brokenAt: 2 });
  });

  it('detects a rewritten actor in the metadata', async () => {
    const projectId = await journey.driveTo('replySupplyScheme');
    db.prepare(`UPDATE events SET metadata = json_set(metadata, '$.actor.name', '他人') WHERE stream_id = ? AND version = 3`).run(
      stream(projectId),
    );
    expect((await integrity(projectId).expect(200)).body).toEqual({ valid: false, events: 3, brokenAt: 3 });
  });

  it('detects a back-dated business time', async () => {
    const projectId = await journey.driveTo('recordSiteSurvey');
    db.prepare(`UPDATE events SET metadata = json_set(metadata, '$.occurredAt', '2020-01-01T00:00:00.000Z') WHERE stream_id = ? AND version = 1`).run(
      stream(projectId),
    );
    expect((await integrity(projectId).expect(200)).body).toMatchObject({ valid: false, brokenAt: 1 });
  });

  it('detects an edit whose own hash was recomputed: the next event no longer links to it', async () => {
    const projectId = await journey.driveTo('replySupplyScheme');
    const [surveyed] = await journey.events(projectId).then((events) => events.slice(1, 2));
    const data = { ...surveyed!.data, findings: '篡改' };
    const row = db.prepare(`SELECT * FROM events WHERE stream_id = ? AND version = 2`).get(stream(projectId)) as Record<string, unknown>;
    const content = {
      eventId: row.event_id as string,
      streamId: stream(projectId),
      version: 2,
      type: row.type as string,
      schemaVersion: row.schema_version as number,
      data,
      metadata: JSON.parse(row.metadata as string),
    };
    const forged = eventHash(row.previous_hash as string, content);
    db.prepare(`UPDATE events SET data = ?, hash = ? WHERE stream_id = ? AND version = 2`).run(JSON.stringify(data), forged, stream(projectId));
    expect((await integrity(projectId).expect(200)).body).toEqual({ valid: false, events: 3, brokenAt: 3 });
  });

  it('detects a deleted event in the middle of the stream', async () => {
    const projectId = await journey.driveTo('replySupplyScheme');
    db.prepare(`DELETE FROM events WHERE stream_id = ? AND version = 2`).run(stream(projectId));
    expect((await integrity(projectId).expect(200)).body).toEqual({ valid: false, events: 2, brokenAt: 3 });
    expect(await count(projectId)).toBe(2);
  });

  it('keeps judging each project on its own: an untouched one stays valid', async () => {
    const projectId = await journey.driveTo('replySupplyScheme');
    expect((await integrity(projectId).expect(200)).body).toEqual({ valid: true, events: 3 });
  });

  it('404 for a project that does not exist; 403 for a role other than auditor or admin', async () => {
    expectProblem(await integrity('prj-nowhere'), 404, 'NOT_FOUND');
    const res = await api.http().get('/api/projects/prj-nowhere/integrity').set('Authorization', `Bearer ${api.token('viewer')}`);
    expectProblem(res, 403, 'FORBIDDEN');
  });
});
