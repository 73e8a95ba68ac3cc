import type { StoredEvent } from '../event.js';

/**
 * A read model built from the global log. Pure: no I/O, no clock, no randomness, so that a rebuild from position 0
 * gives byte-for-byte the documents the live run gave (the runner compares content hashes on that promise).
 * Positions, checkpoints, duplicates and generations are the runner's business, never the projection's.
 */
export interface Projection<E extends StoredEvent = StoredEvent, D = unknown> {
  /** Stable key of the projection's registry row and checkpoints. */
  name: string;
  /** Bump when `evolve` or `documentIds` changes meaning: the runner then rebuilds beside the live generation. */
  version: number;
  /** Logical collection; one projection per collection. */
  collection: string;
  /** Indexes the queries on this collection need, each an ordered list of (dot path) fields. */
  indexes?: string[][];
  /**
   * True when each event writes a document of its own that no other event writes (a row per event, keyed by the event
   * id): the runner then folds without reading documents back, since none is there before its event is committed.
   */
  documentPerEvent?: boolean;
  /** Documents this event touches; [] = not interested. */
  documentIds(event: E): string[];
  /** Next state of one document; null deletes it (or keeps it absent). Must not mutate `doc`. */
  evolve(doc: D | null, event: E): D | null;
}

/** What the runner holds when projections of different event and document types run side by side. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyProjection = Projection<any, any>;
