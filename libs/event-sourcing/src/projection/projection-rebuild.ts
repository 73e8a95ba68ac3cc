import type { StoredEvent } from '../event.js';
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
  const applied = new Map<string, number>(projections.map((p) => [p.name, 0]));
  const lowest = () => Math.min(...tracks.map((t) => t.checkpoint));

  const report = async (done = false) => {
    if (!onProgress) return;
    const processed = lowest();
    // Once switched, the rebuild is complete: later events are the live run's business.
    const total = done ? processed : Math.max(await eventStore.headPosition(), processed);
    const seconds = Math.max(now() - started, 1) / 1000;
    const eventsPerSecond = Math.min(...applied.values()) / seconds;
    const etaSeconds = eventsPerSecond > 0 ? (total - processed) / eventsPerSecond : null;
    await onProgress({ processed, total, eventsPerSecond, etaSeconds });
  };
  /** Applies batches until the log is exhausted; returns when a read comes back short. */
  const catchUp = async () => {
    for (;;) {
      if (context.stopping()) throw new RebuildStoppedError(projections.map((p) => p.name).join(', '));
      const events = await eventStore.readAll({ after: lowest(), limit: batchSize });
      if (events.length === 0) return;
      for (const track of tracks) {
        const before = track.checkpoint;
        track.checkpoint = await applyBatch(readStore, track, events);
        applied.set(track.projection.name, applied.get(track.projection.name)! + countAfter(events, before));
      }
      await report();
      if (events.length < batchSize) return;
    }
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

/** Events of a batch (position order) beyond `checkpoint`: what a track applies of it. */
function countAfter(events: StoredEvent[], checkpoint: number): number {
  let count = 0;
  for (let i = events.length - 1; i >= 0 && events[i].position > checkpoint; i--) count += 1;
  return count;
}
