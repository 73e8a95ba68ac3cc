import { join } from 'node:path';
import { runLoad, type LoadResult } from '../load/load-run.js';
import { summariseProfile, type ProfileSummary } from '../profile/profile-summary.js';
import { ServerProcess } from '../server/server-process.js';
import { tempDataDir, type BenchContext } from '../support/bench-context.js';
import { medianOf } from '../support/stats.js';
import { commandMix } from '../workload/command-requests.js';
import { ROUTES } from '../workload/routes.js';
import { bearerTokens } from '../workload/tokens.js';

interface CommandRun {
  throughput: LoadResult;
  fixedRate: LoadResult;
  serverPeakRssMb: number;
}

export interface CommandsResult {
  runs: CommandRun[];
  connections: number;
  fixedRate: number;
  commandsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  fixedRateAchievedPerSecond: number;
  fixedRateP50Ms: number;
  fixedRateP99Ms: number;
  /** Answers other than 201, over every measured run (warm-ups included); should be 0. */
  non201: number;
  serverPeakRssMb: number;
  profile?: ProfileSummary;
}

/**
 * Benchmark 1: the command mix over HTTP, each run on a fresh server and DATA_DIR: a warm-up, then `fixedRate`
 * commands/s for the latency target, then as fast as `connections` clients can go for the throughput.
 */
export async function benchCommands(context: BenchContext): Promise<CommandsResult> {
  const { options, log } = context;
  const tokens = bearerTokens(context.jwtSecret, [...new Set(Object.values(ROUTES).map((r) => r.role))]);
  const runs: CommandRun[] = [];
  let warmupUnexpected = 0;
  let profile: ProfileSummary | undefined;
  const total = options.runs + (options.profile ? 1 : 0);
  for (let run = 1; run <= total; run++) {
    const profiled = run > options.runs;
    const data = tempDataDir(context, 'commands');
    const server = await ServerProcess.start({ root: context.root, dataDir: data.dir, port: context.nextPort(), jwtSecret: context.jwtSecret });
    try {
      const load = (tag: string, extra: { duration: number; connections: number; overallRate?: number }) => {
        const mix = commandMix(tokens, `cmd-${run}-${tag}-${Date.now().toString(36)}`);
        return runLoad({ url: server.url, ...mix, ...extra }, 201);
      };
      const warmup = await load('w', { duration: options.warmupSeconds, connections: options.connections });
      warmupUnexpected += warmup.unexpected;
      if (profiled) {
        await server.profileStart();
        await load('p', { duration: options.seconds, connections: options.connections });
        const file = join(context.resultsDir, 'commands-server.cpuprofile');
        await server.profileStop(file);
        profile = summariseProfile(file);
        log(`commands: profile of the server under the throughput load written to ${file}`);
        continue;
      }
      const fixedRate = await load('r', { duration: options.seconds, connections: Math.min(options.connections, 50), overallRate: options.fixedRate });
      const throughput = await load('t', { duration: options.seconds, connections: options.connections });
      runs.push({ throughput, fixedRate, serverPeakRssMb: server.peakRssMb() });
      log(
        `commands run ${run}: ${throughput.perSecond} commands/s (p50 ${throughput.latencyMs.p50} ms, p99 ${throughput.latencyMs.p99} ms), ` +
          `at ${options.fixedRate}/s: p99 ${fixedRate.latencyMs.p99} ms, non-201 ${throughput.unexpected + fixedRate.unexpected}, ` +
          `peak RSS ${server.peakRssMb()} MB`,
      );
    } finally {
      await server.stop();
      data.dispose();
    }
  }
  return {
    runs,
    connections: options.connections,
    fixedRate: options.fixedRate,
    commandsPerSecond: medianOf(runs, (r) => r.throughput.perSecond),
    p50Ms: medianOf(runs, (r) => r.throughput.latencyMs.p50),
    p99Ms: medianOf(runs, (r) => r.throughput.latencyMs.p99),
    fixedRateAchievedPerSecond: medianOf(runs, (r) => r.fixedRate.perSecond),
    fixedRateP50Ms: medianOf(runs, (r) => r.fixedRate.latencyMs.p50),
    fixedRateP99Ms: medianOf(runs, (r) => r.fixedRate.latencyMs.p99),
    non201: warmupUnexpected + runs.reduce((sum, r) => sum + r.throughput.unexpected + r.fixedRate.unexpected, 0),
    serverPeakRssMb: Math.max(...runs.map((r) => r.serverPeakRssMb)),
    ...(profile ? { profile } : {}),
  };
}
