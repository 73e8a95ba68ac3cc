import {
  BACKWARDS,
  END,
  EventStoreDBClient,
  NO_STREAM as ESDB_NO_STREAM,
  StreamNotFoundError,
  WrongExpectedVersionError,
  type AppendResult as EsdbAppendResult,
  type ReadStreamOptions as EsdbReadStreamOptions,
} from '@eventstore/db-client';
import { ConcurrencyError, IdempotencyKeyReusedError } from '../errors.js';
import type { StoredEvent } from '../event.js';
import type {
  AppendRequest,
  AppendResult,
  CommandRecord,
  EventCount,
  EventStore,
  ReadAllOptions,
  ReadStreamOptions,
  SubscribeOptions,
} from '../event-store.port.js';
import { GENESIS_HASH, sealEvents, type SealedEvent } from '../hash-chain.js';
import { deterministicUuid, EVENT_ID_NAMESPACE } from '../ids.js';
import { asResult, recoverWritten, replay, type Outcome, type TailEvent } from './esdb-command-recovery.js';
import { collect, EsdbLogReader } from './esdb-log-reader.js';
import * as esdb from './esdb-mapping.js';

export interface EventStoreDbOptions {
  /** e.g. `esdb://admin:changeit@localhost:2113?tls=false` (reading $all needs a user allowed to). */
  url: string;
  clock?: () => Date;
  /**
   * How far back from a stream's end a retried command looks for the events its first attempt wrote before
   * crashing (before its idempotency record was written).
   */
  recoveryWindow?: number;
  /** Page size for reads of $all. */
  pageSize?: number;
}

/**
 * EventStoreDB has no multi-stream transaction, so the idempotency record is written after the events, in its own
 * stream, and a crash between the two is repaired on retry thanks to the deterministic event ids.
 * Known limit: two requests racing with the same key but different bodies can both append before either record is
 * written; the later one is then refused with IdempotencyKeyReusedError after its events are in (SQLite has no such gap).
 */
export class EventStoreDbEventStore implements EventStore {
  private readonly clock: () => Date;
  private readonly recoveryWindow: number;
  private readonly log: EsdbLogReader;

  constructor(
    private readonly client: EventStoreDBClient,
    options: Omit<EventStoreDbOptions, 'url'> = {},
  ) {
    this.clock = options.clock ?? (() => new Date());
    this.recoveryWindow = options.recoveryWindow ?? 100;
    this.log = new EsdbLogReader(client, options.pageSize ?? 500);
  }

  async append(request: AppendRequest): Promise<AppendResult> {
    if (!request.streamId || !Number.isSafeInteger(request.expectedVersion) || request.expectedVersion < 0) {
      throw new TypeError(`append: invalid stream ${request.streamId} or expected version ${request.expectedVersion}`);
    }
    // Set just before the events go to the server: from then on a lost answer may hide a committed append.
    const attempt = { sent: false };
    try {
      return await this.appendOnce(request, attempt);
    } catch (error) {
      const operation = `append to ${request.streamId}`;
      throw esdb.toStoreError(error, { operation, expectedVersion: request.expectedVersion, appendSent: attempt.sent });
    }
  }

  private async appendOnce({ streamId, expectedVersion, events, command }: AppendRequest, attempt: { sent: boolean }): Promise<AppendResult> {
    if (command) {
      const existing = await this.findCommand(command.callerId, command.key);
      if (existing) return replay(existing, command);
    }
    const recovering = command !== undefined && events.length > 0;
    const tail = await this.readTail(streamId, recovering ? this.recoveryWindow : 1);
    if (recovering) {
      const written = recoverWritten(tail, command, events[0].eventId);
      if (written) return { ...asResult(await this.recordCommand(command, written)), duplicate: true };
    }
    const head = tail[0]?.event;
    const actualVersion = head?.version ?? 0;
    // Fails fast without a write; the exact expected revision below is what actually guards the race.
    if (actualVersion !== expectedVersion) throw new ConcurrencyError(streamId, expectedVersion, actualVersion);
    if (events.length === 0) return { streamId, version: actualVersion, position: head?.position ?? 0, events: [] };

    const sealed = sealEvents(streamId, { version: actualVersion, hash: head?.hash ?? GENESIS_HASH }, events, this.now());
    attempt.sent = true;
    const appended = await this.client.appendToStream(streamId, sealed.map((event) => esdb.toEventData(event, command?.fingerprint)), {
      expectedRevision: esdb.expectedRevisionFor(expectedVersion),
    });
    const stored = await this.readBack(streamId, sealed, appended);
    const last = stored[stored.length - 1];
    const outcome: Outcome = { streamId, version: last.version, position: last.position, eventTypes: stored.map((e) => e.type) };
    if (command) await this.recordCommand(command, outcome);
    return { ...asResult(outcome), events: stored };
  }

  /** The stored events as the server has them (with their $all positions), in case an identical retry won the race. */
  private async readBack(streamId: string, sealed: SealedEvent[], appended: EsdbAppendResult): Promise<StoredEvent[]> {
    const lastPosition = Number(appended.position?.commit ?? 0n);
    const stored = await this.readRaw(streamId, { fromRevision: BigInt(sealed[0].version - 1), maxCount: sealed.length });
    const matches = stored.length === sealed.length && stored.every((event, i) => event.eventId === sealed[i].eventId);
    const events = matches ? stored : sealed.map((event) => ({ ...event, position: 0 }));
    const last = events[events.length - 1];
    if (last.position === 0) events[events.length - 1] = { ...last, position: lastPosition };
    return events;
  }

