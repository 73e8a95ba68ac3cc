import type { ProjectionPosition } from '#event-sourcing';
import type { AppConfig } from '#platform';
import type { ProjectionRunnerTuning } from './projection-runner-tuning.js';
import type { SupplyAccountsStanding } from './supply-accounts-run.js';

/** What the main thread hands the projection thread at start (structured-cloned: plain data only). */
export interface ProjectionThreadData {
  config: AppConfig;
  tuning: ProjectionRunnerTuning;
}

/** Main thread → projection thread. */
export type ToProjectionThread =
  | { type: 'waitFor'; position: number; timeoutMs: number; of: 'projections' | 'supply-accounts' }
  | { type: 'stop' };

/** Projection thread → main thread. */
export type FromProjectionThread =
  | { type: 'started'; positions: ProjectionPosition[]; supplyAccounts: SupplyAccountsStanding }
  | { type: 'positions'; positions: ProjectionPosition[]; supplyAccounts: SupplyAccountsStanding }
  | { type: 'log'; level: 'log' | 'warn' | 'error'; context: string; message: string }
  | { type: 'stopped' };
