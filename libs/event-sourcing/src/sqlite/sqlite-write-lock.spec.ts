import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { beginImmediate } from './sqlite-write-lock.js';

/** A second connection, on a thread of its own, holding the write lock for `holdMs` (as the projection thread's may). */
function holdWriteLock(file: string, holdMs: number): Promise<Worker> {
  const worker = new Worker(
    `const Database = require('better-sqlite3'); const { parentPort, workerData } = require('node:worker_threads');
     const db = new Database(workerData.file); db.exec('BEGIN IMMEDIATE'); parentPort.postMessage('held');
     Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, workerData.holdMs); db.exec('COMMIT'); db.close();`,
    { eval: true, workerData: { file, holdMs } },
  );
  return new Promise((resolve) => worker.once('message', () => resolve(worker)));
}

describe('beginImmediate', () => {
  let dir: string;
  let db: Database.Database;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'write-lock-'));
    db = new Database(join(dir, 'events.sqlite'));
    db.pragma('journal_mode = WAL');
    db.exec('CREATE TABLE t (x)');
  });
  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('given no other writer, then it begins at once and leaves busy_timeout as configured', () => {
    db.pragma('busy_timeout = 5000');
    beginImmediate(db);
    expect(db.inTransaction).toBe(true);
    db.exec('COMMIT');
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
  });

  it('given another connection holding the lock for a while, then it begins once that one commits', async () => {
    db.pragma('busy_timeout = 5000');
    const holder = await holdWriteLock(join(dir, 'events.sqlite'), 150);
    beginImmediate(db);
    db.exec('INSERT INTO t VALUES (1)');
    db.exec('COMMIT');
    expect(db.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 1 });
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    await holder.terminate();
  });

  it('given the lock held past busy_timeout, then SQLITE_BUSY as before, busy_timeout restored, no transaction open', async () => {
    db.pragma('busy_timeout = 50');
    const holder = await holdWriteLock(join(dir, 'events.sqlite'), 1000);
    expect(() => beginImmediate(db)).toThrow(expect.objectContaining({ code: 'SQLITE_BUSY' }));
    expect(db.inTransaction).toBe(false);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(50);
    await new Promise((resolve) => holder.once('exit', resolve));
  });

  it('given another error, then it is thrown at once', () => {
    db.pragma('busy_timeout = 5000');
    beginImmediate(db);
    expect(() => beginImmediate(db)).toThrow(/within a transaction/);
    db.exec('ROLLBACK');
  });
});
