import {
  BACKWARDS,
  END,
  streamNameFilter,
  type AllStreamResolvedEvent,
  type EventStoreDBClient,
} from '@eventstore/db-client';
import type { StoredEvent } from '../event.js';
import type { ReadAllOptions, SubscribeOptions } from '../event-store.port.js';
import * as esdb from './esdb-mapping.js';

/** Reads of the global log ($all), keeping only application events: no system events, no command records. */
export class EsdbLogReader {
  constructor(
    private readonly client: EventStoreDBClient,
    private readonly pageSize: number,
  ) {}

  async readAll({ after, limit }: ReadAllOptions): Promise<StoredEvent[]> {
    const events: StoredEvent[] = [];
    let cursor = after;
    // readAll (client 6.2) takes no server-side filter, so pages are filtered here.
    while (events.length < limit) {
      // The start position is inclusive on the server: ask for one more and drop what is not after the cursor.
      const page = await collect(this.client.readAll({ fromPosition: esdb.readPositionAfter(cursor), maxCount: this.pageSize + 1 }));
      const fresh = page.filter((resolved) => rawPosition(resolved) > cursor);
      for (const resolved of fresh) {
        cursor = rawPosition(resolved);
        if (esdb.isApplicationEvent(resolved.event)) events.push(esdb.toStoredEvent(resolved.event, resolved.commitPosition));
        if (events.length >= limit) break;
      }
      if (page.length < this.pageSize + 1 || fresh.length === 0) break;
    }
    return events;
  }

  async *subscribe({ after, signal }: SubscribeOptions): AsyncGenerator<StoredEvent> {
    if (signal?.aborted) return;
    // Catch-up from `after`, then live, in one server-side subscription filtered by stream name.
    const subscription = this.client.subscribeToAll({
      fromPosition: esdb.readPositionAfter(after),
      filter: streamNameFilter({ regex: esdb.APPLICATION_STREAMS_REGEX }),
    });
    const stop = (): void => {
      void subscription
        .unsubscribe()
        .catch(() => undefined)
        .finally(() => subscription.destroy());
    };
    signal?.addEventListener('abort', stop, { once: true });
    try {
      for await (const resolved of subscription as AsyncIterable<AllStreamResolvedEvent>) {
        if (signal?.aborted) return;
        if (!esdb.isApplicationEvent(resolved.event)) continue;
        const event = esdb.toStoredEvent(resolved.event, resolved.commitPosition);
        if (event.position > after) yield event;
      }
    } catch (error) {
      if (signal?.aborted) return;
      throw esdb.toStoreError(error, { operation: 'subscribe to $all' });
    } finally {
      signal?.removeEventListener('abort', stop);
      if (!subscription.destroyed) stop();
    }
  }

  /**
   * The position of the newest event in $all, read as one event: cheap enough for every health check, metrics scrape
   * and progress line. It may be a command record or a system event past the newest application event, which is why
   * lag is counted (countAfter) rather than taken from it, and nothing waits for a reader to reach it.
   */
  async headPosition(): Promise<number> {
    const [newest] = await collect(this.client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 1 }));
    return newest ? rawPosition(newest) : 0;
  }

  async ping(): Promise<void> {
    await collect(this.client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 1 }));
  }
}

export async function collect<T>(read: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of read) items.push(item);
  return items;
}

const rawPosition = (resolved: AllStreamResolvedEvent): number =>
  resolved.event ? esdb.positionOf(resolved.event, resolved.commitPosition) : Number(resolved.commitPosition ?? 0n);
