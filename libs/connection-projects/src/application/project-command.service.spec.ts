import { openSqliteEventStore, type EventStore } from '#event-sourcing';
import { DEFAULT_POLICY_SCHEDULE, DomainError } from '../domain/index.js';
import { acceptApplication, recordSiteSurvey, replySupplyScheme, submitDesign } from '../domain/testing/command.fixtures.js';
import { decisionContext, FIXTURE_NOW, FIXTURE_PROJECT_ID } from '../domain/testing/context.fixtures.js';
import type { CommandMeta } from './command-meta.js';
import { PreconditionFailedError } from './precondition-failed.error.js';
import { ProjectCommandService } from './project-command.service.js';

/**
 * Two services on one store stand for two API instances: each keeps the states it folded, so one of them can be
 * behind the stream when the other has appended. A kept state must never turn into a wrong refusal.
 */
const meta = (overrides: Partial<CommandMeta> = {}): CommandMeta => ({
  identity: decisionContext().actor,
  fingerprint: 'f',
  ...overrides,
});
const clock = { now: () => new Date(FIXTURE_NOW) };
/** The next command arrives strictly after the appends so far: one recorded in its very millisecond counts as a race. */
const later = () => new Promise((resolve) => setTimeout(resolve, 2));
const instance = (store: EventStore) => new ProjectCommandService(store, clock, DEFAULT_POLICY_SCHEDULE);

describe('ProjectCommandService with kept states', () => {
  let store: EventStore & { close(): Promise<void> };
  let first: ProjectCommandService;
  let second: ProjectCommandService;
  beforeEach(async () => {
    store = await openSqliteEventStore({ file: ':memory:' });
    first = instance(store);
    second = instance(store);
    await first.handle(acceptApplication(), meta());
    await second.handle(recordSiteSurvey(), meta()); // second now keeps version 2
    await later();
  });
  afterEach(() => store.close());

  it('decides again on the fresh stream when another instance appended since (no 409 for a command that fits)', async () => {
    await first.handle(replySupplyScheme(), meta()); // first sees 2 (fresh), appends 3; second still keeps 2
    await later();
    const answer = await second.handle(submitDesign(), meta({ ifMatch: 3 }));
    expect(answer).toMatchObject({ version: 4, events: ['DesignSubmitted'] });
  });

  it('a conflict with an append recorded before the command arrived is no race: decided again, accepted', async () => {
    // first keeps version 1 (second surveyed since); a survey may be recorded again, so only the append can object.
    const answer = await first.handle(recordSiteSurvey(), meta());
    expect(answer).toMatchObject({ version: 3, events: ['SiteSurveyed'] });
    await later();
    expect((await second.handle(recordSiteSurvey(), meta())).version).toBe(4);
  });

  it('refuses on the fresh stream, not on the kept one: If-Match of the true head passes, a stale one is 412', async () => {
    await first.handle(replySupplyScheme(), meta());
    await later();
    await expect(second.handle(submitDesign(), meta({ ifMatch: 2 }))).rejects.toBeInstanceOf(PreconditionFailedError);
    expect((await second.handle(submitDesign(), meta({ ifMatch: 3 }))).version).toBe(4);
  });

  it('keeps a refusal that the fresh stream confirms', async () => {
    await expect(second.handle(acceptApplication(), meta())).rejects.toBeInstanceOf(DomainError);
    expect((await store.readStream(`project-${FIXTURE_PROJECT_ID}`)).map((e) => e.type)).toEqual([
      'ApplicationAccepted',
      'SiteSurveyed',
    ]);
  });

  it('two commands racing in one instance: one wins, the loser is a 409 CONCURRENCY_CONFLICT, never re-decided', async () => {
    const answers = await Promise.allSettled([first.handle(replySupplyScheme(), meta()), first.handle(replySupplyScheme(), meta())]);
    const refused = answers.filter((a): a is PromiseRejectedResult => a.status === 'rejected');
    expect(answers.filter((a) => a.status === 'fulfilled')).toHaveLength(1);
    expect(refused.map((r) => (r.reason as { code: string }).code)).toEqual(['CONCURRENCY_CONFLICT']);
    expect(await store.readStream(`project-${FIXTURE_PROJECT_ID}`)).toHaveLength(3);
  });

  it('answers a replay with the first answer even when the rules would now refuse it', async () => {
    const keyed = meta({ idempotencyKey: 'k-1' });
    const original = await first.handle(replySupplyScheme(), keyed);
    const replay = await first.handle(replySupplyScheme(), keyed);
    expect(replay).toEqual({ ...original, replayed: true });
  });

  it('answers a replay recognised by the append itself (the rules still allow the command)', async () => {
    const keyed = meta({ idempotencyKey: 'k-2' });
    const answer = await first.handle(recordSiteSurvey(), keyed); // a survey may be recorded again
    const replay = await first.handle(recordSiteSurvey(), keyed);
    expect(replay).toEqual({ ...answer, replayed: true });
    expect(await store.readStream(`project-${FIXTURE_PROJECT_ID}`)).toHaveLength(3);
  });
});
