import { ProjectionRunner, readReactorProgress, type EventStore } from '#event-sourcing';
import { openSqliteReadStore, type ReadStore } from '#read-store';
import { PROJECTIONS } from '#connection-projects/projections';

/** Every projection's live checkpoint (0 before it is registered). */
export async function checkpoints(readStore: ReadStore): Promise<Record<string, number>> {
  const entries = await Promise.all(
    PROJECTIONS.map(async ({ name }) => {
      const state = await readStore.projectionState(name);
      return [name, state?.generations.find((g) => g.generation === state.liveGeneration)?.checkpoint ?? 0] as const;
    }),
  );
  return Object.fromEntries(entries);
}

/**
 * The log's head once every reader of it stands there: the projections and the supply-accounts process manager, whose
 * own appends (an account for each energized project) move the head until it has read past them. Null before.
 */
export async function settledHead(eventStore: EventStore, readStore: ReadStore): Promise<number | null> {
  const head = await eventStore.headPosition();
  const manager = await readReactorProgress(readStore, 'supply-accounts');
  return [...Object.values(await checkpoints(readStore)), manager.position].every((p) => p === head) ? head : null;
}

/** contentHash of every projection's live collection. */
export async function contentHashes(readStore: ReadStore): Promise<Record<string, string>> {
  const entries = await Promise.all(PROJECTIONS.map(async (p) => [p.name, await readStore.contentHash(p.collection)] as const));
  return Object.fromEntries(entries);
}

/** The reference: the whole log projected by a fresh in-process runner into a fresh in-memory read store. */
export async function cleanRebuildHashes(eventStore: EventStore): Promise<Record<string, string>> {
  const readStore = await openSqliteReadStore({ file: ':memory:' });
  const runner = new ProjectionRunner({ eventStore, readStore, projections: PROJECTIONS });
  await runner.start();
  const reached = await runner.waitFor(await eventStore.headPosition(), 20_000);
  await runner.stop();
  if (!reached) throw new Error('the reference rebuild did not reach the head of the log');
  const hashes = await contentHashes(readStore);
  await readStore.close();
  return hashes;
}
