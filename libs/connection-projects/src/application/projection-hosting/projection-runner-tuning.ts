/** Optional runner settings a host process may provide (apps/projector reads them from its environment). */
export interface ProjectionRunnerTuning {
  /** Events read from the log per batch (and committed per projection in one write). */
  batchSize?: number;
  /** How long an idle runner waits before reading the log again. */
  pollIntervalMs?: number;
}

export const PROJECTION_RUNNER_TUNING = Symbol('PROJECTION_RUNNER_TUNING');
