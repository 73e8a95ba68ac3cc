import type { StoredEvent } from '#event-sourcing';

/** A stream keeps at most this many prefix folds, whatever its length: memory stays linear in the events kept. */
const MAX_PREFIX_FOLDS = 32;
/** …and at least this many events apart. */
const MIN_SPACING = 32;

/** What is remembered of one stream version (one immutable array of its events). */
interface StreamFolds<Doc> {
  /** prefixes[c] = the fold of the first c × spacing events; [0] is the fold of nothing. */
  prefixes: (Doc | null)[];
  spacing: number;
  times: Partial<Record<'occurredAt' | 'recordedAt', Float64Array>>;
}

/**
 * Folds of subsets of one stream's events, remembered. Time travel folds "the events seen at a point", which is almost
 * always a prefix of the stream (business times follow versions, except events recorded late from paper), and the same
 * project is asked about again and again: folding 1,000 events per request was most of a warm /state answer.
 *
 * Event arrays are the immutable ones StreamEventCache hands out, keyed by identity: a stream extended by new events is
 * a new array (and gets its own prefix folds), and an array's folds go when it does (weakly held).
 *
 * Relies on `evolve` being pure, as projections' evolve functions are: it never changes the document it is given.
 */
export class PrefixFolds<Doc extends object> {
  private readonly streams = new WeakMap<readonly StoredEvent[], StreamFolds<Doc>>();

  constructor(private readonly evolve: (doc: Doc | null, event: StoredEvent) => Doc | null) {}

  /**
   * The fold, in stream order, of the events at the indices `seen` accepts: exactly
   * `events.filter((_, i) => seen(i)).reduce(evolve, null)`, starting from the longest remembered prefix fold inside the
   * leading run of seen events.
   */
  fold(events: readonly StoredEvent[], seen: (index: number) => boolean): Doc | null {
    const folds = this.foldsOf(events);
    let prefix = 0;
    while (prefix < events.length && seen(prefix)) prefix++;
    const start = Math.floor(prefix / folds.spacing);
    let doc = this.prefixFold(folds, events, start);
    for (let i = start * folds.spacing; i < events.length; i++) if (seen(i)) doc = this.evolve(doc, events[i]);
    return doc;
  }

  /** Epoch milliseconds of each event's `metadata[field]`, parsed once per event array with `parse`. */
  times(events: readonly StoredEvent[], field: 'occurredAt' | 'recordedAt', parse: (instant: string) => number): Float64Array {
    const folds = this.foldsOf(events);
    let times = folds.times[field];
    if (!times) {
      times = new Float64Array(events.length);
      for (let i = 0; i < events.length; i++) times[i] = parse(events[i].metadata[field]);
      folds.times[field] = times;
    }
    return times;
  }

  private foldsOf(events: readonly StoredEvent[]): StreamFolds<Doc> {
    let folds = this.streams.get(events);
    if (!folds) {
      const spacing = Math.max(MIN_SPACING, Math.ceil(events.length / MAX_PREFIX_FOLDS));
      folds = { prefixes: [null], spacing, times: {} };
      this.streams.set(events, folds);
    }
    return folds;
  }

  private prefixFold(folds: StreamFolds<Doc>, events: readonly StoredEvent[], wanted: number): Doc | null {
    const { prefixes, spacing } = folds;
    for (let c = prefixes.length; c <= wanted; c++) {
      let doc = prefixes[c - 1];
      for (let i = (c - 1) * spacing; i < c * spacing; i++) doc = this.evolve(doc, events[i]);
      // Shared by later requests: frozen so that no caller can change what the next one starts from.
      prefixes.push(doc && Object.freeze(doc));
    }
    return prefixes[wanted];
  }
}
