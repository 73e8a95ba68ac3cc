/**
 * Entry of the projection thread (see ProjectionThread): the stores opened again on this thread, the projection
 * runner on them, and its checkpoints reported to the main thread, which answers read-your-writes from them. No Nest
 * here: a second application context would double the memory the framework takes, for a runner that needs none of it.
 */
import { setPriority } from 'node:os';
import { isDeepStrictEqual } from 'node:util';
import { parentPort, workerData } from 'node:worker_threads';
import { newLeaseOwner, type ProjectionPosition } from '#event-sourcing';
// The stores' entry alone: `#platform` would also load Nest, pino, class-validator and prom-client, ≈ 16 MB of this
// thread's memory for nothing it uses.
import { openEventStore, openReadStore, type StoreLog } from '#platform/stores';
import { projectionRunnerFor, stopRunner, type ProjectionLog } from './projection-runner-factory.js';
import { supplyAccountsRunFor, type SupplyAccountsStanding } from './supply-accounts-run.js';
import type { FromProjectionThread, ProjectionThreadData, ToProjectionThread } from './projection-thread.messages.js';

/** Below the default priority (0), not at the bottom: projections must keep up with a sustained load. */
const PROJECTION_THREAD_NICE = 10;
/** Checkpoints move with every batch; the main thread hears of them at most this often unless someone waits. */
const REPORT_INTERVAL_MS = 50;

// Requests first: on Linux a thread has its own nice value (setpriority on "process" 0 is the calling thread there), so
// when the cores are busy the projections yield to the threads answering and committing, and catch up right after.
// Elsewhere the call would lower the whole process, so it is not made.
if (process.platform === 'linux') setPriority(PROJECTION_THREAD_NICE);

const port = parentPort!;
const post = (message: FromProjectionThread) => port.postMessage(message);
const { config, tuning } = workerData as ProjectionThreadData;

/** Log lines go to the main thread's logger: one log stream (JSON in production) for the whole process. */
const logTo = (context: string): ProjectionLog => ({
  log: (message) => post({ type: 'log', level: 'log', context, message }),
  warn: (message) => post({ type: 'log', level: 'warn', context, message }),
  error: (message) => post({ type: 'log', level: 'error', context, message }),
});
const log = logTo('Projections');
const storeLog: StoreLog = (context, message) => post({ type: 'log', level: 'log', context, message });

const use = { appends: false, rebuilds: false };
const eventStore = await openEventStore(config, use, storeLog);
const readStore = await openReadStore(config, use, storeLog);
const setting = { eventStore, readStore, config, tuning, leaseOwner: newLeaseOwner() };
const runner = projectionRunnerFor({ ...setting, log });
const supply = supplyAccountsRunFor({ ...setting, log: logTo('SupplyAccounts') });
await runner.start();
await supply.reactor.start();

let reported: { positions: ProjectionPosition[]; supplyAccounts: SupplyAccountsStanding } = {
  positions: runner.positions(),
  supplyAccounts: supply.standing(),
};
const report = () => {
  const now = { positions: runner.positions(), supplyAccounts: supply.standing() };
  if (isDeepStrictEqual(now, reported)) return;
  reported = now;
  post({ type: 'positions', ...now });
};
const reporting = setInterval(report, REPORT_INTERVAL_MS);

port.on('message', (message: ToProjectionThread) => {
  if (message.type === 'waitFor') {
    const waiting = message.of === 'supply-accounts' ? supply.reactor : runner;
    void waiting.waitFor(message.position, message.timeoutMs).then(report);
    return;
  }
  clearInterval(reporting);
  // The batch in hand commits with its checkpoint and the leases are released before the stores close.
  void supply.reactor
    .stop()
    .then(() => stopRunner(runner, log))
    .then(() => Promise.all([eventStore.close(), readStore.close()]))
    .then(() => {
      post({ type: 'positions', positions: runner.positions(), supplyAccounts: supply.standing() });
      post({ type: 'stopped' });
      port.close();
    });
});
post({ type: 'started', ...reported });
