import { describe, expect, it } from '@jest/globals';
import type { ReadStore } from './read-store.port.js';
import { ProjectionRegistryError } from './read-store.errors.js';
import { LIVE, PROJECTION, collect, ids, seed } from './read-store.fixtures.js';

const C = PROJECTION.collection;
const upsert = (id: string, doc: Record<string, unknown>, position: number) => ({ collection: C, id, doc, position });
const remove = (id: string, position: number) => ({ collection: C, id, position });

/** Projection bookkeeping: position guards, checkpoints, generations, scans and hashes. */
export function describeBookkeepingContract(current: () => ReadStore): void {
  describe('bookkeeping', () => {
    it('never lets an older or equal position overwrite or delete a document', async () => {
      const store = current();
      await seed(store, [{ id: 'a', doc: { v: 'at 5' }, position: 5 }], 5);
      await store.commit(LIVE, { upserts: [upsert('a', { v: 'at 3' }, 3), upsert('a', { v: 'again 5' }, 5)], deletes: [] }, 5);
      await store.commit(LIVE, { upserts: [], deletes: [remove('a', 4)] }, 5);
      expect(await store.get(C, 'a')).toEqual({ v: 'at 5', _id: 'a', _position: 5 });
      await store.commit(LIVE, { upserts: [upsert('a', { v: 'at 8' }, 8)], deletes: [] }, 8);
      expect(await store.get(C, 'a')).toEqual({ v: 'at 8', _id: 'a', _position: 8 });
      await store.commit(LIVE, { upserts: [], deletes: [remove('a', 9)] }, 9);
      expect(await store.get(C, 'a')).toBeNull();
    });

    it('stores a document written back as it was read under its own id and new position, not the stale ones', async () => {
      const store = current();
      await seed(store, [{ id: 'a', doc: { n: 1 }, position: 1 }], 1);
      const read = (await store.get(C, 'a'))!;
      await store.commit(LIVE, { upserts: [upsert('a', { ...read, n: 2 }, 4), upsert('b', { ...read, n: 3 }, 5)], deletes: [] }, 5);
      expect(await store.get(C, 'a')).toEqual({ n: 2, _id: 'a', _position: 4 });
      expect(await store.get(C, 'b')).toEqual({ n: 3, _id: 'b', _position: 5 });
    });

    it('raises the checkpoint with the documents and never lowers it', async () => {
      const store = current();
      await store.registerProjection(PROJECTION);
      expect(await store.checkpoint(LIVE)).toBe(0);
      await store.commit(LIVE, { upserts: [upsert('a', { n: 1 }, 10)], deletes: [] }, 12);
      expect(await store.checkpoint(LIVE)).toBe(12);
      await store.commit(LIVE, { upserts: [], deletes: [] }, 4);
      expect(await store.checkpoint(LIVE)).toBe(12);
      expect((await store.projectionState(PROJECTION.name))?.generations).toEqual([{ generation: 1, version: 1, checkpoint: 12 }]);
    });

    it('changes nothing when the last commit is replayed (a crash after its writes, before its checkpoint)', async () => {
      const store = current();
      await store.registerProjection(PROJECTION);
      await store.commit(LIVE, { upserts: [upsert('a', { n: 1 }, 2), upsert('b', { n: 2 }, 3)], deletes: [] }, 3);
      const last = { upserts: [upsert('a', { n: 10 }, 4), upsert('c', { n: 3 }, 6)], deletes: [remove('b', 5)] };
      await store.commit(LIVE, last, 6);
      const hash = await store.contentHash(C);
      await store.commit(LIVE, last, 6);
      expect(await store.contentHash(C)).toBe(hash);
      expect(await store.checkpoint(LIVE)).toBe(6);
      expect(ids(await collect(store.scan(C)))).toEqual(['a', 'c']);
    });

    it('registers a projection once, keeping its state on later registrations', async () => {
      const store = current();
      const first = await store.registerProjection(PROJECTION);
      expect(first).toEqual({
        name: PROJECTION.name, collection: C, liveGeneration: 1, buildingGeneration: null,
        generations: [{ generation: 1, version: 1, checkpoint: 0 }],
      });
      await store.commit(LIVE, { upserts: [], deletes: [] }, 3);
      expect((await store.registerProjection(PROJECTION)).generations[0].checkpoint).toBe(3);
      await expect(store.registerProjection({ ...PROJECTION, collection: 'elsewhere' })).rejects.toThrow(ProjectionRegistryError);
    });

    it('builds a generation beside the live one, switches reads to it, then drops the old one', async () => {
      const store = current();
      await seed(store, [{ id: 'old', doc: { g: 1 } }]);
      const building = await store.beginGeneration(PROJECTION.name, 2);
      expect(building).toBe(2);
      expect(await store.beginGeneration(PROJECTION.name, 2)).toBe(2);
      await store.commit({ name: PROJECTION.name, generation: 2 }, { upserts: [upsert('new', { g: 2 }, 1)], deletes: [] }, 1);
      expect(ids((await store.find(C, { limit: 10 })).items)).toEqual(['old']);
      expect(await store.get(C, 'new', { generation: 2 })).toEqual({ g: 2, _id: 'new', _position: 1 });
      expect((await store.projectionState(PROJECTION.name))?.buildingGeneration).toBe(2);

      await store.switchLive(PROJECTION.name, 2);
      expect(ids((await store.find(C, { limit: 10 })).items)).toEqual(['new']);
      await expect(store.dropGeneration(PROJECTION.name, 2)).rejects.toThrow(ProjectionRegistryError);
      await store.dropGeneration(PROJECTION.name, 1);
      expect(await store.projectionState(PROJECTION.name)).toEqual({
        name: PROJECTION.name, collection: C, liveGeneration: 2, buildingGeneration: null,
        generations: [{ generation: 2, version: 2, checkpoint: 1 }],
      });
      await expect(store.commit(LIVE, { upserts: [], deletes: [] }, 9)).rejects.toThrow(ProjectionRegistryError);
    });

    it('answers the same from a generation being built before and after it is indexed, and after it goes live', async () => {
      const store = current();
      await seed(store, [{ id: 'old', doc: { rank: 0 } }]);
      await store.ensureIndexes(C, [['rank']]);
      const building = await store.beginGeneration(PROJECTION.name, 2);
      const key = { name: PROJECTION.name, generation: building };
      const docs = [upsert('b', { rank: 2 }, 1), upsert('a', { rank: 3 }, 2), upsert('c', { rank: 1 }, 3), upsert('d', { rank: 2 }, 4)];
      await store.commit(key, { upserts: docs, deletes: [] }, 4);
      const query = { where: { rank: { gte: 2 } }, orderBy: { field: 'rank', direction: 'desc' as const }, limit: 2 };
      const pages = async (generation?: number) => {
        const first = await store.find(C, query, { generation });
        const second = await store.find(C, { ...query, after: first.nextCursor }, { generation });
        return [ids(first.items), ids(second.items), second.nextCursor];
      };
      const expected = [['a', 'd'], ['b'], null];
      expect(await pages(building)).toEqual(expected);

      await store.indexGeneration(PROJECTION.name, building);
      await store.indexGeneration(PROJECTION.name, building);
      expect(await pages(building)).toEqual(expected);
      // Written after indexing: the indexes are maintained from then on.
      await store.commit(key, { upserts: [upsert('e', { rank: 5 }, 5)], deletes: [remove('a', 6)] }, 6);
      const after = [['e', 'd'], ['b'], null];
      expect(await pages(building)).toEqual(after);

      await store.switchLive(PROJECTION.name, building);
      expect(await pages()).toEqual(after);
      await expect(store.indexGeneration(PROJECTION.name, 9)).rejects.toThrow(ProjectionRegistryError);
      await expect(store.indexGeneration('unknown', 1)).rejects.toThrow(ProjectionRegistryError);
    });

    it('abandons an unfinished generation of another version for a fresh, empty one', async () => {
      const store = current();
      await seed(store, [{ id: 'a', doc: {} }]);
      const stale = await store.beginGeneration(PROJECTION.name, 2);
      await store.commit({ name: PROJECTION.name, generation: stale }, { upserts: [upsert('x', {}, 1)], deletes: [] }, 1);
      const fresh = await store.beginGeneration(PROJECTION.name, 3);
      const state = await store.projectionState(PROJECTION.name);
      expect(state?.buildingGeneration).toBe(fresh);
      expect(state?.generations.map((g) => [g.version, g.checkpoint])).toEqual([[1, 1], [3, 0]]);
      expect(await store.get(C, 'x', { generation: fresh })).toBeNull();
    });

    it('scans every document in id order, across batches', async () => {
      const store = current();
      const docs = Array.from({ length: 23 }, (_, i) => ({ id: `d${(i * 7) % 23}`, doc: { i } }));
      await seed(store, docs);
      const scanned = await collect(store.scan(C, { batchSize: 5 }));
      expect(ids(scanned)).toEqual(docs.map((d) => d.id).sort());
      expect(scanned.find((d) => d._id === 'd7')).toMatchObject({ i: 1 });
    });

    it('hashes content deterministically: insertion order and key order do not matter, content does', async () => {
      const a = current();
      await seed(a, [{ id: 'x', doc: { p: 1, q: { r: 2, s: 3 } }, position: 1 }, { id: 'y', doc: { t: 'é' }, position: 2 }]);
      const hash = await a.contentHash(C);
      expect(hash).toMatch(/^[0-9a-f]{64}$/);
      await a.beginGeneration(PROJECTION.name, 1);
      const again = { name: PROJECTION.name, generation: 2 };
      await a.commit(again, { upserts: [upsert('y', { t: 'é' }, 2), upsert('x', { q: { s: 3, r: 2 }, p: 1 }, 1)], deletes: [] }, 2);
      expect(await a.contentHash(C, { generation: 2 })).toBe(hash);
      await a.commit(again, { upserts: [upsert('y', { t: 'e' }, 3)], deletes: [] }, 3);
      expect(await a.contentHash(C, { generation: 2 })).not.toBe(hash);
    });
  });
}
