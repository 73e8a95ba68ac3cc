import type { EventStore } from '../event-store.port.js';
import { foldEvents, type Aggregate, type Folded } from './aggregate.js';
import { FoldedStates } from './folded-states.js';

export interface Loaded<State> extends Folded<State> {
  /** Taken from this process's memory without asking the store. */
  kept: boolean;
  /** On a fresh load: server time of the first event the kept state had not seen (undefined when it had seen all). */
  unseenSince?: string;
}

/**
 * Loads an aggregate's folded state; version 0 means the stream does not exist. With kept states (an optional layer),
 * a stream in flight is not read at all; a kept state can only be behind when another process appended, which the
 * append's expected version refuses, and then `fresh` reads only the events after the kept version.
 */
export class AggregateStreams<Event, State> {
  constructor(
    private readonly store: EventStore,
    private readonly aggregate: Aggregate<Event, State>,
    private readonly kept?: FoldedStates<State>,
  ) {}

  async load(id: string, { fresh = false }: { fresh?: boolean } = {}): Promise<Loaded<State>> {
    const streamId = this.aggregate.streamId(id);
    const known = this.kept?.get(streamId);
    if (known && !fresh) return { ...known, kept: true };
    const fromVersion = known ? known.version + 1 : 1;
    const events = await this.store.readStream(streamId, { fromVersion });
    // The tail must continue the kept state exactly; anything else (never seen in an append-only stream) refolds all.
    const continues = known !== undefined && (events.length === 0 || events[0].version === fromVersion);
    const folded: Folded<State> = continues
      ? { state: foldEvents(this.aggregate, events, known.state), version: events.at(-1)?.version ?? known.version }
      : known
        ? await this.readAll(streamId)
        : { state: foldEvents(this.aggregate, events, this.aggregate.initialState), version: events.at(-1)?.version ?? 0 };
    this.kept?.advance(streamId, folded);
    const unseenSince = continues ? events[0]?.metadata.recordedAt : undefined;
    return { ...folded, kept: false, ...(unseenSince !== undefined ? { unseenSince } : {}) };
  }

  /** The version this process knows the stream to be at (0 when it keeps nothing for it). */
  keptVersion(id: string): number {
    return this.kept?.version(this.aggregate.streamId(id)) ?? 0;
  }

  /** Records a state this process has seen durable (after its own append). */
  advance(id: string, folded: Folded<State>): void {
    this.kept?.advance(this.aggregate.streamId(id), folded);
  }

  private async readAll(streamId: string): Promise<Folded<State>> {
    const events = await this.store.readStream(streamId);
    return { state: foldEvents(this.aggregate, events, this.aggregate.initialState), version: events.at(-1)?.version ?? 0 };
  }
}
