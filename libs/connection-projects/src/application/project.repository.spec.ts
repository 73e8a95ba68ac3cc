import { openSqliteEventStore, type EventStore, type ReadStreamOptions } from '#event-sourcing';
import { aNewEvent } from '#event-sourcing/testing';
import { decodeProjectEvent, foldProject, projectStreamId } from '../domain/index.js';
import { FOLDED_STATES_KEPT, ProjectRepository } from './project.repository.js';

/** Records what the repository asks the store, to show that a kept state is continued from its version. */
function spying(store: EventStore): { store: EventStore; asked: (ReadStreamOptions | undefined)[] } {
  const asked: (ReadStreamOptions | undefined)[] = [];
  const spy = Object.create(store) as EventStore;
  spy.readStream = (streamId, options) => {
    asked.push(options);
    return store.readStream(streamId, options);
  };
  return { store: spy, asked };
}

const accepted = (projectId: string) => aNewEvent('ApplicationAccepted', { projectId, customer: { id: 'c-1' } });

describe('ProjectRepository', () => {
  let store: EventStore & { close(): Promise<void> };
  beforeEach(async () => {
    store = await openSqliteEventStore({ file: ':memory:' });
  });
  afterEach(() => store.close());

  it('reads version 0 and the initial state for a project that does not exist', async () => {
    const loaded = await new ProjectRepository(store).load('nope');
    expect(loaded.version).toBe(0);
    expect(loaded.state).toEqual(foldProject([]));
  });

  it('answers a kept project from memory, without asking the store', async () => {
    const { store: spy, asked } = spying(store);
    const repository = new ProjectRepository(spy);
    await store.append({ streamId: projectStreamId('p-1'), expectedVersion: 0, events: [accepted('p-1')] });
    expect(await repository.load('p-1')).toMatchObject({ version: 1, kept: false });
    const reads = asked.length;
    expect(await repository.load('p-1')).toMatchObject({ version: 1, kept: true });
    expect(asked).toHaveLength(reads);
  });

  it('on a fresh load continues a kept state with the events another writer appended, equal to a full fold', async () => {
    const { store: spy, asked } = spying(store);
    const repository = new ProjectRepository(spy);
    const streamId = projectStreamId('p-1');
    await store.append({ streamId, expectedVersion: 0, events: [accepted('p-1')] });
    expect((await repository.load('p-1')).version).toBe(1);
    // Appended behind the repository's back (another API instance): a kept load cannot know, a fresh one sees it.
    await store.append({ streamId, expectedVersion: 1, events: [aNewEvent('ProjectCancelled', { reason: 'x' })] });
    expect((await repository.load('p-1')).version).toBe(1);
    const loaded = await repository.load('p-1', { fresh: true });
    expect(loaded).toMatchObject({ version: 2, kept: false });
    expect(loaded.state).toEqual(foldProject((await store.readStream(streamId)).map((e) => decodeProjectEvent(e)!)));
    expect(asked.at(-1)?.fromVersion).toBe(2);
    expect(repository.keptVersion('p-1')).toBe(2);
  });

  it('advances a kept state with this process\'s own appends, never backwards', async () => {
    const repository = new ProjectRepository(store);
    await store.append({ streamId: projectStreamId('p-1'), expectedVersion: 0, events: [accepted('p-1')] });
    const first = await repository.load('p-1');
    const later = { state: { ...first.state }, version: 3 };
    repository.advance('p-1', later);
    repository.advance('p-1', { state: first.state, version: 2 });
    expect(await repository.load('p-1')).toEqual({ ...later, kept: true });
  });

  it('keeps nothing for a project that does not exist', async () => {
    const repository = new ProjectRepository(store);
    await repository.load('nope');
    repository.advance('nope', { state: foldProject([]), version: 0 });
    expect(repository.keptVersion('nope')).toBe(0);
  });

  it('keeps at most FOLDED_STATES_KEPT projects, dropping the least recently used first', async () => {
    const { store: spy, asked } = spying(store);
    const repository = new ProjectRepository(spy);
    for (const id of ['first', 'second']) {
      await store.append({ streamId: projectStreamId(id), expectedVersion: 0, events: [accepted(id)] });
      await repository.load(id);
    }
    for (let i = 0; i < FOLDED_STATES_KEPT - 1; i++) {
      await store.append({ streamId: projectStreamId(`p-${i}`), expectedVersion: 0, events: [accepted(`p-${i}`)] });
      await repository.load(`p-${i}`);
    }
    const reads = asked.length;
    await repository.load('second');
    expect(asked).toHaveLength(reads);
    await repository.load('first');
    expect(asked).toHaveLength(reads + 1);
    expect(asked.at(-1)?.fromVersion ?? 1).toBe(1);
  });
});
