import type Database from 'better-sqlite3';
import type {
  ChangeSet, FindQuery, LeaseFence, LeaseHolder, Page, ProjectionKey, ProjectionRegistration, ProjectionState, ReadDocument, ReadOptions,
  ReadStore, ScanOptions, Stored,
} from '../read-store.port.js';
import { assertLimit, withoutStorageFields } from '../document-path.js';
import { DEFAULT_ORDER, decodeCursor, encodeCursor } from '../page-cursor.js';
import { hashDocuments } from '../content-hash.js';
import { afterCursorSql, fieldExpression, whereSql, type SqlValue } from './sqlite-query.js';
import { SqliteRegistry, tableName } from './sqlite-registry.js';
import { SqliteLeases } from './sqlite-leases.js';
import { DOC_TEXT, SqliteCommitter } from './sqlite-committer.js';
import { openReadStoreConnection } from './sqlite-connection.js';
import { InlineSqliteReadWriter, type SqliteReadWriter } from './sqlite-read-writer.js';
import { SqliteReadWriterThread } from './sqlite-read-writer-thread.js';

export interface SqliteReadStoreOptions {
  /** A file path, or ':memory:' for tests. */
  file: string;
  /**
   * Commits on a writer thread (not for ':memory:'): a rebuild then folds its next batch while the last is written.
   * Default false: a live runner waits for each commit anyway, and the thread costs memory.
   */
  writerThread?: boolean;
}

interface Row {
  id: string;
  position: number;
  doc: string;
  sort_value?: SqlValue;
}

/** Projections return documents without them: a copy only when one is there saves copying every document. */
const hasStorageFields = (doc: ReadDocument): boolean => '_id' in doc || '_position' in doc;

const toStored = <D>(row: Row): Stored<D> => ({ ...JSON.parse(row.doc), _id: row.id, _position: row.position });

export async function openSqliteReadStore(options: SqliteReadStoreOptions): Promise<ReadStore> {
  const { file, writerThread = false } = options;
  if (writerThread && file === ':memory:') throw new TypeError('A writer thread needs a database file, not :memory:');
  const db = openReadStoreConnection(file);
  try {
    // The schema is in place before a writer thread opens its own connection to the file.
    const registry = new SqliteRegistry(db);
    const leases = new SqliteLeases(db);
    const writer = writerThread
      ? await SqliteReadWriterThread.start({ file })
      : new InlineSqliteReadWriter(new SqliteCommitter(db, registry, leases));
    return new SqliteReadStore(db, registry, leases, writer);
  } catch (error) {
    db.close();
    throw error;
  }
}

class SqliteReadStore implements ReadStore {
  private readonly statements = new Map<string, Database.Statement>();

  constructor(
    private readonly db: Database.Database,
    private readonly registry: SqliteRegistry,
    private readonly leases: SqliteLeases,
    private readonly writer: SqliteReadWriter,
  ) {}

  async get<D = ReadDocument>(collection: string, id: string, options?: ReadOptions): Promise<Stored<D> | null> {
    const table = this.table(collection, options);
    if (!table) return null;
    const row = this.sql(`SELECT id, position, ${DOC_TEXT} FROM ${table} WHERE id = ?`).get(id) as Row | undefined;
    return row ? toStored<D>(row) : null;
  }

  async getMany<D = ReadDocument>(collection: string, ids: string[], options?: ReadOptions): Promise<Stored<D>[]> {
    const table = this.table(collection, options);
    if (!table || ids.length === 0) return [];
    // json_each keeps the statement constant whatever the number of ids (no SQLITE_MAX_VARIABLE_NUMBER limit).
    const rows = this
      .sql(`SELECT id, position, ${DOC_TEXT} FROM ${table} WHERE id IN (SELECT value FROM json_each(?))`)
      .all(JSON.stringify(ids)) as Row[];
    return rows.map((row) => toStored<D>(row));
  }

