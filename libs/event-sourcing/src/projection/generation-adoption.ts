import type { ProjectionStore } from '#read-store';
import type { Track } from './project-batch.js';

/** A live track as the runner holds it: `stale` while the live generation was built by another projection version. */
export type LiveTrack = Track & { stale: boolean };

/** Reported when a runner moves to a generation another process switched reads to. */
export interface GenerationAdoption {
  name: string;
  from: number;
  to: number;
  /** Checkpoint of the adopted generation: the runner continues from there. */
  checkpoint: number;
  /** True when the adopted generation was built by another version of the projection: this runner stops writing it. */
  stale: boolean;
  /** The generation left is gone from the registry (dropped by the process that switched). */
  previousDropped: boolean;
}

/**
 * Brings a live track in line with the registry, which other processes share (the CLI's rebuild, a second projector):
 * - the same generation: take a higher stored checkpoint (events another writer already committed are not reapplied);
 * - another generation is live: continue from that generation's checkpoint, so this runner never keeps writing a
 *   generation nobody reads.
 * Returns the adoption, or null when the generation did not change.
 */
export async function refreshTrack(readStore: ProjectionStore, track: LiveTrack): Promise<GenerationAdoption | null> {
  const { name, version } = track.projection;
  const state = await readStore.projectionState(name);
  const live = state?.generations.find((g) => g.generation === state.liveGeneration);
  if (!state || !live) return null;
  if (live.generation === track.generation) {
    track.checkpoint = Math.max(track.checkpoint, live.checkpoint);
    return null;
  }
  const from = track.generation;
  track.generation = live.generation;
  track.checkpoint = live.checkpoint;
  track.stale = live.version !== version;
  const previousDropped = !state.generations.some((g) => g.generation === from);
  return { name, from, to: live.generation, checkpoint: live.checkpoint, stale: track.stale, previousDropped };
}

/**
 * After a commit failed because its generation was dropped: a store without transactions (MongoDB creates collections
 * on write) may have recreated the dropped generation's storage before refusing the checkpoint. Dropping it again
 * removes that orphan; the number is never reused (new generations are numbered above every existing one).
 */
export async function dropOrphan(readStore: ProjectionStore, { name, from }: GenerationAdoption): Promise<void> {
  await readStore.dropGeneration(name, from);
}
