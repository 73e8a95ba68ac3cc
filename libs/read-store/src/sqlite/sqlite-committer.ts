import type { Database, Statement } from 'better-sqlite3';
import type { LeaseFence, ProjectionKey } from '../read-store.port.js';
import { tableName, type SqliteRegistry } from './sqlite-registry.js';
import type { SqliteLeases } from './sqlite-leases.js';

/** A document to write, already serialised (JSON text). */
export interface DocumentRow {
  collection: string;
  id: string;
  position: number;
  text: string;
}

export interface DocumentDelete {
  collection: string;
  id: string;
  position: number;
}

/**
 * Documents are stored as SQLite's binary JSON (JSONB) and read back as text. json_extract then walks the binary form
 * instead of parsing text for every row: the expression indexes, filters and sort keys all read fields that way.
 * Measured: indexing a rebuilt generation takes a third less time. Rows written as text by earlier versions read the same.
 */
export const DOC_TEXT = 'json(doc) AS doc';
const DOC_VALUE = 'jsonb(?)';

/** Commits of a read-store connection: on the store's own connection, or on its writer thread's. */
export class SqliteCommitter {
  /** Prepared once per SQL text. */
  private readonly statements = new Map<string, Statement>();

  constructor(
    private readonly db: Database,
    private readonly registry: SqliteRegistry,
    private readonly leases: SqliteLeases,
  ) {}

  /** Documents and checkpoint in one transaction: after a crash both or neither are there. */
  commit(key: ProjectionKey, rows: DocumentRow[], deletes: DocumentDelete[], checkpoint: number, fence?: LeaseFence): void {
    // Looked up once per collection, not per document: a rebuild commits tens of thousands of documents at once.
    const upserts = new Map<string, Statement>();
    const upsertInto = (collection: string) => {
      let statement = upserts.get(collection);
      if (!statement) {
        statement = this.sql(
          `INSERT INTO ${tableName(collection, key.generation)} (id, position, doc) VALUES (?, ?, ${DOC_VALUE})
           ON CONFLICT (id) DO UPDATE SET position = excluded.position, doc = excluded.doc
           WHERE position < excluded.position`,
        );
        upserts.set(collection, statement);
      }
      return statement;
    };
    this.db.transaction(() => {
      if (fence) this.leases.assertHeld(fence);
      for (const { collection, id, position, text } of rows) upsertInto(collection).run(id, position, text);
      for (const { collection, id, position } of deletes) {
        this.sql(`DELETE FROM ${tableName(collection, key.generation)} WHERE id = ? AND position < ?`).run(id, position);
      }
      this.registry.raiseCheckpoint(key, checkpoint);
    }).immediate();
  }

  private sql(text: string): Statement {
    let statement = this.statements.get(text);
    if (!statement) this.statements.set(text, (statement = this.db.prepare(text)));
    return statement;
  }
}
