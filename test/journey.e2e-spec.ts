import type { Response } from 'supertest';
import { ApiHarness } from './support/api-harness.js';
import { DATED_JOURNEY, instant, runDatedJourney } from './support/dated-journey.js';
import { Journey, route, type EventItem } from './support/journey.js';
import { expectProblem } from './support/problems.js';

const GENESIS = '0'.repeat(64);

/**
 * A high-voltage dual-source project from application to post-connection check, recorded through HTTP with business
 * times across the 2025 National Day holiday, then read back from `/events` by an auditor: order, paging and metadata.
 */
describe('a high-voltage dual-source journey through HTTP, read back from /events', () => {
  let api: ApiHarness;
  let journey: Journey;
  let answers: Response[];
  let events: EventItem[];
  const projectId = 'prj-2025-hz-dual-0001';
  let started: number;
  const auditor = () => `Bearer ${api.token('auditor')}`;
  const get = (query: string) => api.http().get(`/api/projects/${projectId}/events${query}`).set('Authorization', auditor());

  beforeAll(async () => {
    api = await ApiHarness.start();
    journey = new Journey(api);
    started = Date.now();
    answers = await runDatedJourney(journey, projectId);
    events = (await get('?limit=1000').expect(200)).body.items;
  });
  afterAll(() => api.close());

  it('accepted every step with the next version, its ETag and its event type', () => {
    answers.forEach((res, i) => {
      expect(res.body).toEqual({ projectId, version: i + 1, position: expect.any(Number), events: [DATED_JOURNEY[i]!.event] });
      expect(res.headers.etag).toBe(`"${i + 1}"`);
    });
  });

  it('lists the events in version order with increasing positions', () => {
    expect(events.map((e) => e.type)).toEqual(DATED_JOURNEY.map((s) => s.event));
    expect(events.map((e) => e.version)).toEqual(DATED_JOURNEY.map((_, i) => i + 1));
    expect(events.map((e) => e.position)).toEqual(answers.map((a) => a.body.position));
    events.slice(1).forEach((e, i) => expect(e.position).toBeGreaterThan(events[i]!.position));
  });

  it('keeps each business time as given and records when it was written', () => {
    expect(events.map((e) => instant(e.occurredAt))).toEqual(DATED_JOURNEY.map((s) => instant(s.occurredAt)));
    for (const e of events) {
      expect(instant(e.recordedAt)).toBeGreaterThanOrEqual(started - 1000);
      expect(instant(e.recordedAt)).toBeGreaterThan(instant(e.occurredAt));
    }
    events.slice(1).forEach((e, i) => expect(instant(e.recordedAt)).toBeGreaterThanOrEqual(instant(events[i]!.recordedAt)));
  });

  it('names the actor of each event from its token: the route’s role', () => {
    events.forEach((e, i) => {
      const role = route(DATED_JOURNEY[i]!.name).roles[0]!;
      expect(e.actor).toEqual({ id: `${role}-1`, name: `${role} 1`, role, orgUnit: 'hz-city' });
    });
  });

  it('carries the command id, the X-Correlation-Id sent, and no causation', () => {
    const commandIds = new Set(events.map((e) => e.commandId));
    expect(commandIds.size).toBe(events.length);
    events.forEach((e, i) => {
      expect(e.eventId).toEqual(expect.any(String));
      expect(e.commandId).toMatch(/^[0-9a-f-]{36}$/);
      expect(e.correlationId).toBe(`${projectId}.corr-${i + 1}`);
      expect(e.causationId).toBeNull();
    });
    expect(new Set(events.map((e) => e.eventId)).size).toBe(events.length);
  });

  it('chains the hashes: genesis first, then each previousHash is the hash before it', () => {
    expect(events[0]!.previousHash).toBe(GENESIS);
    for (const e of events) expect(e.hash).toMatch(/^[0-9a-f]{64}$/);
    events.slice(1).forEach((e, i) => expect(e.previousHash).toBe(events[i]!.hash));
  });

  it('records the rounds: a rejected design with its opinions, the rectification, the failed acceptance', () => {
    const data = (type: string) => events.filter((e) => e.type === type).map((e) => e.data);
    expect(data('DesignReviewed')).toEqual([
      expect.objectContaining({ result: 'rejected', round: 1, opinions: expect.arrayContaining([expect.stringContaining('保安负荷')]) }),
      expect.objectContaining({ result: 'approved', round: 2 }),
    ]);
    expect(data('IntermediateInspectionRecorded').map((d) => [d.result, d.round])).toEqual([['rectificationRequired', 1], ['passed', 2]]);
    expect(data('AcceptanceRecorded').map((d) => [d.result, d.round])).toEqual([['failed', 1], ['passed', 2]]);
    expect(data('ApplicationAccepted')[0]).toMatchObject({ projectId, customerClass: 'highVoltageDual', policyVersion: 'seed' });
  });

  it('pages with limit and fromVersion; nextFromVersion is null on the last page', async () => {
    const pages: EventItem[][] = [];
    let from: number | null = 1;
    const nexts: (number | null)[] = [];
    while (from !== null) {
      const body: { items: EventItem[]; nextFromVersion: number | null } = (await get(`?fromVersion=${from}&limit=5`).expect(200)).body;
      pages.push(body.items);
      nexts.push(body.nextFromVersion);
      from = body.nextFromVersion;
    }
    expect(pages.map((p) => p.length)).toEqual([5, 5, 5, 3]);
    expect(nexts).toEqual([6, 11, 16, null]);
    expect(pages.flat()).toEqual(events);
  });

  it('answers the edges of paging', async () => {
    expect((await get('?limit=18').expect(200)).body.nextFromVersion).toBeNull();
    expect((await get('?limit=17').expect(200)).body.nextFromVersion).toBe(18);
    expect((await get('?fromVersion=18').expect(200)).body).toEqual({ items: [events[17]], nextFromVersion: null });
    expect((await get('?fromVersion=19').expect(200)).body).toEqual({ items: [], nextFromVersion: null });
    expect((await get('').expect(200)).body.items).toHaveLength(18);
  });

  it.each(['?limit=0', '?limit=1001', '?limit=2.5', '?fromVersion=0', '?fromVersion=abc', '?fromVersion=-1', '?page=2', '?limit=5&limit=6'])(
    '400 VALIDATION_FAILED for %s',
    async (query) => {
      expectProblem(await get(query), 400, 'VALIDATION_FAILED');
    },
  );

  it('404 for the events of a project that does not exist', async () => {
    const res = await api.http().get('/api/projects/prj-nowhere/events').set('Authorization', auditor());
    expectProblem(res, 404, 'NOT_FOUND');
  });

  it('defaults the correlation id to the command id, and passes X-Causation-Id through', async () => {
    const other = await journey.apply();
    await journey.step('recordSiteSurvey', other, { headers: { 'X-Causation-Id': 'evt-upstream-1' } });
    const [accepted, surveyed] = await journey.events(other);
    expect(accepted!.correlationId).toBe(accepted!.commandId);
    expect(surveyed!.causationId).toBe('evt-upstream-1');
  });
});
