import type { Collection, Db } from 'mongodb';
import type { ProjectionKey, ProjectionRegistration, ProjectionState } from '../read-store.port.js';
import { ProjectionRegistryError } from '../read-store.errors.js';
import { assertCollectionName, physicalName } from '../document-path.js';
import { mongoField } from './mongodb-query.js';

interface RegistryDocument {
  _id: string;
  collection: string;
  liveGeneration: number;
  buildingGeneration: number | null;
  /** Keyed by generation number (as a string: a MongoDB field name). */
  generations: Record<string, { version: number; checkpoint: number }>;
}

interface IndexDeclaration {
  _id: string;
  /** Each a JSON-encoded ordered field list. */
  fields: string[];
}

const DUPLICATE_KEY = 11000;
const isDuplicateKey = (error: unknown) => (error as { code?: unknown })?.code === DUPLICATE_KEY;

const toState = (doc: RegistryDocument): ProjectionState => ({
  name: doc._id,
  collection: doc.collection,
  liveGeneration: doc.liveGeneration,
  buildingGeneration: doc.buildingGeneration ?? null,
  generations: Object.entries(doc.generations)
    .map(([generation, g]) => ({ generation: Number(generation), version: g.version, checkpoint: g.checkpoint }))
    .sort((a, b) => a.generation - b.generation),
});

/** The projections registry and declared indexes, kept in two small collections beside the read models. */
export class MongoRegistry {
  private readonly projections: Collection<RegistryDocument>;
  private readonly indexes: Collection<IndexDeclaration>;

  constructor(private readonly db: Db) {
    this.projections = db.collection<RegistryDocument>('_read_store_projections');
    this.indexes = db.collection<IndexDeclaration>('_read_store_indexes');
  }

  async init(): Promise<void> {
    await this.projections.createIndex({ collection: 1 }, { unique: true });
  }

  async state(name: string): Promise<ProjectionState | null> {
    const doc = await this.projections.findOne({ _id: name });
    return doc ? toState(doc) : null;
  }

  async liveGeneration(collection: string): Promise<number | null> {
    const doc = await this.projections.findOne({ collection }, { projection: { liveGeneration: 1 } });
    return doc?.liveGeneration ?? null;
  }

  async register({ name, collection, version }: ProjectionRegistration): Promise<ProjectionState> {
    assertCollectionName(collection);
    const initial = { collection, liveGeneration: 1, buildingGeneration: null, generations: { 1: { version, checkpoint: 0 } } };
    try {
      await this.projections.updateOne({ _id: name }, { $setOnInsert: initial }, { upsert: true });
    } catch (error) {
      // Two processes registering at once: one upsert wins, the other finds the row below.
      if (!isDuplicateKey(error)) throw error;
    }
    const state = await this.require(name);
    if (state.collection !== collection) {
      throw new ProjectionRegistryError(`Projection ${name} writes ${state.collection}, not ${collection}`);
    }
    await this.createIndexes(collection, state.liveGeneration);
    return state;
  }

  async begin(name: string, version: number): Promise<number> {
    let state = await this.require(name);
    const building = state.generations.find((g) => g.generation === state.buildingGeneration);
    if (building?.version === version) return building.generation;
    if (building) {
      await this.drop(name, building.generation);
      state = await this.require(name);
    }
    const generation = Math.max(...state.generations.map((g) => g.generation)) + 1;
    // A crash between dropping a collection and unsetting its registry entry may have left one behind.
    await this.db.collection(physicalName(state.collection, generation)).drop();
    const claimed = await this.projections.updateOne(
      { _id: name, buildingGeneration: null, [`generations.${generation}`]: { $exists: false } },
      { $set: { buildingGeneration: generation, [`generations.${generation}`]: { version, checkpoint: 0 } } },
    );
    if (claimed.matchedCount === 0) throw new ProjectionRegistryError(`Another rebuild of ${name} started meanwhile`);
    // Filled without its secondary indexes: `index` builds them once the documents are in.
    return generation;
  }

  async index(name: string, generation: number): Promise<void> {
    const state = await this.require(name);
    if (!state.generations.some((g) => g.generation === generation)) {
      throw new ProjectionRegistryError(`Projection ${name} has no generation ${generation}`);
    }
    await this.createIndexes(state.collection, generation);
  }

  async switchLive(name: string, generation: number): Promise<void> {
    await this.index(name, generation);
    const state = await this.require(name);
    const result = await this.projections.updateOne(
      { _id: name, [`generations.${generation}`]: { $exists: true } },
      {
        $set: {
          liveGeneration: generation,
          buildingGeneration: state.buildingGeneration === generation ? null : state.buildingGeneration,
        },
      },
    );
    if (result.matchedCount === 0) throw new ProjectionRegistryError(`Projection ${name} has no generation ${generation}`);
  }

  async drop(name: string, generation: number): Promise<void> {
    const state = await this.require(name);
    if (state.liveGeneration === generation) {
      throw new ProjectionRegistryError(`Generation ${generation} of ${name} is live: switch first`);
    }
    await this.db.collection(physicalName(state.collection, generation)).drop();
    await this.projections.updateOne(
      { _id: name, liveGeneration: { $ne: generation } },
      {
        $unset: { [`generations.${generation}`]: '' },
        ...(state.buildingGeneration === generation ? { $set: { buildingGeneration: null } } : {}),
      },
    );
  }

  async checkpoint({ name, generation }: ProjectionKey): Promise<number> {
    const state = await this.state(name);
    return state?.generations.find((g) => g.generation === generation)?.checkpoint ?? 0;
  }

  /** After the document writes: a crash in between only means those (guarded) writes are replayed. */
  async raiseCheckpoint({ name, generation }: ProjectionKey, checkpoint: number): Promise<void> {
    const result = await this.projections.updateOne(
      { _id: name, [`generations.${generation}`]: { $exists: true } },
      { $max: { [`generations.${generation}.checkpoint`]: checkpoint } },
    );
    if (result.matchedCount === 0) throw new ProjectionRegistryError(`Projection ${name} has no generation ${generation}`);
  }

  async declareIndexes(collection: string, fields: string[][]): Promise<void> {
    await this.indexes.updateOne(
      { _id: collection },
      { $addToSet: { fields: { $each: fields.map((f) => JSON.stringify(f)) } } },
      { upsert: true },
    );
    const owners = await this.projections.find({ collection }).toArray();
    for (const owner of owners) {
      for (const generation of Object.keys(owner.generations).map(Number)) {
        // A generation being built gets them when it is indexed (see `index`), not document by document as it fills.
        if (generation !== owner.buildingGeneration) await this.createIndexes(collection, generation);
      }
    }
  }

  private async createIndexes(collection: string, generation: number): Promise<void> {
    const declared = await this.indexes.findOne({ _id: collection });
    const target = this.db.collection(physicalName(collection, generation));
    for (const encoded of declared?.fields ?? []) {
      const fields: string[] = JSON.parse(encoded);
      // `_id` last: a page ordered by the field and tie-broken on `_id` walks the index without a sort stage.
      const keys: Record<string, 1> = Object.fromEntries([...fields.map(mongoField), '_id'].map((f) => [f, 1]));
      await target.createIndex(keys);
    }
  }

  private async require(name: string): Promise<ProjectionState> {
    const state = await this.state(name);
    if (!state) throw new ProjectionRegistryError(`Unknown projection ${name}`);
    return state;
  }
}