  async find<D = ReadDocument>(collection: string, query: FindQuery, options?: ReadOptions): Promise<Page<D>> {
    const limit = assertLimit(query.limit);
    const orderBy = query.orderBy ?? DEFAULT_ORDER;
    const expr = fieldExpression(orderBy.field);
    const conditions = whereSql(query.where);
    if (query.after) conditions.push(afterCursorSql(orderBy, decodeCursor(orderBy, query.after)));
    const table = this.table(collection, options);
    if (!table) return { items: [], nextCursor: null };
    const direction = orderBy.direction === 'desc' ? 'DESC' : 'ASC';
    const where = conditions.length ? `WHERE ${conditions.map((c) => c.sql).join(' AND ')}` : '';
    const rows = this
      .sql(
        `SELECT id, position, ${DOC_TEXT}, ${expr} AS sort_value FROM ${table} ${where}
         ORDER BY ${expr} ${direction}, id ${direction} LIMIT ?`,
      )
      .all(...conditions.flatMap((c) => c.params), limit + 1) as Row[];
    const more = rows.length > limit;
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      items: page.map((row) => toStored<D>(row)),
      nextCursor: more && last ? encodeCursor(orderBy, { value: last.sort_value ?? null, id: last.id }) : null,
    };
  }

  async *scan<D = ReadDocument>(collection: string, options?: ScanOptions): AsyncIterable<Stored<D>> {
    const table = this.table(collection, options);
    if (!table) return;
    const batchSize = options?.batchSize ?? 500;
    // Keyset pages rather than one open iterator: better-sqlite3 forbids other statements while an iterator is open.
    let after = '';
    for (;;) {
      const rows = this
        .sql(`SELECT id, position, ${DOC_TEXT} FROM ${table} WHERE id > ? ORDER BY id LIMIT ?`)
        .all(after, batchSize) as Row[];
      for (const row of rows) yield toStored<D>(row);
      if (rows.length < batchSize) return;
      after = rows.at(-1)!.id;
    }
  }

  contentHash(collection: string, options?: ReadOptions): Promise<string> {
    return hashDocuments(this.scan(collection, options));
  }

  async ensureIndexes(collection: string, fields: string[][]): Promise<void> {
    this.registry.declareIndexes(collection, fields);
  }

  async registerProjection(registration: ProjectionRegistration): Promise<ProjectionState> {
    return this.registry.register(registration);
  }

  async projectionState(name: string): Promise<ProjectionState | null> {
    return this.registry.state(name);
  }

  async beginGeneration(name: string, version: number): Promise<number> {
    return this.registry.begin(name, version);
  }

  async indexGeneration(name: string, generation: number): Promise<void> {
    this.registry.index(name, generation);
  }

  async switchLive(name: string, generation: number): Promise<void> {
    this.registry.switchLive(name, generation);
  }

  async dropGeneration(name: string, generation: number): Promise<void> {
    this.registry.drop(name, generation);
    this.statements.clear();
  }

  async checkpoint(key: ProjectionKey): Promise<number> {
    return this.registry.checkpoint(key);
  }

  async commit(key: ProjectionKey, changes: ChangeSet, checkpoint: number, fence?: LeaseFence): Promise<void> {
    // Serialised here, before the write lock is taken: another writer of the file (a rebuild beside the live projector)
    // waits only for the inserts, not for JSON.stringify.
    const rows = changes.upserts.map(({ collection, id, position, doc }) => ({
      collection, id, position, text: JSON.stringify(hasStorageFields(doc) ? withoutStorageFields(doc) : doc),
    }));
    await this.writer.commit(key, rows, changes.deletes, checkpoint, fence);
  }

  async acquireLease(name: string, owner: string, ttlMs: number): Promise<boolean> {
    return this.leases.acquire(name, owner, ttlMs);
  }

  async releaseLease(name: string, owner: string): Promise<void> {
    this.leases.release(name, owner);
  }

  async leaseHolder(name: string): Promise<LeaseHolder | null> {
    return this.leases.holder(name);
  }

  async ping(): Promise<void> {
    this.sql('SELECT 1').get();
  }

  async close(): Promise<void> {
    await this.writer.close();
    if (this.db.open) this.db.close();
  }

  /** Prepared once per SQL text: commits run the same few statements thousands of times. */
  private sql(text: string): Database.Statement {
    let statement = this.statements.get(text);
    if (!statement) this.statements.set(text, (statement = this.db.prepare(text)));
    return statement;
  }

  /** The physical table to read, or null when nothing was ever projected into the collection. */
  private table(collection: string, options?: ReadOptions): string | null {
    const generation = options?.generation ?? this.registry.liveGeneration(collection);
    return generation === null ? null : tableName(collection, generation);
  }
}
