import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteEventStore, readReactorProgress, type EventStore, type NewEvent } from '#event-sourcing';
import { openSqliteReadStore, type ReadStore } from '#read-store';
import {
  accountStreamId,
  encodeAccountEvent,
  encodeProjectEvent,
  projectStreamId,
  type AccountEvent,
  type ProjectEvent,
} from '#connection-projects/domain';
import { projectHistory } from '#connection-projects/testing';
import { KILL_AFTER_APPEND_ENV } from '#connection-projects';
import { accountOpened, SPLIT_PARTS } from '../support/account-routes.js';
import { pollUntil, startProjector, type ProjectorProcess } from '../support/projector-process.js';

const PERSON = { id: 'u-1', name: '王工', role: 'meterTechnician', orgUnit: 'HZ-XH-STATION-01' };

/**
 * The supply-accounts process manager in apps/projector, killed with SIGKILL at the worst moment: right after it
 * appended a command, before its checkpoint is saved (a fault hook only tests set, KILL_AFTER_APPEND_ENV). Restarted
 * without the hook, it reads the same events again and must find its work done in the target streams: exactly one
 * account opened per energization, exactly one per split part.
 */
describe('supply-accounts process manager killed between its append and its checkpoint', () => {
  let dataDir: string;
  let events: EventStore;
  let reads: ReadStore;
  let running: ProjectorProcess | null = null;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'supply-accounts-crash-'));
    events = await openSqliteEventStore({ file: join(dataDir, 'events.sqlite') });
    reads = await openSqliteReadStore({ file: join(dataDir, 'read-models.sqlite') });
  });
  afterAll(async () => {
    running?.child.kill('SIGKILL');
    await running?.exited;
    await events.close();
    await reads.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const env = (crash: boolean) => ({ DATA_DIR: dataDir, PROJECTOR_POLL_MS: '20', [KILL_AFTER_APPEND_ENV]: crash ? '1' : '' });

  /** Appends as people did, one command per event. */
  async function record(streamId: string, list: (ProjectEvent | AccountEvent)[], encode: (e: never) => { type: string; schemaVersion: number; data: unknown }) {
    const expectedVersion = (await events.readStream(streamId)).length;
    const news: NewEvent[] = list.map((event, i) => {
      const commandId = `${streamId}-${expectedVersion + i + 1}`;
      return { eventId: commandId, ...encode(event as never), metadata: { actor: PERSON, commandId, correlationId: commandId, causationId: null, occurredAt: event.occurredAt } };
    });
    return (await events.append({ streamId, expectedVersion, events: news })).position;
  }

  /** Runs the projector with the hook until it kills itself, then without it until the manager has caught up. */
  async function crashThenRecover(cause: number, atKill: () => Promise<void>): Promise<void> {
    running = startProjector(env(true));
    const exit = await running.exited;
    const output = running.output();
    running = null;
    expect({ exit, output: exit.signal === 'SIGKILL' ? '' : output }).toEqual({ exit: { code: null, signal: 'SIGKILL' }, output: '' });
    const killedAt = (await readReactorProgress(reads, 'supply-accounts')).position;
    // Killed before the checkpoint: the cause is not saved as handled, so the next run reads it again.
    expect(killedAt).toBeLessThan(cause);
    await atKill();

    running = startProjector(env(false));
    const projector = running;
    await pollUntil(
      async () => ({ head: await events.headPosition(), at: (await readReactorProgress(reads, 'supply-accounts')).position }),
      ({ head, at }) => at === head,
      30_000,
      projector.output,
    );
    projector.child.kill('SIGTERM');
    expect(await projector.exited).toEqual({ code: 0, signal: null });
    expect(projector.output()).not.toMatch(/supply-accounts: [A-Z_]+ on .* skipped/);
    running = null;
  }
  const typesOf = async (accountId: string) => (await events.readStream(accountStreamId(accountId))).map((e) => e.type);

  it('opens exactly one account for an energization, and exactly one per split part', async () => {
    const energizedAt = await record(projectStreamId('p-crash'), projectHistory('highVoltageSingle', 'energized').map(withProject('p-crash')), encodeProjectEvent);
    // Killed right after the account was appended: it is there, the checkpoint is not.
    await crashThenRecover(energizedAt, async () => expect(await typesOf('acct-p-crash')).toEqual(['SupplyAccountOpened']));
    expect(await typesOf('acct-p-crash')).toEqual(['SupplyAccountOpened']);

    // A split of two parts: the kill comes after the first part's append, the second is opened after the restart.
    await record(accountStreamId('acct-split'), [accountOpened('acct-split')], encodeAccountEvent);
    const split = { type: 'SupplyAccountSplit', occurredAt: '2025-06-02T01:00:00.000Z', data: { accountId: 'acct-split', parts: SPLIT_PARTS.map((part, i) => ({ accountId: `acct-split-${i + 1}`, ...part })) } };
    const splitAt = await record(accountStreamId('acct-split'), [split as AccountEvent], encodeAccountEvent);
    await crashThenRecover(splitAt, async () => {
      expect([await typesOf('acct-split-1'), await typesOf('acct-split-2')]).toEqual([['SupplyAccountOpened'], []]);
    });
    expect([await typesOf('acct-split-1'), await typesOf('acct-split-2')]).toEqual([['SupplyAccountOpened'], ['SupplyAccountOpened']]);
    expect(await typesOf('acct-p-crash')).toEqual(['SupplyAccountOpened']);
  }, 120_000);
});

const withProject = (projectId: string) => (event: ProjectEvent): ProjectEvent =>
  ({ ...event, data: { ...event.data, projectId } }) as ProjectEvent;
