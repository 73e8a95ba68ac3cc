import {
  ProjectionRunner,
  shortOwner,
  type EventStore,
  type GenerationAdoption,
  type LeaseChange,
  type ProjectionLeaseOptions,
} from '#event-sourcing';
import type { ReadStore } from '#read-store';
import type { AppConfig } from '#platform';
import { PROJECTIONS } from '../../projections/index.js';
import type { ProjectionRunnerTuning } from './projection-runner-tuning.js';

/** Where the runner's operator messages go (a Nest logger, or the main thread from the projection thread). */
export interface ProjectionLog {
  log(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface RunnerSetting {
  eventStore: EventStore;
  readStore: ReadStore;
  config: AppConfig;
  tuning: ProjectionRunnerTuning;
  /** This process's name on the projection leases. */
  leaseOwner: string;
  log: ProjectionLog;
}

/**
 * The one way a process runs the projections (apps/projector, the API's projection thread, or its main thread): every
 * projection, leased, with what an operator needs to hear about leases and generation switches.
 */
export function projectionRunnerFor(setting: RunnerSetting): ProjectionRunner {
  const { eventStore, readStore, tuning, log } = setting;
  return new ProjectionRunner({
    eventStore,
    readStore,
    projections: PROJECTIONS,
    ...tuning,
    onError: errorLogger(log),
    onAdopted: (adoption) => adopted(adoption, log),
    lease: leaseFor(setting),
  });
}

/** Lets the batch in hand commit with its checkpoint, releases the leases, and says where each projection stopped. */
export async function stopRunner(runner: ProjectionRunner, log: ProjectionLog): Promise<void> {
  await runner.stop();
  const positions = runner.positions().map((p) => `${p.name}@${p.position}`);
  log.log(`Stopped after the current batch; checkpoints saved: ${positions.join(', ')}`);
}

/** Failures are retried by the runner (or the reactor): the operator hears each one. */
export const errorLogger = (log: ProjectionLog) => (error: unknown) =>
  log.error(error instanceof Error ? (error.stack ?? error.message) : String(error));

/** This process's lease on whatever it runs from the log, with what an operator needs to hear of its changes. */
export const leaseFor = ({ config, leaseOwner, log }: RunnerSetting): ProjectionLeaseOptions => ({
  owner: leaseOwner,
  ttlMs: config.projectorLeaseTtlMs,
  onChange: (change) => leaseChanged(change, leaseOwner, log),
});

function leaseChanged({ name, status, other }: LeaseChange, owner: string, log: ProjectionLog): void {
  const me = shortOwner(owner);
  const them = other ? shortOwner(other) : 'another process';
  if (status === 'acquired') {
    const from = other ? ` (broken: ${them} is gone from this machine)` : '';
    log.log(`${name}: lease acquired by ${me}${from}; projecting`);
  } else if (status === 'standby') {
    log.log(`${name}: standby, the lease is held by ${them}; taking over when it is released or expires`);
  } else if (status === 'lost') log.warn(`${name}: lease lost to ${them}; stopped writing it, standing by`);
  else log.log(`${name}: lease released by ${me}`);
}

function adopted({ name, from, to, checkpoint, stale }: GenerationAdoption, log: ProjectionLog): void {
  const message = `${name}: reads moved from generation ${from} to ${to} (switched by another process); continuing from ${checkpoint}`;
  if (!stale) log.log(message);
  // Another deployment (a newer or older version of the projection) built it: writing it with this code would mix versions.
  else log.warn(`${message}, but that generation was built by another version of ${name}: not writing it`);
}
