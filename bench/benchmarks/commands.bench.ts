import { join } from 'node:path';
import { runLoad, type LoadResult } from '../load/load-run.js';
import { runPaced } from '../load/paced-load.js';
import { summariseProfile, type ProfileSummary } from '../profile/profile-summary.js';
import { ServerProcess, type LoopDelay } from '../server/server-process.js';
import { tempDataDir, type BenchContext } from '../support/bench-context.js';
import { medianOf, round } from '../support/stats.js';
import { commandMix } from '../workload/command-requests.js';
import { ROUTES } from '../workload/routes.js';
import { bearerTokens } from '../workload/tokens.js';

interface CommandRun {
  throughput: LoadResult;
  /** `fixedRate` commands/s, evenly paced (open loop). */
  fixedRate: LoadResult;
  /** The server's event-loop delay during each load: work waiting for the JS thread. */
  loopDelay: { fixedRate: LoopDelay; throughput: LoopDelay };
  /** CPU used during the throughput load, in % of one core: the server (one JS thread) and this load generator. */
  serverCpuPercent: number;
  loadGeneratorCpuPercent: number;
  /** The main thread's CPU time ÷ commands answered during the throughput load, in µs (issue 20's measure). */
  cpuUsPerCommand: number;
  serverPeakRssMb: number;
  /** Seconds the projections took, after the throughput load, to apply what it appended (before the fixed rate). */
  settleSeconds: number;
}

/** Measured on the first server only: latency without queueing, and autocannon's bursty `overallRate` for reference. */
interface FirstRunExtras {
  lightRate: LoadResult;
  lightRateLoopDelay: LoopDelay;
  autocannonOverallRate: LoadResult;
}

export interface CommandsResult {
  runs: CommandRun[];
  firstRun?: FirstRunExtras;
  connections: number;
  fixedRate: number;
  lightRate: number;
  commandsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  fixedRateAchievedPerSecond: number;
  fixedRateP50Ms: number;
  fixedRateP99Ms: number;
  /** Median seconds the projections needed to catch up after the throughput load (the fixed rate starts after). */
  settleSeconds: number;
  serverCpuPercent: number;
  loadGeneratorCpuPercent: number;
  cpuUsPerCommand: number;
  /** Answers other than 201 (and transport errors), over every load including warm-ups; should be 0. */
  non201: number;
  /** Paced commands still unanswered when the drain was cut off (an overloaded server): not failures, not answers. */
  unanswered: number;
  serverPeakRssMb: number;
  profile?: ProfileSummary;
}

const LIGHT_RATE = 100;

/**
 * Benchmark 1: the command mix over HTTP, each run on a fresh server and DATA_DIR: a warm-up, as fast as `connections`
 * autocannon clients go for the throughput, then `fixedRate` commands/s evenly paced for the latency target. The
 * first run also measures 100/s paced and autocannon's `overallRate`. With --profile, one more run profiles the server
 * under the throughput load.
 */
