import type { StoredEvent } from '../../../../event-sourcing/src/index.js';

/** A stream gets at most this many checkpoints, whatever its length: memory stays linear in the events kept. */
const MAX_CHECKPOINTS = 32;
/** …and at least this many events between two of them. */
const MIN_SPACING = 32;

interface Snapshot<Doc> {
  /** checkpoints[c] = the fold of the first c × spacing events; [0] is the fold of nothing. */
  checkpoints: (Doc | null)[];
  spacing: number;
  times: Partial<Record<'occurredAt' | 'recordedAt', Float64Array>>;
}

/**
 * Folds of subsets of one stream snapshot, remembered. Time travel folds "the events seen at a point", which is almost
 * always a prefix of the stream (business times follow versions, except events recorded late from paper), and the same
 * project is asked about again and again: folding 1,000 events per request was most of a warm /state answer.
 *
 * Snapshots are the immutable arrays StreamEventCache hands out, keyed by identity: a stream extended by new events is a
 * new array (and gets its own checkpoints), and a snapshot's checkpoints go when it does (weakly held).
 *
 * Relies on `evolve` being pure, as projections' evolve functions are: it never changes the document it is given.
 */
export class CheckpointedFolds<Doc extends object> {
  private readonly snapshots = new WeakMap<readonly StoredEvent[], Snapshot<Doc>>();

  constructor(private readonly evolve: (doc: Doc | null, event: StoredEvent) => Doc | null) {}

  /**
   * The fold, in stream order, of the events at the indices `seen` accepts: exactly
   * `events.filter((_, i) => seen(i)).reduce(evolve, null)`, starting from the last checkpoint inside the leading run of
   * seen events.
   */
  fold(events: readonly StoredEvent[], seen: (index: number) => boolean): Doc | null {
    const snapshot = this.snapshotOf(events);
    let prefix = 0;
    while (prefix < events.length && seen(prefix)) prefix++;
    const start = Math.floor(prefix / snapshot.spacing);
    let doc = this.checkpoint(snapshot, events, start);
    for (let i = start * snapshot.spacing; i < events.length; i++) if (seen(i)) doc = this.evolve(doc, events[i]);
    return doc;
  }

  /** Epoch milliseconds of each event's `metadata[field]`, parsed once per snapshot with `parse`. */
  times(events: readonly StoredEvent[], field: 'occurredAt' | 'recordedAt', parse: (instant: string) => number): Float64Array {
    const snapshot = this.snapshotOf(events);
    let times = snapshot.times[field];
    if (!times) {
      times = new Float64Array(events.length);
      for (let i = 0; i < events.length; i++) times[i] = parse(events[i].metadata[field]);
      snapshot.times[field] = times;
    }
    return times;
  }

  private snapshotOf(events: readonly StoredEvent[]): Snapshot<Doc> {
    let snapshot = this.snapshots.get(events);
    if (!snapshot) {
      const spacing = Math.max(MIN_SPACING, Math.ceil(events.length / MAX_CHECKPOINTS));
      snapshot = { checkpoints: [null], spacing, times: {} };
      this.snapshots.set(events, snapshot);
    }
    return snapshot;
  }

  private checkpoint(snapshot: Snapshot<Doc>, events: readonly StoredEvent[], wanted: number): Doc | null {
    const { checkpoints, spacing } = snapshot;
    for (let c = checkpoints.length; c <= wanted; c++) {
      let doc = checkpoints[c - 1];
      for (let i = (c - 1) * spacing; i < c * spacing; i++) doc = this.evolve(doc, events[i]);
      // Shared by later requests: frozen so that no caller can change what the next one starts from.
      checkpoints.push(doc && Object.freeze(doc));
    }
    return checkpoints[wanted];
  }
}
