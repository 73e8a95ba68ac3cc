import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describeReadStoreContract } from '../read-store.contract.js';
import { LIVE, PROJECTION, seed } from '../read-store.fixtures.js';
import { LeaseLostError, ProjectionRegistryError } from '../read-store.errors.js';
import { openSqliteReadStore } from './sqlite-read-store.js';

describeReadStoreContract('SQLite', () => openSqliteReadStore({ file: ':memory:' }));

const threadFiles = mkdtempSync(join(tmpdir(), 'read-store-writer-'));
afterAll(() => rmSync(threadFiles, { recursive: true, force: true }));
let threadStores = 0;
describeReadStoreContract('SQLite with a writer thread', () =>
  openSqliteReadStore({ file: join(threadFiles, `read-${++threadStores}.sqlite`), writerThread: true }));

describe('SQLite read store', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'read-store-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the documents and the checkpoint in one transaction: a failing commit leaves neither', async () => {
    const store = await openSqliteReadStore({ file: join(dir, 'read.db') });
    await seed(store, [{ id: 'a', doc: { n: 1 } }], 1);
    const unserializable = { n: BigInt(2) };
    await expect(
      store.commit(
        LIVE,
        { upserts: [{ collection: PROJECTION.collection, id: 'b', doc: { n: 2 }, position: 2 },
          { collection: PROJECTION.collection, id: 'c', doc: unserializable, position: 3 }], deletes: [] },
        3,
      ),
    ).rejects.toThrow();
    expect(await store.get(PROJECTION.collection, 'b')).toBeNull();
    expect(await store.checkpoint(LIVE)).toBe(1);
    await store.close();
  });

  it('refuses a writer thread on an in-memory database, whose thread could not share it', async () => {
    await expect(openSqliteReadStore({ file: ':memory:', writerThread: true })).rejects.toThrow('needs a database file');
  });

  it('rebuilds a refusal on the writer thread as the class the runner tests for', async () => {
    const file = join(dir, 'read.db');
    const [threaded, other] = [await openSqliteReadStore({ file, writerThread: true }), await openSqliteReadStore({ file })];
    await seed(threaded, [], 0);
    expect(await other.acquireLease('things', 'other', 60_000)).toBe(true);
    const nothing = { upserts: [], deletes: [] };
    await expect(threaded.commit(LIVE, nothing, 5, { lease: 'things', owner: 'me' })).rejects.toBeInstanceOf(LeaseLostError);
    await expect(threaded.commit({ name: 'things', generation: 9 }, nothing, 5)).rejects.toBeInstanceOf(ProjectionRegistryError);
    await Promise.all([threaded.close(), other.close()]);
  });

  it('keeps documents, checkpoints and generations across a reopen', async () => {
    const file = join(dir, 'read.db');
    const first = await openSqliteReadStore({ file });
    await seed(first, [{ id: 'a', doc: { n: 1 } }], 7);
    await first.close();
    const second = await openSqliteReadStore({ file });
    expect(await second.get(PROJECTION.collection, 'a')).toEqual({ n: 1, _id: 'a', _position: 1 });
    expect(await second.checkpoint(LIVE)).toBe(7);
    await second.close();
  });

  it('shares leases between two connections to one file, as two processes on one DATA_DIR do', async () => {
    const file = join(dir, 'read.db');
    const [a, b] = [await openSqliteReadStore({ file }), await openSqliteReadStore({ file })];
    await seed(a, [], 0);
    const nothing = { upserts: [], deletes: [] };
    expect(await a.acquireLease('things', 'a', 60_000)).toBe(true);
    expect(await b.acquireLease('things', 'b', 60_000)).toBe(false);
    await expect(b.commit(LIVE, nothing, 5, { lease: 'things', owner: 'b' })).rejects.toThrow('is not held by b');
    await a.releaseLease('things', 'a');
    expect(await b.acquireLease('things', 'b', 60_000)).toBe(true);
    await expect(a.commit(LIVE, nothing, 6, { lease: 'things', owner: 'a' })).rejects.toThrow('is not held by a');
    await b.commit(LIVE, nothing, 7, { lease: 'things', owner: 'b' });
    expect(await a.checkpoint(LIVE)).toBe(7);
    await Promise.all([a.close(), b.close()]);
  });

  it('stores documents as binary JSON and still reads, filters and sorts rows an earlier version wrote as text', async () => {
    const file = join(dir, 'read.db');
    const store = await openSqliteReadStore({ file });
    await seed(store, [{ id: 'new', doc: { status: 'open', due: '2024-01-02' } }]);
    const db = new Database(file);
    db.prepare(`INSERT INTO "rs_things__g1" (id, position, doc) VALUES ('old', 2, ?)`)
      .run(JSON.stringify({ status: 'open', due: '2024-01-01' }));
    const kinds = db.prepare('SELECT id, typeof(doc) AS kind FROM "rs_things__g1" ORDER BY id').all();
    db.close();
    expect(kinds).toEqual([{ id: 'new', kind: 'blob' }, { id: 'old', kind: 'text' }]);

    const page = await store.find(PROJECTION.collection, { where: { status: 'open' }, orderBy: { field: 'due', direction: 'asc' }, limit: 10 });
    expect(page.items).toEqual([
      { status: 'open', due: '2024-01-01', _id: 'old', _position: 2 },
      { status: 'open', due: '2024-01-02', _id: 'new', _position: 1 },
    ]);
    await store.close();
  });

  const planOf = (file: string, generation: number): string => {
    const db = new Database(file, { readonly: true });
    const plan = db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT id FROM "rs_things__g${generation}"
         WHERE json_extract(doc, '$.status') = ? ORDER BY json_extract(doc, '$.due') ASC, id ASC LIMIT 10`,
      )
      .all('open') as { detail: string }[];
    db.close();
    return plan.map((row) => row.detail).join(' | ');
  };
  const usesIndex = (generation: number) => new RegExp(`USING (COVERING )?INDEX rs_things__g${generation}__ix__status__due`);

  it('serves an ordered, filtered page from the declared expression index, in every generation once indexed', async () => {
    const file = join(dir, 'read.db');
    const store = await openSqliteReadStore({ file });
    await seed(store, [{ id: 'a', doc: { status: 'open', due: '2024-01-02' } }]);
    await store.ensureIndexes(PROJECTION.collection, [['status', 'due']]);
    const building = await store.beginGeneration(PROJECTION.name, 2);
    // Filled without it, then indexed once.
    expect(planOf(file, building)).not.toMatch(usesIndex(building));
    await store.indexGeneration(PROJECTION.name, building);

    for (const generation of [1, building]) {
      const detail = planOf(file, generation);
      expect(detail).toMatch(usesIndex(generation));
      expect(detail).not.toContain('TEMP B-TREE');
    }
    await store.close();
  });

  it('indexes a generation being built when it goes live, if nobody did before, with indexes declared meanwhile', async () => {
    const file = join(dir, 'read.db');
    const store = await openSqliteReadStore({ file });
    await seed(store, [{ id: 'a', doc: { status: 'open', due: '2024-01-02' } }]);
    const building = await store.beginGeneration(PROJECTION.name, 2);
    await store.ensureIndexes(PROJECTION.collection, [['status', 'due']]);
    expect(planOf(file, 1)).toMatch(usesIndex(1));
    expect(planOf(file, building)).not.toMatch(usesIndex(building));
    await store.switchLive(PROJECTION.name, building);
    expect(planOf(file, building)).toMatch(usesIndex(building));
    await store.close();
  });
});
