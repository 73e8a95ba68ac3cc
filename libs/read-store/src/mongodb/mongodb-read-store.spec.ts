import { randomUUID } from 'node:crypto';
import { MongoClient } from 'mongodb';
import { describeReadStoreContract } from '../read-store.contract.js';
import { PROJECTION, seed } from '../read-store.fixtures.js';
import { connectMongoReadStore } from './mongodb-read-store.js';

const url = process.env.MONGODB_URL;

if (url) {
  // One database per test (the contract wants an empty store each time), all dropped at the end.
  const databases: string[] = [];
  afterAll(async () => {
    const client = await MongoClient.connect(url);
    for (const name of databases) await client.db(name).dropDatabase();
    await client.close();
  });
  const freshDatabase = () => {
    const database = `read_store_contract_${randomUUID().slice(0, 8)}`;
    databases.push(database);
    return database;
  };
  describeReadStoreContract('MongoDB', () => connectMongoReadStore({ url, database: freshDatabase() }));

  describe('MongoDB read store', () => {
    it('fills a generation being built without its declared indexes, then builds them when asked', async () => {
      const database = freshDatabase();
      const store = await connectMongoReadStore({ url, database });
      const client = await MongoClient.connect(url);
      const keysOf = async (generation: number) =>
        (await client.db(database).collection(`things__g${generation}`).indexes()).map((index) => index.key);
      try {
        await seed(store, [{ id: 'a', doc: { status: 'open', due: '2024-01-02' } }]);
        await store.ensureIndexes(PROJECTION.collection, [['status', 'due']]);
        const declared = { status: 1, due: 1, _id: 1 };
        expect(await keysOf(1)).toContainEqual(declared);
        const building = await store.beginGeneration(PROJECTION.name, 2);
        const upserts = [{ collection: PROJECTION.collection, id: 'b', doc: { status: 'open', due: '2024-02-03' }, position: 1 }];
        await store.commit({ name: PROJECTION.name, generation: building }, { upserts, deletes: [] }, 1);
        expect(await keysOf(building)).toEqual([{ _id: 1 }]);
        await store.indexGeneration(PROJECTION.name, building);
        expect(await keysOf(building)).toContainEqual(declared);
      } finally {
        await client.close();
        await store.close();
      }
    });
  });
} else {
  console.warn('MongoDB read-store contract suite SKIPPED: MONGODB_URL not set');
  describe.skip('MongoDB: ReadStore contract (needs MONGODB_URL)', () => {
    it('runs the ReadStore contract against a MongoDB server', () => undefined);
  });
}
