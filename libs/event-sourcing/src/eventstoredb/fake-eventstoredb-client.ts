import { Readable } from 'node:stream';
import {
  ANY,
  BACKWARDS,
  END,
  NO_STREAM,
  START,
  StreamNotFoundError,
  WrongExpectedVersionError,
  type AppendExpectedRevision,
  type AppendResult,
  type EventData,
  type EventStoreDBClient,
  type Filter,
  type Position,
  type ReadPosition,
  type ReadRevision,
  type RecordedEvent,
} from '@eventstore/db-client';

type Recorded = RecordedEvent & { position: Position };

/**
 * TEST DOUBLE. An in-memory imitation of the parts of EventStoreDB the adapter uses, with the semantics it relies on:
 * exact expected revisions, idempotent re-appends of the same event ids, byte-like non-contiguous $all positions,
 * inclusive read positions, system events interleaved in $all, catch-up-then-live subscriptions. It lets the
 * contract suite exercise the adapter's own logic here; only a real server proves the wire behaviour.
 */
export class FakeEventStoreDbClient {
  private readonly all: Recorded[] = [];
  private readonly streams = new Map<string, Recorded[]>();
  private readonly live = new Set<(event: Recorded) => void>();
  private nextPosition = 1_000n;
  private appends = 0;
  /** Stream reads neither read to their end nor cancelled: on a server, calls left open until the client is disposed. */
  openReads = 0;
  /** How many events each read of $all asked for (maxCount), newest last. */
  readonly readAllCounts: number[] = [];

  constructor() {
    this.write('$settings', [{ type: '$settings', data: {}, id: crypto.randomUUID() }]);
  }

  asClient(): EventStoreDBClient {
    return this as unknown as EventStoreDBClient;
  }

  async appendToStream(
    streamName: string,
    events: EventData | EventData[],
    { expectedRevision = ANY }: { expectedRevision?: AppendExpectedRevision } = {},
  ): Promise<AppendResult> {
    const list = Array.isArray(events) ? events : [events];
    const stream = this.streams.get(streamName) ?? [];
    const current = stream.length === 0 ? NO_STREAM : BigInt(stream.length - 1);
    if (expectedRevision !== ANY && expectedRevision !== current) {
      const start = expectedRevision === NO_STREAM ? 0 : Number(expectedRevision) + 1;
      const already = stream.slice(start, start + list.length);
      if (already.length === list.length && already.every((event, i) => event.id === list[i].id)) {
        const last = already[already.length - 1];
        return { success: true, nextExpectedRevision: last.revision, position: last.position };
      }
      throw new WrongExpectedVersionError(undefined, { streamName, expected: expectedRevision, current });
    }
    const written = this.write(streamName, list.map((event) => ({ type: event.type, data: event.data, id: event.id, metadata: event.metadata })));
    // Interleave system events, as a real server does ($stats, $projections, …).
    if (++this.appends % 3 === 0) this.write('$stats-fake', [{ type: '$statsCollected', data: {}, id: crypto.randomUUID() }]);
    const last = written[written.length - 1];
    return { success: true, nextExpectedRevision: last.revision, position: last.position };
  }

  readStream(
    streamName: string,
    { fromRevision = START, direction = 'forwards', maxCount = Number.MAX_SAFE_INTEGER }: { fromRevision?: ReadRevision; direction?: string; maxCount?: number | bigint } = {},
  ): Readable {
    const stream = this.streams.get(streamName);
    const start = fromRevision === START ? 0n : fromRevision === END ? BigInt(Number.MAX_SAFE_INTEGER) : fromRevision;
    const picked = (stream ?? [])
      .filter((event) => (direction === BACKWARDS ? event.revision <= start : event.revision >= start))
      .sort((a, b) => (direction === BACKWARDS ? Number(b.revision - a.revision) : Number(a.revision - b.revision)))
      .slice(0, Number(maxCount));
    this.openReads++;
    let open = true;
    const close = () => {
      if (open) this.openReads--;
      open = false;
    };
    const read = Readable.from(
      (async function* () {
        if (!stream) {
          close();
          throw new StreamNotFoundError(undefined, streamName);
        }
        // Stream reads carry the event's $all position (servers >= 22.6) but no commitPosition.
        for (const event of picked) yield { event };
        close();
      })(),
    ) as Readable & { cancel(): Promise<void> };
    read.cancel = async () => close();
    return read;
  }

  readAll({ fromPosition = START, direction = 'forwards', maxCount = Number.MAX_SAFE_INTEGER }: { fromPosition?: ReadPosition; direction?: string; maxCount?: number | bigint } = {}): Readable {
    this.readAllCounts.push(Number(maxCount));
    const from = positionValue(fromPosition);
    const picked = (direction === BACKWARDS ? [...this.all].reverse() : this.all)
      .filter((event) => (direction === BACKWARDS ? event.position.commit <= from : event.position.commit >= from))
      .slice(0, Number(maxCount));
    return Readable.from(picked.map((event) => ({ event, commitPosition: event.position.commit })));
  }

  subscribeToAll({ fromPosition = START, filter }: { fromPosition?: ReadPosition; filter?: Filter } = {}): Readable & { unsubscribe(): Promise<void> } {
    const pattern = filter && 'regex' in filter ? new RegExp(filter.regex) : /.*/;
    const from = fromPosition === START ? -1n : positionValue(fromPosition);
    const subscription = new Readable({ objectMode: true, read: () => undefined }) as Readable & { unsubscribe(): Promise<void> };
    const deliver = (event: Recorded): void => {
      if (event.position.commit > from && pattern.test(event.streamId)) subscription.push({ event, commitPosition: event.position.commit });
    };
    for (const event of this.all) deliver(event);
    this.live.add(deliver);
    subscription.unsubscribe = async () => {
      this.live.delete(deliver);
      subscription.push(null);
    };
    return subscription;
  }

  async dispose(): Promise<void> {
    this.live.clear();
  }

  private write(streamId: string, events: Array<{ type: string; data: unknown; id: string; metadata?: unknown }>): Recorded[] {
    const stream = this.streams.get(streamId) ?? [];
    this.streams.set(streamId, stream);
    const written = events.map((event) => {
      const position = { commit: this.nextPosition, prepare: this.nextPosition };
      this.nextPosition += 97n + BigInt(JSON.stringify(event.data).length);
      const recorded = {
        streamId, id: event.id, isJson: true, revision: BigInt(stream.length), type: event.type, created: new Date(),
        data: JSON.parse(JSON.stringify(event.data)), metadata: event.metadata === undefined ? undefined : JSON.parse(JSON.stringify(event.metadata)), position,
      } as Recorded;
      stream.push(recorded);
      this.all.push(recorded);
      return recorded;
    });
    for (const event of written) for (const deliver of this.live) deliver(event);
    return written;
  }
}

const positionValue = (position: ReadPosition): bigint =>
  position === START ? 0n : position === END ? BigInt(Number.MAX_SAFE_INTEGER) * 1000n : position.commit;