export async function benchCommands(context: BenchContext): Promise<CommandsResult> {
  const { options, log } = context;
  const tokens = bearerTokens(context.jwtSecret, [...new Set(Object.values(ROUTES).map((r) => r.role))]);
  const runs: CommandRun[] = [];
  let firstRun: FirstRunExtras | undefined;
  let unexpected = 0;
  let unanswered = 0;
  let profile: ProfileSummary | undefined;
  for (let run = 1; run <= options.runs + (options.profile ? 1 : 0); run++) {
    const data = tempDataDir(context, 'commands');
    const server = await ServerProcess.start({ root: context.root, dataDir: data.dir, jwtSecret: context.jwtSecret, env: options.serverEnv });
    const tag = (name: string) => `cmd-${run}-${name}-${Date.now().toString(36)}`;
    const burst = async (name: string, extra: { duration: number; connections: number; overallRate?: number }) => {
      const result = await runLoad({ url: server.url, ...commandMix(tokens, tag(name)), ...extra }, 201);
      unexpected += result.unexpected;
      return result;
    };
    const paced = async (name: string, rate: number, seconds: number) => {
      const result = await runPaced({ url: server.url, rate, seconds, tokens, runTag: tag(name) });
      unexpected += result.unexpected;
      unanswered += result.unanswered ?? 0;
      return result;
    };
    /** Runs `load` and reads the server's event-loop delay over exactly that load. */
    const delayed = async <T>(load: () => Promise<T>): Promise<[T, LoopDelay]> => {
      await server.loopDelay();
      const result = await load();
      return [result, await server.loopDelay()];
    };
    try {
      await burst('w', { duration: options.warmupSeconds, connections: options.connections });
      if (run > options.runs) {
        profile = await profileRun(context, server, () => burst('p', { duration: options.seconds, connections: options.connections }));
        continue;
      }
      if (run === 1) {
        const [lightRate, lightRateLoopDelay] = await delayed(() => paced('l', LIGHT_RATE, Math.min(options.seconds, 3)));
        firstRun = {
          lightRate,
          lightRateLoopDelay,
          autocannonOverallRate: await burst('a', { duration: options.seconds, connections: 50, overallRate: options.fixedRate }),
        };
      }
      const serverCpu = server.cpuSeconds();
      const mainThreadCpu = server.mainThreadCpuSeconds();
      const ownCpu = process.cpuUsage();
      const started = performance.now();
      const [throughput, throughputDelay] = await delayed(() => burst('t', { duration: options.seconds, connections: options.connections }));
      const wall = (performance.now() - started) / 1000;
      const own = process.cpuUsage(ownCpu);
      const serverCpuUsed = server.cpuSeconds() - serverCpu;
      const mainThreadCpuUsed = server.mainThreadCpuSeconds() - mainThreadCpu;
      // The fixed rate is measured on a server that has digested the burst (projections caught up), so the figure is
      // the latency at that rate, not at that rate plus the burst's backlog; the wait is reported.
      const settleSeconds = await server.settled();
      // Last: an overloaded server is still working through the paced backlog after the cut-off.
      const [fixedRate, fixedRateDelay] = await delayed(() => paced('r', options.fixedRate, options.seconds));
      const figures: CommandRun = {
        throughput,
        fixedRate,
        loopDelay: { fixedRate: fixedRateDelay, throughput: throughputDelay },
        serverCpuPercent: Math.round((serverCpuUsed / wall) * 100),
        loadGeneratorCpuPercent: Math.round(((own.user + own.system) / 1e6 / wall) * 100),
        cpuUsPerCommand: Math.round((mainThreadCpuUsed * 1e6) / Math.max(1, throughput.responses)),
        serverPeakRssMb: server.peakRssMb(),
        settleSeconds: round(settleSeconds, 1),
      };
      runs.push(figures);
      log(
        `commands run ${run}: ${throughput.perSecond}/s (p50 ${throughput.latencyMs.p50} ms, p99 ${throughput.latencyMs.p99} ms); ` +
          `projections caught up ${round(settleSeconds, 1)} s later; ` +
          `paced ${options.fixedRate}/s: achieved ${fixedRate.perSecond}/s, p99 ${fixedRate.latencyMs.p99} ms` +
          `${fixedRate.unanswered ? ` (${fixedRate.unanswered} unanswered at cut-off)` : ''}; non-201 so far ${unexpected}; ` +
          `CPU server ${figures.serverCpuPercent}%, load generator ${figures.loadGeneratorCpuPercent}%, ` +
          `main thread ${figures.cpuUsPerCommand} µs per command; ` +
          `loop delay p99 ${throughputDelay.p99Ms} ms, max ${throughputDelay.maxMs} ms; peak RSS ${figures.serverPeakRssMb} MB`,
      );
    } finally {
      await server.stop();
      data.dispose();
    }
  }
  return {
    runs,
    ...(firstRun ? { firstRun } : {}),
    connections: options.connections,
    fixedRate: options.fixedRate,
    lightRate: LIGHT_RATE,
    commandsPerSecond: medianOf(runs, (r) => r.throughput.perSecond),
    p50Ms: medianOf(runs, (r) => r.throughput.latencyMs.p50),
    p99Ms: medianOf(runs, (r) => r.throughput.latencyMs.p99),
    fixedRateAchievedPerSecond: medianOf(runs, (r) => r.fixedRate.perSecond),
    fixedRateP50Ms: medianOf(runs, (r) => r.fixedRate.latencyMs.p50),
    fixedRateP99Ms: medianOf(runs, (r) => r.fixedRate.latencyMs.p99),
    settleSeconds: medianOf(runs, (r) => r.settleSeconds),
    serverCpuPercent: medianOf(runs, (r) => r.serverCpuPercent),
    loadGeneratorCpuPercent: medianOf(runs, (r) => r.loadGeneratorCpuPercent),
    cpuUsPerCommand: medianOf(runs, (r) => r.cpuUsPerCommand),
    non201: unexpected,
    unanswered,
    serverPeakRssMb: Math.max(...runs.map((r) => r.serverPeakRssMb)),
    ...(profile ? { profile } : {}),
  };
}

async function profileRun(context: BenchContext, server: ServerProcess, load: () => Promise<unknown>): Promise<ProfileSummary> {
  await server.profileStart();
  await load();
  const file = join(context.resultsDir, 'commands-server.cpuprofile');
  await server.profileStop(file);
  context.log(`commands: profile of the server under the throughput load written to ${file}`);
  return summariseProfile(file);
}
