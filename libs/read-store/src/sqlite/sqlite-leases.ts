import type { Database, Statement } from 'better-sqlite3';
import type { LeaseFence, LeaseHolder } from '../read-store.port.js';
import { LeaseLostError } from '../read-store.errors.js';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS rs_leases (name TEXT PRIMARY KEY, owner TEXT NOT NULL, expires_at INTEGER NOT NULL);
`;

/**
 * Projection leases in the read-store file. Time is the process's `Date.now()`, not a database clock: SQLite has no
 * server, and every process sharing the file runs on the same host (SQLite over a network file system is unsupported,
 * and WAL needs shared memory), so all of them read one clock and there is no skew between holder and standby. A step
 * of that clock (NTP) shortens or stretches a lease by the step; a shortened one is harmless because commits are
 * fenced inside their own transaction (see `assertHeld`), a stretched one only delays a takeover.
 */
export class SqliteLeases {
  constructor(
    private readonly db: Database,
    private readonly now: () => number = Date.now,
  ) {
    db.exec(SCHEMA);
  }

  /** Prepared once per SQL text: `assertHeld` runs inside every fenced commit. */
  private readonly statements = new Map<string, Statement>();

  private sql(text: string): Statement {
    let statement = this.statements.get(text);
    if (!statement) this.statements.set(text, (statement = this.db.prepare(text)));
    return statement;
  }

  acquire(name: string, owner: string, ttlMs: number): boolean {
    // IMMEDIATE: the write lock is taken before the row is read, so two processes asking at once are serialized
    // (the second waits on busy_timeout, then finds the first's unexpired row and is refused).
    return this.db.transaction(() => {
      const now = this.now();
      const result = this.sql(
          `INSERT INTO rs_leases (name, owner, expires_at) VALUES (?, ?, ?)
           ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at
           WHERE rs_leases.owner = excluded.owner OR rs_leases.expires_at <= ?`,
        )
        .run(name, owner, now + ttlMs, now);
      return result.changes === 1;
    }).immediate();
  }

  release(name: string, owner: string): void {
    this.sql('DELETE FROM rs_leases WHERE name = ? AND owner = ?').run(name, owner);
  }

  holder(name: string): LeaseHolder | null {
    const row = this.sql('SELECT owner, expires_at FROM rs_leases WHERE name = ? AND expires_at > ?')
      .get(name, this.now()) as { owner: string; expires_at: number } | undefined;
    return row ? { name, owner: row.owner, expiresAt: new Date(row.expires_at).toISOString() } : null;
  }

  /** Called inside a commit's IMMEDIATE transaction: no takeover can interleave between this check and the writes. */
  assertHeld({ lease, owner }: LeaseFence): void {
    if (this.holder(lease)?.owner !== owner) throw new LeaseLostError(lease, owner);
  }
}
