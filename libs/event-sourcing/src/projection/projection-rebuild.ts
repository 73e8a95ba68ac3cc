import type { EventStore } from '../event-store.port.js';
import type { ProjectionStore } from '#read-store';
import type { AnyProjection } from './projection.js';
import { foldBatch, type CurrentDocument, type FoldedBatch, type Track } from './project-batch.js';

/**
 * How far a rebuild has come, as positions in the log: a position is not an event number (on EventStoreDB it is a byte
 * offset, with other streams' and system events in between), so the share done and the time left are read from
 * positions as a fraction of the log, and only events actually applied are counted as events.
 */
export interface RebuildProgress {
  /** Log position the slowest new generation has reached. */
  position: number;
  /** Head of the log when this report was made. */
  head: number;
  /** Events applied per second by the slowest projection (a count, not a difference of positions). */
  eventsPerSecond: number;
  /** From the rate at which the position advances through the log; null until it has moved. */
  etaSeconds: number | null;
}

/** Awaited: a slow listener slows the rebuild rather than piling up reports. */
export type RebuildProgressListener = (progress: RebuildProgress) => void | Promise<void>;

export interface RebuildResult {
  name: string;
  generation: number;
  previousGeneration: number;
  /** Events applied by this call (an interrupted rebuild resumes where it stopped). */
  eventsApplied: number;
}

/** Stop() was called while a rebuild ran: the building generation stays and a later rebuild resumes it. */
export class RebuildStoppedError extends Error {
  readonly code = 'REBUILD_STOPPED';
  constructor(readonly projection: string) {
    super(`Rebuild of ${projection} stopped before it switched`);
  }
}

export interface RebuildContext {
  eventStore: EventStore;
  readStore: ProjectionStore;
  batchSize: number;
  now: () => number;
  stopping: () => boolean;
  /** Runs `work` while no live batch runs, so the switch lands between batches. */
  exclusive: <T>(work: () => Promise<T>) => Promise<T>;
  /** Called inside `exclusive`, right after reads switched to the new generation. */
  switched: (track: Track) => void;
}

/** A track being rebuilt: folded up to `after`; `pending` holds what its commit in flight writes. */
interface Folding {
  track: Track;
  after: number;
  pending: Map<string, CurrentDocument>;
  inFlight: Promise<void>;
}

/**
 * Builds a new generation from position 0 beside the live one (which keeps answering reads), catches up to the head,
 * switches reads over and drops the old generation.
 */
export async function rebuildProjection(
  context: RebuildContext,
  projection: AnyProjection,
  onProgress?: RebuildProgressListener,
): Promise<RebuildResult> {
  const [result] = await rebuildProjections(context, [projection], onProgress);
  return result;
}

/**
 * Rebuilds several projections in one pass over the log: each batch is read (and parsed) once and applied to every
 * new generation, each committing its own documents with its own checkpoint, so an interrupted rebuild resumes each
 * one where its last commit ended. Reads of all of them switch in the same turn between two live batches.
 */
export async function rebuildProjections(
  context: RebuildContext,
  projections: AnyProjection[],
  onProgress?: RebuildProgressListener,
): Promise<RebuildResult[]> {
  const { eventStore, readStore, batchSize, now } = context;
  const tracks: Track[] = [];
  for (const projection of projections) {
    const { name } = projection;
    if (projection.indexes?.length) await readStore.ensureIndexes(projection.collection, projection.indexes);
    await readStore.registerProjection(projection);
    const generation = await readStore.beginGeneration(name, projection.version);
    tracks.push({ projection, generation, checkpoint: await readStore.checkpoint({ name, generation }) });
  }
  const started = now();
  const startPosition = Math.min(...tracks.map((t) => t.checkpoint));
  const applied = new Map<string, number>(projections.map((p) => [p.name, 0]));
  const lowest = () => Math.min(...tracks.map((t) => t.checkpoint));

  const report = async (done = false) => {
    if (!onProgress) return;
    const position = lowest();
    // Once switched, the rebuild is complete: later events are the live run's business.
    const head = done ? position : Math.max(await eventStore.headPosition(), position);
    const seconds = Math.max(now() - started, 1) / 1000;
    const eventsPerSecond = Math.min(...applied.values()) / seconds;
    const positionsPerSecond = (position - startPosition) / seconds;
    const etaSeconds = position >= head ? 0 : positionsPerSecond > 0 ? (head - position) / positionsPerSecond : null;
    await onProgress({ position, head, eventsPerSecond, etaSeconds });
  };
  /**
   * Applies batches until the log is exhausted; returns when a read comes back short. Each track keeps one commit in
   * flight while the next batch is read and folded: the documents that commit writes are taken from it rather than
   * read back, and it is awaited before the track's next commit starts, so every other document read is committed.
   */
  const catchUp = async () => {
    const folding: Folding[] = tracks.map((track) => ({ track, after: track.checkpoint, pending: new Map(), inFlight: Promise.resolve() }));
    // Each batch is reported once its commits landed; the next batch waits for that report, not for the commits.
    let reported: Promise<void> = Promise.resolve();
    try {
      for (;;) {
        if (context.stopping()) throw new RebuildStoppedError(projections.map((p) => p.name).join(', '));
        const events = await eventStore.readAll({ after: Math.min(...folding.map((f) => f.after)), limit: batchSize });
        if (events.length === 0) return;
        for (const f of folding) {
          const batch = await foldBatch(readStore, f.track, events, f.after, f.pending);
          await f.inFlight;
          if (batch) f.inFlight = startCommit(f, batch);
        }
        await reported;
        reported = Promise.all(folding.map((f) => f.inFlight)).then(() => report());
        if (events.length < batchSize) return;
      }
    } finally {
      await Promise.all([...folding.map((f) => f.inFlight), reported]);
    }
  };
  /** Starts a track's commit of a folded batch: what it writes is `pending` for the next batch until it lands. */
  const startCommit = async (f: Folding, batch: FoldedBatch) => {
    const { track } = f;
    f.after = batch.checkpoint;
    f.pending = batch.written;
    await readStore.commit({ name: track.projection.name, generation: track.generation }, batch.changes, batch.checkpoint);
    applied.set(track.projection.name, applied.get(track.projection.name)! + batch.events);
    track.checkpoint = batch.checkpoint;
  };

  await catchUp();
  // Filled without secondary indexes, each new generation is indexed once here, at the head, while live batches still
  // run: the last hop then maintains the indexes for its few events only.
  for (const track of tracks) await readStore.indexGeneration(track.projection.name, track.generation);
  // The last hop runs with live batches held off: nothing can be appended to the old generations after the switch,
  // and the new ones are at the head when reads move to them.
  const previousGenerations = await context.exclusive(async () => {
    await catchUp();
    const previous: number[] = [];
    for (const track of tracks) {
      const { name } = track.projection;
      previous.push((await readStore.projectionState(name))!.liveGeneration);
      await readStore.switchLive(name, track.generation);
      context.switched({ ...track });
    }
    return previous;
  });
  const results = tracks.map((track, index): RebuildResult => ({
    name: track.projection.name,
    generation: track.generation,
    previousGeneration: previousGenerations[index],
    eventsApplied: applied.get(track.projection.name)!,
  }));
  for (const { name, generation, previousGeneration } of results) {
    if (previousGeneration !== generation) await readStore.dropGeneration(name, previousGeneration);
  }
  await report(true);
  return results;
}
