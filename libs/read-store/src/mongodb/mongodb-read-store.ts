import { MongoBulkWriteError, MongoClient, type AnyBulkWriteOperation, type Db } from 'mongodb';
import type {
  ChangeSet, FindQuery, LeaseFence, LeaseHolder, Page, ProjectionKey, ProjectionRegistration, ProjectionState, ReadDocument, ReadOptions,
  ReadStore, ScanOptions, Stored,
} from '../read-store.port.js';
import { assertLimit, physicalName, valueAt, withoutStorageFields } from '../document-path.js';
import { DEFAULT_ORDER, decodeCursor, encodeCursor } from '../page-cursor.js';
import { hashDocuments } from '../content-hash.js';
import { afterCursorFilter, andFilter, mongoField, whereFilter } from './mongodb-query.js';
import { MongoRegistry } from './mongodb-registry.js';
import { MongoLeases } from './mongodb-leases.js';

export interface MongoReadStoreOptions {
  url: string;
  /** Defaults to the database named in the URL. */
  database?: string;
}

const DUPLICATE_KEY = 11000;

/** What a read-model collection holds: the projection's document, keyed by its id, stamped with its position. */
interface MongoReadDocument {
  _id: string;
  _position: number;
  [field: string]: unknown;
}

export async function connectMongoReadStore(options: MongoReadStoreOptions): Promise<ReadStore> {
  const client = await MongoClient.connect(options.url);
  try {
    const db = client.db(options.database);
    const registry = new MongoRegistry(db);
    await registry.init();
    return new MongoReadStore(client, db, registry, new MongoLeases(db));
  } catch (error) {
    await client.close();
    throw error;
  }
}

/**
 * A guarded upsert whose filter misses because the stored `_position` is newer falls through to an insert of the same
 * `_id` and fails with a duplicate key: that is the guard refusing an older write, not an error.
 */
function rethrowUnlessGuardRefusals(error: unknown): void {
  if (!(error instanceof MongoBulkWriteError) || error.err) throw error;
  const writeErrors = Array.isArray(error.writeErrors) ? error.writeErrors : [error.writeErrors];
  if (writeErrors.length === 0 || writeErrors.some((e) => e.code !== DUPLICATE_KEY)) throw error;
}

class MongoReadStore implements ReadStore {
  constructor(
    private readonly client: MongoClient,
    private readonly db: Db,
    private readonly registry: MongoRegistry,
    private readonly leases: MongoLeases,
  ) {}

  async get<D = ReadDocument>(collection: string, id: string, options?: ReadOptions): Promise<Stored<D> | null> {
    const target = await this.collection(collection, options);
    return target ? ((await target.findOne({ _id: id })) as unknown as Stored<D> | null) : null;
  }

  async getMany<D = ReadDocument>(collection: string, ids: string[], options?: ReadOptions): Promise<Stored<D>[]> {
    const target = await this.collection(collection, options);
    if (!target || ids.length === 0) return [];
    return (await target.find({ _id: { $in: ids } }).toArray()) as unknown as Stored<D>[];
  }

  async find<D = ReadDocument>(collection: string, query: FindQuery, options?: ReadOptions): Promise<Page<D>> {
    const limit = assertLimit(query.limit);
    const orderBy = query.orderBy ?? DEFAULT_ORDER;
    const field = mongoField(orderBy.field);
    const parts = whereFilter(query.where);
    if (query.after) parts.push(afterCursorFilter(orderBy, decodeCursor(orderBy, query.after)));
    const target = await this.collection(collection, options);
    if (!target) return { items: [], nextCursor: null };
    const direction = orderBy.direction === 'desc' ? -1 : 1;
    const sort: Record<string, 1 | -1> = field === '_id' ? { _id: direction } : { [field]: direction, _id: direction };
    const docs = (await target.find(andFilter(parts)).sort(sort).limit(limit + 1).toArray()) as unknown as Stored<D>[];
    const more = docs.length > limit;
    const items = docs.slice(0, limit);
    const last = items.at(-1);
    return {
      items,
      nextCursor:
        more && last ? encodeCursor(orderBy, { value: valueAt(last as ReadDocument, field), id: last._id }) : null,
    };
  }