  private async recordCommand(command: NonNullable<AppendRequest['command']>, outcome: Outcome): Promise<Outcome> {
    const stream = esdb.commandStreamName(command.callerId, command.key);
    const record: CommandRecord = { ...command, ...outcome, recordedAt: this.now() };
    // The id depends on the fingerprint: an identical concurrent retry is deduplicated by the server, a different
    // request with the same key is refused by NO_STREAM.
    const id = deterministicUuid(EVENT_ID_NAMESPACE, `${stream}/${command.fingerprint}`);
    try {
      await this.client.appendToStream(stream, esdb.toCommandEventData(record, id), { expectedRevision: ESDB_NO_STREAM });
      return outcome;
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError)) throw error;
      const existing = await this.findCommand(command.callerId, command.key);
      if (!existing || existing.fingerprint !== command.fingerprint) throw new IdempotencyKeyReusedError(command.key);
      return existing;
    }
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<StoredEvent[]> {
    const from = Math.max(1, options.fromVersion ?? 1);
    const to = options.toVersion ?? Number.MAX_SAFE_INTEGER;
    if (to < from || options.limit === 0) return [];
    const until = options.recordedUntil === undefined ? undefined : normalizeInstant(options.recordedUntil);
    let maxCount = to - from + 1;
    if (until === undefined && options.limit !== undefined) maxCount = Math.min(maxCount, options.limit);
    const recordedInTime = (event: StoredEvent): boolean =>
      until === undefined || normalizeInstant(event.metadata.recordedAt) <= until;
    try {
      return await this.readRaw(streamId, { fromRevision: BigInt(from - 1), maxCount }, recordedInTime, options.limit);
    } catch (error) {
      throw esdb.toStoreError(error, { operation: `read ${streamId}` });
    }
  }

  /** The newest `count` events, newest first, with the fingerprint each was written with (read to its end). */
  private async readTail(streamId: string, count: number): Promise<TailEvent[]> {
    const tail: TailEvent[] = [];
    try {
      for await (const resolved of this.client.readStream(streamId, { direction: BACKWARDS, fromRevision: END, maxCount: count })) {
        if (resolved.event) tail.push({ event: esdb.toStoredEvent(resolved.event, resolved.commitPosition), fingerprint: esdb.fingerprintOf(resolved.event) });
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
    return tail;
  }

  private async readRaw(
    streamId: string,
    options: EsdbReadStreamOptions,
    keep: (event: StoredEvent) => boolean = () => true,
    limit = Number.MAX_SAFE_INTEGER,
  ): Promise<StoredEvent[]> {
    const events: StoredEvent[] = [];
    const read = this.client.readStream(streamId, options);
    let abandoned = false;
    try {
      for await (const resolved of read) {
        if (!resolved.event) continue;
        const event = esdb.toStoredEvent(resolved.event, resolved.commitPosition);
        if (keep(event)) events.push(event);
        if (events.length >= limit) {
          abandoned = true;
          break;
        }
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    } finally {
      // Leaving the loop destroys only the client's Transform: the gRPC call piped into it stays open, with the
      // infinite deadline reads are given, until the client is disposed. ReadStream.cancel() is what ends the call
      // (EventStore/EventStore-Client-NodeJS v6.2.1: packages/db-client/src/streams/readStream.ts, `deadline: Infinity`;
      // src/streams/utils/ReadStream.ts, `initialize` pipes the call, `cancel` calls the call's cancel()).
      if (abandoned) await read.cancel();
    }
    return events;
  }

  readAll(options: ReadAllOptions): Promise<StoredEvent[]> {
    return this.log.readAll(options).catch((error: unknown) => Promise.reject(esdb.toStoreError(error, READ_ALL)));
  }

  subscribe(options: SubscribeOptions): AsyncGenerator<StoredEvent> {
    return this.log.subscribe(options);
  }

  headPosition(): Promise<number> {
    return this.log.headPosition().catch((error: unknown) => Promise.reject(esdb.toStoreError(error, READ_ALL)));
  }

  /** Reads (and filters) up to `cap + 1` events of $all: what the cap bounds is exactly this read. */
  async countAfter(after: number, cap: number): Promise<EventCount> {
    try {
      const count = (await this.log.readAll({ after, limit: cap + 1 })).length;
      return { count: Math.min(count, cap), capped: count > cap };
    } catch (error) {
      throw esdb.toStoreError(error, READ_ALL);
    }
  }

  async findCommand(callerId: string, key: string): Promise<CommandRecord | null> {
    try {
      const [first] = await this.collectStream(esdb.commandStreamName(callerId, key));
      return first?.event ? esdb.toCommandRecord(first.event) : null;
    } catch (error) {
      if (error instanceof StreamNotFoundError) return null;
      throw esdb.toStoreError(error, { operation: 'read the idempotency records (command-* streams)' });
    }
  }

  ping(): Promise<void> {
    return this.log.ping().catch((error: unknown) => Promise.reject(esdb.toStoreError(error, READ_ALL)));
  }

  async close(): Promise<void> {
    await this.client.dispose();
  }

  private now(): string {
    return this.clock().toISOString();
  }

  private collectStream(streamName: string) {
    return collect(this.client.readStream(streamName, { maxCount: 1 }));
  }
}

const READ_ALL = { operation: 'read $all' };

function normalizeInstant(value: string): string {
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) throw new RangeError(`Not a valid instant: ${value}`);
  return instant.toISOString();
}

export async function connectEventStoreDb(options: EventStoreDbOptions): Promise<EventStoreDbEventStore> {
  // The client connects lazily: an unreachable server shows up on the first call (and in ping) as StoreUnavailableError.
  return new EventStoreDbEventStore(EventStoreDBClient.connectionString(options.url), options);
}
