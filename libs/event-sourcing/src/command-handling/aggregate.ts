import type { StoredEvent } from '../event.js';

/**
 * What the generic command handler needs of an aggregate (a project, an account, …): where its events live, how to
 * fold them, and how its domain events are read from and written to the store. `decide` stays with the caller, who
 * closes over the command, the rules of access and the policy.
 */
export interface Aggregate<Event, State> {
  /** Stream of one instance: `project-<id>`, `account-<id>`, … */
  streamId(id: string): string;
  initialState: State;
  /** Pure; never throws on history (a tolerant reader). */
  evolve(state: State, event: Event): State;
  /** The aggregate's one decode function (upcasters included); null for a type it does not know. */
  decode(stored: StoredEvent): Event | null;
  /** How a decided event is stored: its type, today's schema version of that type, its data, its business time. */
  encode(event: Event): EncodedEvent;
}

export interface EncodedEvent {
  type: string;
  schemaVersion: number;
  data: unknown;
  occurredAt: string;
}

/** A folded stream: its state and version (0 when the stream does not exist). */
export interface Folded<State> {
  state: State;
  version: number;
}

export const foldEvents = <Event, State>(aggregate: Aggregate<Event, State>, events: readonly StoredEvent[], from: State): State => {
  let state = from;
  for (const stored of events) {
    const event = aggregate.decode(stored);
    if (event !== null) state = aggregate.evolve(state, event);
  }
  return state;
};