  async *scan<D = ReadDocument>(collection: string, options?: ScanOptions): AsyncIterable<Stored<D>> {
    const target = await this.collection(collection, options);
    if (!target) return;
    const cursor = target.find({}).sort({ _id: 1 }).batchSize(options?.batchSize ?? 500);
    try {
      for await (const doc of cursor) yield doc as unknown as Stored<D>;
    } finally {
      await cursor.close();
    }
  }

  contentHash(collection: string, options?: ReadOptions): Promise<string> {
    return hashDocuments(this.scan(collection, options));
  }

  ensureIndexes(collection: string, fields: string[][]): Promise<void> {
    return this.registry.declareIndexes(collection, fields);
  }

  registerProjection(registration: ProjectionRegistration): Promise<ProjectionState> {
    return this.registry.register(registration);
  }

  projectionState(name: string): Promise<ProjectionState | null> {
    return this.registry.state(name);
  }

  beginGeneration(name: string, version: number): Promise<number> {
    return this.registry.begin(name, version);
  }

  indexGeneration(name: string, generation: number): Promise<void> {
    return this.registry.index(name, generation);
  }

  switchLive(name: string, generation: number): Promise<void> {
    return this.registry.switchLive(name, generation);
  }

  dropGeneration(name: string, generation: number): Promise<void> {
    return this.registry.drop(name, generation);
  }

  checkpoint(key: ProjectionKey): Promise<number> {
    return this.registry.checkpoint(key);
  }

  async commit(key: ProjectionKey, changes: ChangeSet, checkpoint: number, fence?: LeaseFence): Promise<void> {
    if (fence) await this.leases.assertHeld(fence);
    // No transaction (it would need a replica set): each write is guarded by `_position`, so replaying a batch after
    // a crash before the checkpoint write changes nothing that is already newer. Exactly-once in effect.
    const byCollection = new Map<string, AnyBulkWriteOperation<MongoReadDocument>[]>();
    const opsFor = (collection: string) => {
      const name = physicalName(collection, key.generation);
      if (!byCollection.has(name)) byCollection.set(name, []);
      return byCollection.get(name)!;
    };
    for (const { collection, id, doc, position } of changes.upserts) {
      opsFor(collection).push({
        replaceOne: {
          filter: { _id: id, _position: { $lt: position } },
          replacement: { ...withoutStorageFields(doc), _position: position },
          upsert: true,
        },
      });
    }
    for (const { collection, id, position } of changes.deletes) {
      opsFor(collection).push({ deleteOne: { filter: { _id: id, _position: { $lt: position } } } });
    }
    for (const [name, operations] of byCollection) {
      try {
        await this.db.collection<MongoReadDocument>(name).bulkWrite(operations, { ordered: false });
      } catch (error) {
        rethrowUnlessGuardRefusals(error);
      }
    }
    await this.registry.raiseCheckpoint(key, checkpoint);
  }

  acquireLease(name: string, owner: string, ttlMs: number): Promise<boolean> {
    return this.leases.acquire(name, owner, ttlMs);
  }

  releaseLease(name: string, owner: string): Promise<void> {
    return this.leases.release(name, owner);
  }

  leaseHolder(name: string): Promise<LeaseHolder | null> {
    return this.leases.holder(name);
  }

  async ping(): Promise<void> {
    await this.db.command({ ping: 1 });
  }

  close(): Promise<void> {
    return this.client.close();
  }

  private async collection(collection: string, options?: ReadOptions) {
    const generation = options?.generation ?? (await this.registry.liveGeneration(collection));
    return generation === null ? null : this.db.collection<MongoReadDocument>(physicalName(collection, generation));
  }
}
