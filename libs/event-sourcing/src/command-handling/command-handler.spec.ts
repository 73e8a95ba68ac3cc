import { ConcurrencyError, IdempotencyKeyReusedError } from '../errors.js';
import type { EventStore } from '../event-store.port.js';
import { aNewEvent } from '../event-store.fixtures.js';
import { eventIdFor } from '../ids.js';
import { openSqliteEventStore } from '../sqlite/sqlite-event-store.js';
import { CommandHandler, type CommandEnvelope } from './command-handler.js';
import { ACTOR, AT, counted, counterAggregate, opened, type Counter, type CounterEvent } from './counter.fixtures.js';

const handlerOn = (store: EventStore, keptStates = 10) =>
  new CommandHandler<CounterEvent, Counter>(store, counterAggregate, { commandIdNamespace: 'counter/command', keptStates });
const byClerk: CommandEnvelope = { actor: ACTOR };
const withKey = (key: string, fingerprint = 'f-1'): CommandEnvelope => ({ actor: ACTOR, idempotency: { callerId: ACTOR.id, key, fingerprint } });
/** A decision that needs the counter to exist (as every command but the creating one does). */
const count = (by: number) => ({ state, version }: { state: Counter; version: number }) => {
  if (version === 0 || !state.opened) throw new Error('NOT_FOUND');
  return [counted(by)];
};

describe('CommandHandler: read → fold → decide → append with the exact version and the idempotency record', () => {
  let store: EventStore & { close(): Promise<void> };
  let handler: CommandHandler<CounterEvent, Counter>;
  beforeEach(async () => {
    store = await openSqliteEventStore({ file: ':memory:' });
    handler = handlerOn(store);
  });
  afterEach(() => store.close());

  it('given no stream when a creating command is decided then the stream starts at version 1 with its event', async () => {
    const answer = await handler.handle('c-1', byClerk, ({ version }) => (version === 0 ? [opened()] : []));
    expect(answer).toEqual({ streamId: 'counter-c-1', version: 1, position: 1, events: ['CounterOpened'] });
    const [stored] = await store.readStream('counter-c-1');
    expect(stored.metadata).toMatchObject({ actor: ACTOR, occurredAt: AT, causationId: null });
    expect(stored.metadata.correlationId).toBe(stored.metadata.commandId);
  });

  it('given no stream when a command needs it then the refusal stands and nothing is written', async () => {
    await expect(handler.handle('c-1', byClerk, count(1))).rejects.toThrow('NOT_FOUND');
    expect(await store.readStream('counter-c-1')).toEqual([]);
  });

  it('given a stream when a command is decided then it sees the folded state and appends at the next version', async () => {
    await handler.handle('c-1', byClerk, () => [opened()]);
    await handler.handle('c-1', byClerk, count(2));
    const seen: Counter[] = [];
    const answer = await handler.handle('c-1', byClerk, (folded) => (seen.push(folded.state), count(3)(folded)));
    expect(seen).toEqual([{ opened: true, total: 2 }]);
    expect(answer).toMatchObject({ version: 3, events: ['Counted'] });
  });

  it('given the same key and request again then the first answer comes back, replayed, and nothing is appended', async () => {
    await handler.handle('c-1', byClerk, () => [opened()]);
    const first = await handler.handle('c-1', withKey('k-1'), count(1));
    const again = await handlerOn(store).handle('c-1', withKey('k-1'), count(1));
    expect(again).toEqual({ ...first, replayed: true });
    expect(await store.readStream('counter-c-1')).toHaveLength(2);
  });

  it('given the same key with another request then IDEMPOTENCY_KEY_REUSED and nothing is appended', async () => {
    await handler.handle('c-1', byClerk, () => [opened()]);
    await handler.handle('c-1', withKey('k-1'), count(1));
    await expect(handler.handle('c-1', withKey('k-1', 'f-2'), count(5))).rejects.toBeInstanceOf(IdempotencyKeyReusedError);
    expect(await store.readStream('counter-c-1')).toHaveLength(2);
  });

  it('given a system command with a derived id and a cause then its events carry both, and their ids derive from it', async () => {
    await handler.handle('c-1', byClerk, () => [opened()]);
    const system = { id: 'system:counting', name: 'system:counting', role: 'system', orgUnit: 'system' };
    await handler.handle('c-1', { actor: system, commandId: 'cmd-from-event-42', causationId: 'event-42' }, count(1));
    const [, stored] = await store.readStream('counter-c-1');
    expect(stored.eventId).toBe(eventIdFor('cmd-from-event-42', 0));
    expect(stored.metadata).toMatchObject({
      actor: system,
      commandId: 'cmd-from-event-42',
      correlationId: 'cmd-from-event-42',
      causationId: 'event-42',
    });
  });

  it('given another writer between the read and the append (no kept states) then the append is refused with a conflict', async () => {
    const reading = handlerOn(store, 0);
    await reading.handle('c-1', byClerk, () => [opened()]);
    const racing = reading.handle('c-1', byClerk, (folded) => {
      void store.append({ streamId: 'counter-c-1', expectedVersion: 1, events: [aNewEvent('Counted', { by: 9 })] });
      return count(1)(folded);
    });
    await expect(racing).rejects.toBeInstanceOf(ConcurrencyError);
    expect(await store.readStream('counter-c-1')).toHaveLength(2);
  });

  it('given a kept state another instance has moved past then the command is decided again on the fresh stream', async () => {
    const other = handlerOn(store);
    await handler.handle('c-1', byClerk, () => [opened()]);
    await other.handle('c-1', byClerk, count(1)); // other reads version 1 and appends 2; handler still keeps 1
    await new Promise((resolve) => setTimeout(resolve, 2)); // the next command arrives after that append
    const seen: number[] = [];
    const answer = await handler.handle('c-1', byClerk, (folded) => (seen.push(folded.version), count(1)(folded)));
    expect(seen).toEqual([1, 2]);
    expect(answer).toMatchObject({ version: 3 });
  });

  it('given a kept state another instance has moved past then load gives the kept one, and load fresh the stream’s head', async () => {
    const other = handlerOn(store);
    await handler.handle('c-1', byClerk, () => [opened()]);
    await other.handle('c-1', byClerk, count(4));
    expect(await handler.load('c-1')).toMatchObject({ version: 1, state: { opened: true, total: 0 }, kept: true });
    expect(await handler.load('c-1', { fresh: true })).toMatchObject({ version: 2, state: { opened: true, total: 4 }, kept: false });
  });
});
