import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { summariseProfile, type ProfileSummary } from '../profile/profile-summary.js';
import type { BenchContext } from '../support/bench-context.js';
import { medianOf, round } from '../support/stats.js';
import type { History } from './history.bench.js';

const run = promisify(execFile);

interface WorkerReport {
  eventsInLog: number;
  seconds: number;
  projections: { name: string; eventsApplied: number; seconds: number }[];
  peakRssMb: number;
}

export interface RebuildResult {
  runs: WorkerReport[];
  eventsInLog: number;
  /** Log events / wall time to rebuild every projection (what an operator waits for). */
  eventsPerSecond: number;
  wallSeconds: number;
  /** Per projection: events / its own rebuild time (each projection reads the whole log once). */
  perProjection: { name: string; eventsPerSecond: number; seconds: number }[];
  workerPeakRssMb: number;
  profile?: ProfileSummary;
}

/**
 * Benchmark 3: every projection rebuilt from position 0 over the generated history, in a child process
 * (`dist/bench/history/rebuild-worker.js`). The last run's read models stay in the history's DATA_DIR for the queries.
 */
export async function benchRebuild(context: BenchContext, history: History): Promise<RebuildResult> {
  const { options, log } = context;
  const runs: WorkerReport[] = [];
  let profile: ProfileSummary | undefined;
  for (let index = 1; index <= options.rebuildRuns; index++) {
    const last = index === options.rebuildRuns;
    const readFile = join(history.dir, last ? 'read-models.sqlite' : `read-models-run${index}.sqlite`);
    const profiled = options.profile && last;
    const flags = profiled ? ['--cpu-prof', `--cpu-prof-dir=${context.resultsDir}`, '--cpu-prof-name=rebuild-worker.cpuprofile', '--cpu-prof-interval=500'] : [];
    const worker = join(context.root, 'dist/bench/history/rebuild-worker.js');
    const { stdout } = await run(process.execPath, [...flags, worker, join(history.dir, 'events.sqlite'), readFile], {
      maxBuffer: 1 << 20,
    });
    const report = JSON.parse(stdout.trim().split('\n').at(-1)!) as WorkerReport;
    runs.push(report);
    if (!last) for (const suffix of ['', '-wal', '-shm']) rmSync(readFile + suffix, { force: true });
    if (profiled) profile = summariseProfile(join(context.resultsDir, 'rebuild-worker.cpuprofile'));
    log(
      `rebuild run ${index}${profiled ? ' (profiled)' : ''}: ${report.eventsInLog} events, all projections in ${round(report.seconds, 1)} s ` +
        `(${round(report.eventsInLog / report.seconds, 0)} events/s); ` +
        report.projections.map((p) => `${p.name} ${round(p.eventsApplied / p.seconds, 0)}/s`).join(', '),
    );
  }
  const names = runs[0].projections.map((p) => p.name);
  return {
    runs,
    eventsInLog: runs[0].eventsInLog,
    eventsPerSecond: medianOf(runs, (r) => round(r.eventsInLog / r.seconds, 0)),
    wallSeconds: medianOf(runs, (r) => r.seconds),
    perProjection: names.map((name, i) => ({
      name,
      eventsPerSecond: medianOf(runs, (r) => round(r.projections[i].eventsApplied / r.projections[i].seconds, 0)),
      seconds: medianOf(runs, (r) => r.projections[i].seconds),
    })),
    workerPeakRssMb: Math.max(...runs.map((r) => r.peakRssMb)),
    ...(profile ? { profile } : {}),
  };
}
