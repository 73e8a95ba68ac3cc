import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import { ApiHarness } from '../support/api-harness.js';
import { Journey, type CommandName } from '../support/journey.js';
import { readLog, structuralViolations, withEventStore } from './support/log-audit.js';

const PROJECTS = 4;
const WRITERS = 12;
const ATTEMPTS = 6;

interface Attempt {
  projectId: string;
  correlationId: string;
  ifMatch?: number;
  res: Response;
}

/**
 * Many clients on the same projects at once. Whatever interleaving the server sees: every 201's event is in the stream
 * at the answered version and position (no lost update), versions stay gapless, and every loser is told so (409 or
 * 412; 422 when it arrives after the winner made its command invalid) and wrote nothing.
 */
describe('races: many writers on the same projects', () => {
  let api: ApiHarness;
  let journey: Journey;
  const tally: Record<string, number> = {};
  beforeAll(async () => {
    api = await ApiHarness.start();
    journey = new Journey(api);
  });
  afterAll(async () => {
    console.log(`races: ${Object.entries(tally).map(([k, n]) => `${k} ${n}`).join(', ')}`);
    await api.close();
  });

  const currentVersion = async (projectId: string): Promise<number> => (await journey.events(projectId)).at(-1)!.version;

  const attempt = async (name: CommandName, projectId: string, writer: number, ifMatch?: number): Promise<Attempt> => {
    const correlationId = `race-${randomUUID()}`;
    const body = journey.body(name);
    if (name === 'reviseSupplyScheme') body.reason = `修订 ${correlationId}`;
    const headers: Record<string, string> = { 'X-Correlation-Id': correlationId };
    if (ifMatch !== undefined) headers['If-Match'] = `"${ifMatch}"`;
    const res = await journey.send(name, projectId, { body, headers, tokenOptions: { sub: `writer-${writer}` } });
    return { projectId, correlationId, ifMatch, res };
  };

  /** The log against the answers: winners exactly where they were told, losers nowhere, nothing else written. */
  async function audit(attempts: Attempt[], before: Map<string, number>, loserStatuses: number[]): Promise<void> {
    const log = await withEventStore(api.config.dataDir, readLog);
    expect(structuralViolations(log)).toEqual([]);
    const problems: string[] = [];
    for (const { projectId, correlationId, ifMatch, res } of attempts) {
      const label = `${res.status}${ifMatch === undefined ? '' : ' with If-Match'}`;
      tally[label] = (tally[label] ?? 0) + 1;
      const written = log.byCorrelationId.get(correlationId) ?? [];
      if (res.status === 201) {
        const event = written[0];
        const where = event && `${event.streamId}@${event.version}#${event.position}`;
        const told = `project-${projectId}@${res.body.version}#${res.body.position}`;
        if (written.length !== 1 || where !== told) problems.push(`201 ${correlationId}: told ${told}, log has ${where} (${written.length})`);
        if (ifMatch !== undefined && res.body.version !== ifMatch + 1) problems.push(`201 on If-Match ${ifMatch} wrote version ${res.body.version}`);
      } else {
        if (!loserStatuses.includes(res.status)) problems.push(`loser ${correlationId}: ${res.status} ${JSON.stringify(res.body)}`);
        if (written.length) problems.push(`loser ${correlationId} (${res.status}) wrote ${written.length} events`);
      }
    }
    for (const [projectId, initial] of before) {
      const wins = attempts.filter((a) => a.projectId === projectId && a.res.status === 201).length;
      const stream = log.streams.get(`project-${projectId}`)!;
      if (stream.length !== initial + wins) problems.push(`${projectId}: ${stream.length} events, ${initial} + ${wins} wins`);
    }
    expect(problems).toEqual([]);
  }

  async function raceRevisions(withIfMatch: boolean): Promise<Attempt[]> {
    const projectIds = await Promise.all(Array.from({ length: PROJECTS }, () => journey.driveTo('replySupplyScheme')));
    const before = new Map(projectIds.map((id) => [id, 3]));
    const writers = projectIds.flatMap((projectId) =>
      Array.from({ length: WRITERS }, async (_, writer) => {
        const mine: Attempt[] = [];
        for (let i = 0; i < ATTEMPTS; i++) {
          const seen = withIfMatch ? await currentVersion(projectId) : undefined;
          mine.push(await attempt('reviseSupplyScheme', projectId, writer, seen));
        }
        return mine;
      }),
    );
    const attempts = (await Promise.all(writers)).flat();
    await audit(attempts, before, withIfMatch ? [409, 412] : [409]);
    return attempts;
  }

  it(`${PROJECTS} projects × ${WRITERS} writers × ${ATTEMPTS} revisions each, every one with If-Match`, async () => {
    const attempts = await raceRevisions(true);
    // The race was real: somebody lost, and somebody other than the first writer won.
    expect(attempts.some((a) => a.res.status !== 201)).toBe(true);
    expect(attempts.filter((a) => a.res.status === 201).length).toBeGreaterThan(PROJECTS);
    for (const loser of attempts.filter((a) => a.res.status !== 201)) {
      expect(loser.res.body.code).toBe(loser.res.status === 412 ? 'PRECONDITION_FAILED' : 'CONCURRENCY_CONFLICT');
    }
  });

  it(`${PROJECTS} projects × ${WRITERS} writers × ${ATTEMPTS} revisions each, without If-Match`, async () => {
    const attempts = await raceRevisions(false);
    expect(attempts.filter((a) => a.res.status === 201).length).toBeGreaterThan(PROJECTS);
  });

  it('one transition raced by many: exactly one winner per project, with and without If-Match', async () => {
    // The scheme reply happens once per project (a change is a revision): the same reply from many approvers at once.
    const projectIds = await Promise.all(Array.from({ length: 2 * PROJECTS }, () => journey.driveTo('recordSiteSurvey')));
    const attempts = (
      await Promise.all(
        projectIds.flatMap((projectId, p) =>
          Array.from({ length: WRITERS }, (_, writer) => attempt('replySupplyScheme', projectId, writer, p % 2 ? 2 : undefined)),
        ),
      )
    ).flat();
    await audit(attempts, new Map(projectIds.map((id) => [id, 2])), [409, 412, 422]);
    for (const projectId of projectIds) {
      expect(attempts.filter((a) => a.projectId === projectId && a.res.status === 201)).toHaveLength(1);
    }
    expect(await currentVersion(projectIds[0]!)).toBe(3);
  });
});
