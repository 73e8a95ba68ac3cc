import type Database from 'better-sqlite3';
import { ConcurrencyError, IdempotencyKeyReusedError } from '../errors.js';
import type { StoredEvent } from '../event.js';
import type { AppendRequest, AppendResult, CommandRecord } from '../event-store.port.js';
import { GENESIS_HASH, sealEvents } from '../hash-chain.js';
import { FIND_COMMAND, toCommandRow, toEventRow, type CommandRow, type EventRow } from './sqlite-rows.js';

type Head = Pick<EventRow, 'version' | 'hash' | 'position'>;

/**
 * One append, run inside the caller's transaction (the group-commit batch wraps each in a savepoint). Throws
 * ConcurrencyError / IdempotencyKeyReusedError before writing anything, so a rollback to the savepoint is exact.
 */
export class SqliteAppender {
  private readonly head;
  private readonly insertEvent;
  private readonly findCommand;
  private readonly insertCommand;

  constructor(db: Database.Database) {
    this.head = db.prepare<[string], Head>(
      'SELECT version, hash, position FROM events WHERE stream_id = ? ORDER BY version DESC LIMIT 1',
    );
    this.insertEvent = db.prepare<[Omit<EventRow, 'position'>]>(
      `INSERT INTO events (event_id, stream_id, version, type, schema_version, data, metadata, recorded_at, previous_hash, hash)
       VALUES (@event_id, @stream_id, @version, @type, @schema_version, @data, @metadata, @recorded_at, @previous_hash, @hash)`,
    );
    this.findCommand = db.prepare<[string, string], CommandRow>(FIND_COMMAND);
    this.insertCommand = db.prepare<[CommandRow]>(
      `INSERT INTO commands (caller_id, key, fingerprint, stream_id, version, position, event_types, recorded_at)
       VALUES (@caller_id, @key, @fingerprint, @stream_id, @version, @position, @event_types, @recorded_at)`,
    );
  }

  append(request: AppendRequest, recordedAt: string): AppendResult {
    assertValid(request);
    const { streamId, expectedVersion, command } = request;
    // The command record is looked up first: a retry carries the expected version it saw before the first
    // attempt succeeded, so checking the version first would turn every replay into a conflict.
    if (command) {
      const row = this.findCommand.get(command.callerId, command.key);
      if (row) {
        if (row.fingerprint !== command.fingerprint) throw new IdempotencyKeyReusedError(command.key);
        return { streamId: row.stream_id, version: row.version, position: row.position, events: [], duplicate: true };
      }
    }
    const head = this.head.get(streamId);
    const actualVersion = head?.version ?? 0;
    if (actualVersion !== expectedVersion) throw new ConcurrencyError(streamId, expectedVersion, actualVersion);
    if (request.events.length === 0) {
      return { streamId, version: actualVersion, position: head?.position ?? 0, events: [] };
    }

    const sealed = sealEvents(streamId, { version: actualVersion, hash: head?.hash ?? GENESIS_HASH }, request.events, recordedAt);
    const events: StoredEvent[] = sealed.map((event) => {
      const { lastInsertRowid } = this.insertEvent.run(toEventRow({ ...event, position: 0 }));
      return { ...event, position: Number(lastInsertRowid) };
    });
    const last = events[events.length - 1];
    if (command) {
      const record: CommandRecord = {
        ...command,
        streamId,
        version: last.version,
        position: last.position,
        eventTypes: events.map((event) => event.type),
        recordedAt,
      };
      this.insertCommand.run(toCommandRow(record));
    }
    return { streamId, version: last.version, position: last.position, events };
  }
}

function assertValid(request: AppendRequest): void {
  if (!request.streamId) throw new TypeError('append: streamId is required');
  if (!Number.isSafeInteger(request.expectedVersion) || request.expectedVersion < 0) {
    throw new TypeError(`append: expectedVersion must be an integer >= 0, got ${request.expectedVersion}`);
  }
}
