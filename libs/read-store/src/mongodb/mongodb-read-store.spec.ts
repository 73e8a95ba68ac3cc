import { randomUUID } from 'node:crypto';
import { MongoClient } from 'mongodb';
import { describeReadStoreContract } from '../read-store.contract.js';
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
  describeReadStoreContract('MongoDB', () => {
    const database = `read_store_contract_${randomUUID().slice(0, 8)}`;
    databases.push(database);
    return connectMongoReadStore({ url, database });
  });
} else {
  console.warn('MongoDB read-store contract suite SKIPPED: MONGODB_URL not set');
  describe.skip('MongoDB: ReadStore contract (needs MONGODB_URL)', () => {
    it('runs the ReadStore contract against a MongoDB server', () => undefined);
  });
}
