import type { EventStore } from '../event-store.port.js';
import type { ReadStore } from '../../../read-store/src/read-store.port.js';
import type { AnyProjection } from './projection.js';
import { applyBatch, type Track } from './project-batch.js';

export interface RebuildProgress {
  /** Log position the new generation has reached (positions stand in for event counts: the log is gapless). */
  processed: number;
  /** Head of the log when this report was made. */
  total: number;
  eventsPerSecond: number;
  /** Null until a rate is known. */
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
  readStore: ReadStore;
  batchSize: number;
  now: () => number;
  stopping: () => boolean;
  /** Runs `work` while no live batch runs, so the switch lands between batches. */
  exclusive: <T>(work: () => Promise<T>) => Promise<T>;
  /** Called inside `exclusive`, right after reads switched to the new generation. */
  switched: (track: Track) => void;
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
  const { eventStore, readStore, batchSize, now } = context;
  const { name } = projection;
  if (projection.indexes?.length) await readStore.ensureIndexes(projection.collection, projection.indexes);
  await readStore.registerProjection(projection);
  const generation = await readStore.beginGeneration(name, projection.version);
  const track: Track = { projection, generation, checkpoint: await readStore.checkpoint({ name, generation }) };
  const started = now();
  let eventsApplied = 0;

  const report = async (done = false) => {
    if (!onProgress) return;
    // Once switched, the rebuild is complete: later events are the live run's business.
    const total = done ? track.checkpoint : Math.max(await eventStore.headPosition(), track.checkpoint);
    const seconds = Math.max(now() - started, 1) / 1000;
    const eventsPerSecond = eventsApplied / seconds;
    const etaSeconds = eventsPerSecond > 0 ? (total - track.checkpoint) / eventsPerSecond : null;
    await onProgress({ processed: track.checkpoint, total, eventsPerSecond, etaSeconds });
  };
  /** Applies batches until the log is exhausted; returns when a read comes back short. */
  const catchUp = async () => {
    for (;;) {
      if (context.stopping()) throw new RebuildStoppedError(name);
      const events = await eventStore.readAll({ after: track.checkpoint, limit: batchSize });
      if (events.length === 0) return;
      track.checkpoint = await applyBatch(readStore, track, events);
      eventsApplied += events.length;
      await report();
      if (events.length < batchSize) return;
    }
  };

  await catchUp();
  // The last hop runs with live batches held off: nothing can be appended to the old generation after the switch,
  // and the new one is at the head when reads move to it.
  const previousGeneration = await context.exclusive(async () => {
    await catchUp();
    const previous = (await readStore.projectionState(name))!.liveGeneration;
    await readStore.switchLive(name, generation);
    context.switched({ ...track });
    return previous;
  });
  if (previousGeneration !== generation) await readStore.dropGeneration(name, previousGeneration);
  await report(true);
  return { name, generation, previousGeneration, eventsApplied };
}
