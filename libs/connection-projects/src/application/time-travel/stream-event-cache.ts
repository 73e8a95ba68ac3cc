import type { EventStore, StoredEvent } from '#event-sourcing';

/**
 * Events kept over all streams: ~10 MB at the ~1 KB a decoded project event takes, hundreds of projects (8–40 events
 * each) or a few very long ones; the API's memory budget is shared with everything else it keeps.
 */
export const DEFAULT_MAX_CACHED_EVENTS = 10_000;

/**
 * The decoded events of recently read streams, so that repeated time travel over a long project does not decode its whole
 * history on every request (reading and decoding was ~65% of a /state answer at 1,000 events).
 *
 * Never stale: every read asks the store for the stream from the last cached version on, so events appended since are
 * added, and the last cached event must come back unchanged (same id and hash), or the whole stream is read again (a
 * store rebuilt under a running process). Streams are append-only with gapless versions, so a cached stream is exactly
 * a prefix of the stored one. Bounded by the total number of events kept, least recently read streams evicted first; a
 * stream longer than the bound is read every time, never kept.
 *
 * Cached events are shared between requests, so they are frozen (deeply): code that tried to change one would throw
 * instead of silently changing another request's answer.
 */
export class StreamEventCache {
  /** Map order is recency order: a read moves its stream to the end; eviction starts at the front. */
  private readonly streams = new Map<string, readonly StoredEvent[]>();
  private kept = 0;

  constructor(
    private readonly store: EventStore,
    private readonly maxEvents = DEFAULT_MAX_CACHED_EVENTS,
  ) {}

  /** Every event of the stream as the store holds it now, in version order (empty when the stream does not exist). */
  async read(streamId: string): Promise<readonly StoredEvent[]> {
    const cached = this.streams.get(streamId);
    const events = cached ? await this.extend(streamId, cached) : frozen(await this.store.readStream(streamId));
    this.keep(streamId, events);
    return events;
  }

  /** Number of events currently kept (for specs and diagnostics). */
  get size(): number {
    return this.kept;
  }

  private async extend(streamId: string, cached: readonly StoredEvent[]): Promise<readonly StoredEvent[]> {
    const last = cached[cached.length - 1];
    const fresh = await this.store.readStream(streamId, { fromVersion: last.version });
    const same = fresh[0]?.eventId === last.eventId && fresh[0].hash === last.hash;
    if (!same) return frozen(await this.store.readStream(streamId));
    return fresh.length === 1 ? cached : cached.concat(frozen(fresh.slice(1)));
  }

  private keep(streamId: string, events: readonly StoredEvent[]): void {
    const previous = this.streams.get(streamId);
    if (previous) {
      this.streams.delete(streamId);
      this.kept -= previous.length;
    }
    if (events.length === 0 || events.length > this.maxEvents) return;
    this.streams.set(streamId, events);
    this.kept += events.length;
    for (const [id, evicted] of this.streams) {
      if (this.kept <= this.maxEvents) break;
      this.streams.delete(id);
      this.kept -= evicted.length;
    }
  }
}

function frozen(events: StoredEvent[]): readonly StoredEvent[] {
  for (const event of events) deepFreeze(event);
  return events;
}

/** Events are JSON data (what the store decoded), so there are no cycles to guard against. */
function deepFreeze(value: object): void {
  Object.freeze(value);
  if (Array.isArray(value)) {
    for (const item of value as unknown[]) if (typeof item === 'object' && item !== null) deepFreeze(item);
    return;
  }
  for (const key in value) {
    const child = (value as Record<string, unknown>)[key];
    if (typeof child === 'object' && child !== null) deepFreeze(child);
  }
}
