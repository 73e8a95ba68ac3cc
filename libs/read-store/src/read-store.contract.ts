import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { FindQuery, ReadStore } from './read-store.port.js';
import { InvalidReadQueryError } from './read-store.errors.js';
import { PROJECTION, ids, seed } from './read-store.fixtures.js';
import { describeBookkeepingContract } from './read-store-bookkeeping.contract.js';
import { describeLeaseContract } from './read-store-lease.contract.js';

const C = PROJECTION.collection;

/** Twenty people: repeated ages and cities so that orderings have ties, and a few missing fields. */
const people = Array.from({ length: 20 }, (_, i) => ({
  id: `p${String(i).padStart(2, '0')}`,
  doc: {
    name: `person ${i}`,
    age: i % 7 === 3 ? null : 20 + (i % 5),
    ...(i % 6 === 0 ? {} : { city: ['Xi’an', 'Baoji', 'Yulin'][i % 3] }),
    vip: i % 4 === 0,
    since: `2024-0${1 + (i % 9)}-15T00:00:00.000Z`,
    address: { district: `d${i % 2}` },
  },
}));

/**
 * The behaviour every ReadStore adapter must show. `open` is called once per test and must return an empty store.
 */
export function describeReadStoreContract(name: string, open: () => Promise<ReadStore>): void {
  describe(`${name}: ReadStore contract`, () => {
    let store: ReadStore;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    const findIds = async (query: Omit<FindQuery, 'limit'>) => ids((await store.find(C, { limit: 100, ...query })).items);
    const expected = (keep: (doc: (typeof people)[number]['doc']) => boolean) =>
      people.filter((p) => keep(p.doc)).map((p) => p.id);

    it('returns a committed document with its id and position, and null for an unknown one', async () => {
      await seed(store, [{ id: 'a', doc: { title: 'A', tags: ['x'], nested: { n: 1 } }, position: 7 }]);
      expect(await store.get(C, 'a')).toEqual({ title: 'A', tags: ['x'], nested: { n: 1 }, _id: 'a', _position: 7 });
      expect(await store.get(C, 'b')).toBeNull();
    });

    it('gets many, returning only the documents that exist', async () => {
      await seed(store, people);
      const found = await store.getMany(C, ['p03', 'nope', 'p11']);
      expect(ids(found).sort()).toEqual(['p03', 'p11']);
      expect(await store.getMany(C, [])).toEqual([]);
    });

    it('finds nothing in a collection no projection ever wrote', async () => {
      expect(await store.get('unknown', 'a')).toBeNull();
      expect(await store.find('unknown', { limit: 10 })).toEqual({ items: [], nextCursor: null });
    });

    it('finds by equality on strings, numbers, booleans and null (missing counts as null)', async () => {
      await seed(store, people);
      expect(await findIds({ where: { city: 'Baoji' } })).toEqual(expected((d) => d.city === 'Baoji'));
      expect(await findIds({ where: { age: 22, vip: false } })).toEqual(expected((d) => d.age === 22 && !d.vip));
      expect(await findIds({ where: { city: null } })).toEqual(expected((d) => d.city === undefined));
      expect(await findIds({ where: { age: null } })).toEqual(expected((d) => d.age === null));
    });

    it('finds by a dot path into a nested object', async () => {
      await seed(store, people);
      expect(await findIds({ where: { 'address.district': 'd1' } })).toEqual(expected((d) => d.address.district === 'd1'));
    });

    it('finds with `in`, including null', async () => {
      await seed(store, people);
      expect(await findIds({ where: { age: { in: [21, 23] } } })).toEqual(expected((d) => d.age === 21 || d.age === 23));
      expect(await findIds({ where: { city: { in: ['Yulin', null] } } })).toEqual(
        expected((d) => d.city === 'Yulin' || d.city === undefined),
      );
      expect(await findIds({ where: { city: { in: [] } } })).toEqual([]);
    });

    it('finds with number and string ranges, never matching values of another type', async () => {
      await seed(store, people);
      expect(await findIds({ where: { age: { gte: 21, lt: 23 } } })).toEqual(
        expected((d) => d.age !== null && d.age >= 21 && d.age < 23),
      );
      expect(await findIds({ where: { since: { gt: '2024-03-01', lte: '2024-05-15T00:00:00.000Z' } } })).toEqual(
        expected((d) => d.since > '2024-03-01' && d.since <= '2024-05-15T00:00:00.000Z'),
      );
      expect(await findIds({ where: { name: { gte: 0 } } })).toEqual([]);
    });

    it('orders by a field in both directions, breaking ties on id in the same direction', async () => {
      await seed(store, people);
      const byAge = [...people].sort((a, b) => (a.doc.age ?? -1) - (b.doc.age ?? -1) || (a.id < b.id ? -1 : 1));
      expect(await findIds({ orderBy: { field: 'age', direction: 'asc' } })).toEqual(byAge.map((p) => p.id));
      expect(await findIds({ orderBy: { field: 'age', direction: 'desc' } })).toEqual(byAge.map((p) => p.id).reverse());
    });

    it.each([
      ['age', 'asc'],
      ['age', 'desc'],
      ['city', 'asc'],
      ['city', 'desc'],
      ['_id', 'desc'],
      ['_position', 'asc'],
    ] as const)('pages by %s %s through every item without loss or duplicates', async (field, direction) => {
      await seed(store, people);
      const orderBy = { field, direction };
      const all = await findIds({ orderBy });
      const paged: string[] = [];
      let after: string | null = null;
      do {
        const page: Awaited<ReturnType<ReadStore['find']>> = await store.find(C, { orderBy, limit: 3, after });
        expect(page.items.length).toBeLessThanOrEqual(3);
        paged.push(...ids(page.items));
        after = page.nextCursor;
      } while (after);
      expect(paged).toEqual(all);
      expect(new Set(paged).size).toBe(people.length);
    });

    it('pages a filtered query and returns no cursor on the last page', async () => {
      await seed(store, people);
      const where = { vip: false };
      const first = await store.find(C, { where, orderBy: { field: 'age', direction: 'asc' }, limit: 10 });
      const second = await store.find(C, { where, orderBy: { field: 'age', direction: 'asc' }, limit: 10, after: first.nextCursor });
      expect([...ids(first.items), ...ids(second.items)].sort()).toEqual(expected((d) => !d.vip));
      expect(second.nextCursor).toBeNull();
    });

    it('refuses an unsafe field path and a cursor taken under another ordering', async () => {
      await seed(store, people);
      await expect(store.find(C, { where: { "x') OR 1=1 --": 1 }, limit: 5 })).rejects.toThrow(InvalidReadQueryError);
      const page = await store.find(C, { orderBy: { field: 'age', direction: 'asc' }, limit: 5 });
      await expect(
        store.find(C, { orderBy: { field: 'city', direction: 'asc' }, limit: 5, after: page.nextCursor }),
      ).rejects.toThrow(InvalidReadQueryError);
    });

    it('keeps answering the same queries once indexes are declared (twice: idempotent)', async () => {
      await seed(store, people);
      const before = await findIds({ where: { city: 'Yulin' }, orderBy: { field: 'age', direction: 'desc' } });
      await store.ensureIndexes(C, [['city', 'age'], ['address.district']]);
      await store.ensureIndexes(C, [['city', 'age']]);
      expect(await findIds({ where: { city: 'Yulin' }, orderBy: { field: 'age', direction: 'desc' } })).toEqual(before);
    });

    it('answers ping', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });

    describeBookkeepingContract(() => store);
    describeLeaseContract(() => store);
  });
}
