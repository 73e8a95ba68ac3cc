import type { ReadDocument, ReadStore } from './read-store.port.js';

/** Test helpers shared by the adapter contract and the runner specs. */
export const PROJECTION = { name: 'things', collection: 'things', version: 1 } as const;
export const LIVE = { name: PROJECTION.name, generation: 1 } as const;

/** Registers the `things` projection and writes the documents at their positions (default: 1, 2, 3 …). */
export async function seed(
  store: ReadStore,
  docs: Array<{ id: string; doc: ReadDocument; position?: number }>,
  checkpoint = docs.length,
): Promise<void> {
  await store.registerProjection(PROJECTION);
  const upserts = docs.map(({ id, doc, position }, i) => ({
    collection: PROJECTION.collection,
    id,
    doc,
    position: position ?? i + 1,
  }));
  await store.commit(LIVE, { upserts, deletes: [] }, checkpoint);
}

export const ids = (items: Array<{ _id: string }>): string[] => items.map((item) => item._id);

export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of iterable) all.push(item);
  return all;
}
