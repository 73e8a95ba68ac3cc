/**
 * The read side: documents grouped in collections, written only by the projection runner, read by queries.
 * Every stored document carries `_id` (its id) and `_position` (global position of the last event applied to it);
 * both names are reserved and never part of what a projection returns.
 *
 * A logical collection (e.g. `project-view`) lives in physical generations (`project-view__g3`): a rebuild fills a
 * new generation beside the live one, then `switchLive` flips reads over. Reads resolve the live generation unless
 * `options.generation` names another one.
 */
export type ReadDocument = Record<string, unknown>;

export type Stored<D = ReadDocument> = D & { _id: string; _position: number };

export type Scalar = string | number | boolean | null;

export interface InCondition {
  in: Scalar[];
}

/** Bounds compare within one type (numbers with numbers, strings with strings), as MongoDB does. */
export interface RangeCondition {
  gt?: string | number;
  gte?: string | number;
  lt?: string | number;
  lte?: string | number;
}

export type Condition = Scalar | InCondition | RangeCondition;

export interface OrderBy {
  /** A top-level field, a dot path into nested objects, or `_id` / `_position`. */
  field: string;
  direction: 'asc' | 'desc';
}

export interface FindQuery {
  /** All conditions must hold. Missing fields equal `null`. */
  where?: Record<string, Condition>;
  /** Default `{ field: '_id', direction: 'asc' }`. Ties are broken on `_id` in the same direction. */
  orderBy?: OrderBy;
  limit: number;
  /** `nextCursor` of the previous page, for the same where and orderBy. */
  after?: string | null;
}

export interface Page<D = ReadDocument> {
  items: Stored<D>[];
  /** Null when this page is the last one. */
  nextCursor: string | null;
}

export interface ReadOptions {
  /** Read this generation instead of the live one (the runner during a rebuild, or comparisons). */
  generation?: number;
}

export interface ScanOptions extends ReadOptions {
  batchSize?: number;
}

/** Identifies the writer of one generation of one projection. */
export interface ProjectionKey {
  name: string;
  generation: number;
}

export interface DocumentUpsert {
  collection: string;
  id: string;
  doc: ReadDocument;
  position: number;
}

export interface DocumentDelete {
  collection: string;
  id: string;
  position: number;
}

export interface ChangeSet {
  upserts: DocumentUpsert[];
  deletes: DocumentDelete[];
}

export interface GenerationState {
  generation: number;
  /** Projection version that builds this generation. */
  version: number;
  /** Global position of the last event this generation has fully applied. */
  checkpoint: number;
}

export interface ProjectionState {
  name: string;
  collection: string;
  liveGeneration: number;
  buildingGeneration: number | null;
  generations: GenerationState[];
}

export interface ProjectionRegistration {
  name: string;
  collection: string;
  version: number;
}

/**
 * The lease that makes one process the only writer of a projection (one active projector, standbys waiting). Held by
 * `owner` until `expiresAt` unless renewed; measured on the store's clock (see each adapter).
 */
export interface LeaseHolder {
  name: string;
  owner: string;
  /** ISO instant on the store's clock. */
  expiresAt: string;
}

/** Passed to `commit` by a lease holder: the commit is refused (LeaseLostError) unless `owner` still holds `lease`. */
export interface LeaseFence {
  lease: string;
  owner: string;
}

/** What a query needs: documents of the live generation (or a named one), nothing that writes. */
export interface DocumentReader {
  get<D = ReadDocument>(collection: string, id: string, options?: ReadOptions): Promise<Stored<D> | null>;
  /** Found documents only, in no particular order. */
  getMany<D = ReadDocument>(collection: string, ids: string[], options?: ReadOptions): Promise<Stored<D>[]>;
  find<D = ReadDocument>(collection: string, query: FindQuery, options?: ReadOptions): Promise<Page<D>>;
  /** Every document, in `_id` order (binary UTF-8), fetched in batches. */
  scan<D = ReadDocument>(collection: string, options?: ScanOptions): AsyncIterable<Stored<D>>;
  /** SHA-256 over every document (with `_id` and `_position`, keys sorted) in `_id` order. */
  contentHash(collection: string, options?: ReadOptions): Promise<string>;
  /** Which generation is live and how far each has got (a reader that caches documents follows it). */
  projectionState(name: string): Promise<ProjectionState | null>;
}

/** What a projection's writer needs besides reading: its registry row, generations, checkpoints and commits. */
export interface ProjectionStore extends DocumentReader {
  /**
   * Declares indexes (each an ordered list of fields): created at once on the live and older generations, on every
   * future generation, and on a generation being built when it is indexed (`indexGeneration` or `switchLive`).
   */
  ensureIndexes(collection: string, fields: string[][]): Promise<void>;
  /** Creates the registry row (live generation 1, checkpoint 0) the first time; returns the current state. */
  registerProjection(registration: ProjectionRegistration): Promise<ProjectionState>;
  /**
   * Returns the generation being built for `version`: the unfinished one when a rebuild was interrupted,
   * else a new empty generation (an unfinished one of another version is dropped). A new generation has no secondary
   * indexes until `indexGeneration` (or `switchLive`): filling a table, then indexing it once, costs far less than
   * maintaining every index on every write. Reads of it are correct meanwhile, only slower.
   */
  beginGeneration(name: string, version: number): Promise<number>;
  /**
   * Creates the declared indexes on `generation` (those it already has are kept). A rebuild calls it once the
   * generation is nearly at the head, before the last hop that runs with live batches held off.
   */
  indexGeneration(name: string, generation: number): Promise<void>;
  /** Indexes `generation` first (see `indexGeneration`), then points reads at it. */
  switchLive(name: string, generation: number): Promise<void>;
  /** Refuses the live generation. */
  dropGeneration(name: string, generation: number): Promise<void>;
  checkpoint(key: ProjectionKey): Promise<number>;
  /**
   * Writes documents of `key.generation` guarded by `_position` (a write older than or equal to the stored
   * position changes nothing), then raises the checkpoint (never lowers it). With a `fence`, nothing is written unless
   * its owner holds the lease (LeaseLostError otherwise).
   */
  commit(key: ProjectionKey, changes: ChangeSet, checkpoint: number, fence?: LeaseFence): Promise<void>;
}

/** The leases that keep one active writer per projection, on the store's own clock. */
export interface LeaseStore {
  /**
   * Takes the lease `name` for `ttlMs` when it is free, expired or already `owner`'s (then it is renewed).
   * False when another owner holds it; two owners asking at once never both get true.
   */
  acquireLease(name: string, owner: string, ttlMs: number): Promise<boolean>;
  /** Frees the lease at once if `owner` holds it (a standby may take it on its next try); otherwise changes nothing. */
  releaseLease(name: string, owner: string): Promise<void>;
  /** The unexpired holder, or null. */
  leaseHolder(name: string): Promise<LeaseHolder | null>;
}

/** An adapter (SQLite, MongoDB) plays every role; each caller is handed only the role it has. */
export interface ReadStore extends ProjectionStore, LeaseStore {
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Nest injection token for the ReadStore port. */
export const READ_STORE = Symbol('READ_STORE');

/** Nest injection token for the same store seen as a DocumentReader (what query handlers receive). */
export const DOCUMENT_READER = Symbol('DOCUMENT_READER');
