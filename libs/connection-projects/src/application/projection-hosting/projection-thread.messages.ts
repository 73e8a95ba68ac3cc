import type { AppendRequest, ProjectionPosition, WireOutcome } from '#event-sourcing';
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
  | { type: 'appended'; id: number; outcome: WireOutcome }
  | { type: 'stop' };

/** Projection thread → main thread. */
export type FromProjectionThread =
  | { type: 'started'; positions: ProjectionPosition[]; supplyAccounts: SupplyAccountsStanding }
  | { type: 'positions'; positions: ProjectionPosition[]; supplyAccounts: SupplyAccountsStanding }
  | { type: 'log'; level: 'log' | 'warn' | 'error'; context: string; message: string }
  /** An append of the thread's process manager, made by the main thread's store (thread-appends.ts). */
  | { type: 'append'; id: number; request: AppendRequest }
  | { type: 'stopped' };
