import type { ProjectionRunnerTuning } from '#connection-projects';

/** The projector's own knobs (the stores come from loadConfig, shared with the API). */
export interface ProjectorSettings {
  tuning: ProjectionRunnerTuning;
  /** How often positions and lag are logged. */
  progressIntervalMs: number;
}

function positiveInteger(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0) throw new Error(`${name} must be a positive integer, got "${value}"`);
  return parsed;
}

/**
 * PROJECTOR_BATCH_SIZE (events per read and per commit, default 500), PROJECTOR_POLL_MS (idle wait, default 200),
 * PROJECTOR_PROGRESS_SECONDS (log interval, default 10).
 */
export function projectorSettings(env: NodeJS.ProcessEnv = process.env): ProjectorSettings {
  return {
    tuning: {
      batchSize: positiveInteger('PROJECTOR_BATCH_SIZE', env.PROJECTOR_BATCH_SIZE, 500),
      pollIntervalMs: positiveInteger('PROJECTOR_POLL_MS', env.PROJECTOR_POLL_MS, 200),
    },
    progressIntervalMs: positiveInteger('PROJECTOR_PROGRESS_SECONDS', env.PROJECTOR_PROGRESS_SECONDS, 10) * 1000,
  };
}
