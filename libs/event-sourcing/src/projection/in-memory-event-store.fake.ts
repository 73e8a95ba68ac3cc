import { ConcurrencyError } from '../errors.js';
import type { StoredEvent } from '../event.js';
import type {
  AppendRequest, AppendResult, CommandRecord, EventCount, EventStore, ReadAllOptions, ReadStreamOptions, SubscribeOptions,
} from '../event-store.port.js';

/** A minimal EventStore for runner specs: one array, no hash chain, no idempotency records, polling subscribe. */
export class InMemoryEventStore implements EventStore {
  readonly events: StoredEvent[] = [];
  /** Every readAll call's `after`, so specs can see where a runner resumed. */
  readonly reads: number[] = [];

  async append({ streamId, expectedVersion, events }: AppendRequest): Promise<AppendResult> {
    const version = this.events.filter((e) => e.streamId === streamId).length;
    if (version !== expectedVersion) throw new ConcurrencyError(streamId, expectedVersion, version);
    const recordedAt = new Date(Date.UTC(2024, 0, 1, 0, 0, this.events.length)).toISOString();
    const stored = events.map((e, i): StoredEvent => ({
      ...e,
      streamId,
      version: version + i + 1,
      position: this.events.length + i + 1,
      metadata: { ...e.metadata, recordedAt },
      previousHash: '',
      hash: '',
    }));
    this.events.push(...stored);
    return { streamId, version: version + stored.length, position: this.events.length, events: stored };
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<StoredEvent[]> {
    const from = options.fromVersion ?? 1;
    const to = options.toVersion ?? Number.MAX_SAFE_INTEGER;
    return this.events.filter((e) => e.streamId === streamId && e.version >= from && e.version <= to);
  }

  async readAll({ after, limit }: ReadAllOptions): Promise<StoredEvent[]> {
    this.reads.push(after);
    return this.events.slice(after, after + limit);
  }

  async *subscribe({ after, signal, batchSize = 100 }: SubscribeOptions): AsyncIterable<StoredEvent> {
    let position = after;
    while (!signal?.aborted) {
      const batch = await this.readAll({ after: position, limit: batchSize });
      for (const event of batch) yield event;
      position = batch.at(-1)?.position ?? position;
      if (batch.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  async headPosition(): Promise<number> {
    return this.events.length;
  }

  async countAfter(after: number, cap: number): Promise<EventCount> {
    const count = this.events.filter((e) => e.position > after).length;
    return { count: Math.min(count, cap), capped: count > cap };
  }

  async findCommand(): Promise<CommandRecord | null> {
    return null;
  }

  async ping(): Promise<void> {}

  async close(): Promise<void> {}
}
