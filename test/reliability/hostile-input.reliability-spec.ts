import { join } from 'node:path';
import fc from 'fast-check';
import type { Test } from 'supertest';
import { openSqliteEventStore, type EventStore } from '#event-sourcing';
import { ApiHarness } from '../support/api-harness.js';
import { COMMAND_EXAMPLES, Journey, ROUTES, type RouteSpec } from '../support/journey.js';
import { bodyCase, headerCase, pathId } from './support/hostile-arbitraries.js';
import { readLog, structuralViolations } from './support/log-audit.js';

const SCALE = Number(process.env.RELIABILITY_FUZZ_SCALE ?? 1);
const BODY_RUNS_PER_ROUTE = Math.round(250 * SCALE);
const HEADER_RUNS = Math.round(1000 * SCALE);
const PATH_RUNS = Math.round(800 * SCALE);

/**
 * Property-based fuzzing of every command route (fast-check): bodies, headers and path ids no well-behaved client
 * would send. Whatever arrives: never a 5xx; a 4xx is a problem+json and leaves the log's head where it was; a 2xx
 * (a mutation that happened to stay valid) wrote exactly one event, or none if it replayed an earlier answer. The server is healthy afterwards.
 */
describe('hostile input, fuzzed', () => {
  let api: ApiHarness;
  let journey: Journey;
  let log: EventStore;
  /** For each route, a project at the step where the route's command is valid: mutations reach the rules too. */
  const targets = new Map<string, string>();
  const tally = new Map<string, Map<number, number>>();
  const seed = Number(process.env.RELIABILITY_SEED) || Math.floor(Math.random() * 2 ** 31);

  beforeAll(async () => {
    api = await ApiHarness.start();
    journey = new Journey(api);
    log = await openSqliteEventStore({ file: join(api.config.dataDir, 'events.sqlite') });
    for (const spec of ROUTES) targets.set(spec.name, await journey.readyFor(spec.name));
  }, 120_000);
  afterAll(async () => {
    const lines = [...tally].map(([family, byStatus]) => {
      const total = [...byStatus.values()].reduce((a, b) => a + b, 0);
      return `  ${family}: ${total} cases (${[...byStatus].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(' ')})`;
    });
    const all = [...tally.values()].flatMap((m) => [...m.values()]).reduce((a, b) => a + b, 0);
    console.log([`hostile input: ${all} fuzzed requests, fast-check seed ${seed}`, ...lines].join('\n'));
    await log.close();
    await api.close();
  });

  const request = (spec: RouteSpec, id: string, headers: Record<string, string>, body: string): Test => {
    // `id` goes into the path as generated (already encoded, or deliberately not): the route's own encoding is bypassed.
    let req = api.http().post(spec.path('ID').replace('/ID/', `/${id}/`));
    for (const [name, value] of Object.entries(headers)) req = req.set(name, value);
    return req.send(body);
  };

  /**
   * Events written after `position` by requests: the supply-accounts process manager appends in the background (an
   * account for each energized project) whenever it reads an energization, which is no request's doing.
   */
  const written = async (position: number) =>
    (await log.readAll({ after: position, limit: 1000 })).filter((e) => e.metadata.actor.id !== 'system:supply-accounts').length;

  /** The property every case must hold, whatever it sent. */
  async function check(family: string, send: () => Test): Promise<void> {
    const before = await log.headPosition();
    const res = await send();
    const moved = await written(before);
    const byStatus = tally.get(family) ?? new Map<number, number>();
    byStatus.set(res.status, (byStatus.get(res.status) ?? 0) + 1);
    tally.set(family, byStatus);
    const what = `${res.status} ${res.text.slice(0, 300)}`;
    if (res.status >= 500) throw new Error(`5xx: ${what}`);
    if (res.status >= 400) {
      if (!/^application\/problem\+json/.test(res.headers['content-type'] ?? '')) throw new Error(`not a problem: ${what}`);
      if (moved !== 0) throw new Error(`a ${res.status} wrote ${moved} events: ${what}`);
    } else {
      // A key sent twice with the same request is a replay of the first answer: it writes nothing.
      const expected = res.headers['idempotent-replayed'] === 'true' ? 0 : 1;
      if (res.status !== 201 || moved !== expected) throw new Error(`a ${res.status} wrote ${moved} events: ${what}`);
    }
  }

  const auth = (spec: RouteSpec) => ({ Authorization: `Bearer ${api.token(spec.roles[0]!)}`, 'Content-Type': 'application/json' });

  it.each(ROUTES.map((r) => [r.name, r] as const))(`${BODY_RUNS_PER_ROUTE} bodies to %s`, async (_name, spec) => {
    const valid = structuredClone(COMMAND_EXAMPLES[spec.name]) as Record<string, unknown>;
    await fc.assert(
      fc.asyncProperty(bodyCase(valid), ({ family, body }) =>
        check(`body: ${family}`, () => request(spec, targets.get(spec.name)!, auth(spec), body)),
      ),
      { numRuns: BODY_RUNS_PER_ROUTE, seed },
    );
  });

  it(`${HEADER_RUNS} hostile headers on valid bodies`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ROUTES), headerCase, (spec, { header, value }) => {
        const headers: Record<string, string> = { ...auth(spec), [header]: value };
        const body = JSON.stringify(COMMAND_EXAMPLES[spec.name]);
        return check(`header: ${header}`, () => request(spec, targets.get(spec.name)!, headers, body));
      }),
      { numRuns: HEADER_RUNS, seed },
    );
  });

  it(`${PATH_RUNS} hostile path ids`, async () => {
    const withId = ROUTES.filter((r) => r.name !== 'acceptApplication');
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...withId), pathId, (spec, id) =>
        check('path id', () => request(spec, id, auth(spec), JSON.stringify(COMMAND_EXAMPLES[spec.name]))),
      ),
      { numRuns: PATH_RUNS, seed },
    );
  });

  it('is healthy afterwards: /api/health 200, a valid command accepted, the log sound', async () => {
    const health = await api.http().get('/api/health');
    expect(health.status).toBe(200);
    expect(health.body.status).toBe('ok');
    await journey.driveTo('replySupplyScheme');
    expect(structuralViolations(await readLog(log))).toEqual([]);
  });
});
