/**
 * `npm run bench [-- --quick] [--projects N] [--runs N] [--profile] …`: the benchmarks of issue 5, measured on the
 * embedded default (SQLite files in a clean temp DATA_DIR), the API as a child process, autocannon in this process.
 * Progress goes to stderr; the summary to stdout, whose last line is the one-line JSON of the headline figures.
 * Results (every run, medians, profiles) are written to bench/results/<benchmark>.json.
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchAppends } from './benchmarks/appends.bench.js';
import { benchCommands } from './benchmarks/commands.bench.js';
import { prepareHistory } from './benchmarks/history.bench.js';
import { benchQueries } from './benchmarks/queries.bench.js';
import { benchRebuild } from './benchmarks/rebuild.bench.js';
import { headlineTable, profileText } from './report/summary-text.js';
import type { Headline } from './report/targets.js';
import type { BenchContext } from './support/bench-context.js';
import { parseBenchOptions } from './support/bench-options.js';
import { BENCH_JWT_SECRET } from './workload/tokens.js';

// dist/bench/run.js → the repository root is two levels up.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const options = parseBenchOptions(process.argv.slice(2));
const resultsDir = join(root, 'bench/results');
mkdirSync(resultsDir, { recursive: true });
const context: BenchContext = {
  options,
  root,
  resultsDir,
  jwtSecret: BENCH_JWT_SECRET,
  log: (line) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}\n`),
};
const wanted = (name: string) => options.only === null || options.only.includes(name);
const meta = {
  mode: options.quick ? 'quick' : 'full',
  startedAt: new Date().toISOString(),
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model,
  totalMemoryMb: Math.round(totalmem() / 2 ** 20),
  node: process.version,
  /** Other work on the machine skews every figure: the 1-minute load average before the first benchmark. */
  loadAverageAtStart: loadavg()[0],
  options,
};
const write = (name: string, result: unknown) =>
  writeFileSync(join(resultsDir, `${name}.json`), `${JSON.stringify({ meta, result }, null, 2)}\n`);

const started = performance.now();
context.log(`mode ${meta.mode}, ${meta.cpus} cores (${meta.cpuModel}), node ${meta.node}; server and load generator share the cores`);
const output: string[] = [];
const commands = wanted('commands') ? await benchCommands(context) : undefined;
if (commands) write('commands', commands);
const appends = wanted('appends') ? await benchAppends(context) : undefined;
if (appends) write('appends', appends);
const needHistory = wanted('rebuild') || wanted('queries') || wanted('time-travel');
const history = needHistory ? await prepareHistory(context) : undefined;
const rebuild = history ? await benchRebuild(context, history) : undefined;
if (rebuild) write('rebuild', { generation: history!.generation, ...rebuild });
const queries = history && (wanted('queries') || wanted('time-travel')) ? await benchQueries(context, history) : undefined;
if (queries) write('queries', queries);
history?.dispose();

const headline: Headline = {
  commandsPerSecond: commands?.commandsPerSecond ?? Number.NaN,
  p99Ms: commands?.fixedRateP99Ms ?? Number.NaN,
  rebuildEventsPerSecond: rebuild?.eventsPerSecond ?? Number.NaN,
  dashboardP50Ms: queries?.queries.find((q) => q.name === 'slaDashboard')?.p50Ms ?? Number.NaN,
  timeTravelMs: queries?.timeTravelP50Ms ?? Number.NaN,
  rssMb: maxOf([commands?.serverPeakRssMb, queries?.serverPeakRssMb]),
  commandsRssMb: commands?.serverPeakRssMb ?? Number.NaN,
  queriesRssMb: queries?.serverPeakRssMb ?? Number.NaN,
  dashboardPageMs: queries?.dashboardPage.renderMs ?? Number.NaN,
  cpuUsPerCommand: commands?.cpuUsPerCommand ?? Number.NaN,
};
const seconds = Math.round((performance.now() - started) / 1000);
function maxOf(values: (number | undefined)[]): number {
  const finite = values.filter((v): v is number => v !== undefined && Number.isFinite(v));
  return finite.length ? Math.max(...finite) : Number.NaN;
}
const loadAverageAtEnd = loadavg()[0];
write('summary', { headline, seconds, loadAverageAtEnd });

output.push(
  headlineTable(
    headline,
    `${meta.mode}, ${options.projects} projects, medians of ${options.runs} runs, ${meta.cpus} cores, ${seconds} s, ` +
      `load average ${meta.loadAverageAtStart.toFixed(1)} before / ${loadAverageAtEnd.toFixed(1)} after`,
  ),
);
if (commands) {
  const first = commands.firstRun;
  output.push(
    `Commands: ${commands.commandsPerSecond}/s with ${commands.connections} connections (p50 ${commands.p50Ms} ms, p99 ${commands.p99Ms} ms); ` +
      `CPU during that load: server ${commands.serverCpuPercent}% of a core, load generator ${commands.loadGeneratorCpuPercent}%\n` +
      `  paced at ${commands.fixedRate}/s, once the projections caught up with that load (${commands.settleSeconds} s): ` +
      `achieved ${commands.fixedRateAchievedPerSecond}/s, p50 ${commands.fixedRateP50Ms} ms, p99 ${commands.fixedRateP99Ms} ms\n` +
      (first
        ? `  first run only: paced at ${commands.lightRate}/s p50 ${first.lightRate.latencyMs.p50} ms, p99 ${first.lightRate.latencyMs.p99} ms ` +
          `(server event-loop delay p99 ${first.lightRateLoopDelay.p99Ms} ms, max ${first.lightRateLoopDelay.maxMs} ms); ` +
          `autocannon overallRate ${commands.fixedRate} (bursts each second): ${first.autocannonOverallRate.perSecond}/s, p99 ${first.autocannonOverallRate.latencyMs.p99} ms\n`
        : '') +
      `  answers other than 201: ${commands.non201}; paced commands unanswered at the drain cut-off (overload): ${commands.unanswered}`,
  );
}
if (appends) {
  output.push(
    'Appends through the port:\n' +
      appends.cases
        .map((c) => `  batch ${c.batchSize}, ${c.appenders} appenders${c.writerThread ? ', writer thread' : ''}: ${c.eventsPerSecond} events/s, ${c.appendsPerSecond} appends/s, ${c.fsyncsPerAppend} fsyncs/append, ${c.eventsPerFsync} events/fsync`)
        .join('\n'),
  );
}
if (history && rebuild) {
  output.push(
    `History: ${history.generation.projects} projects, ${history.generation.accounts} accounts, ${history.generation.events} events generated through the port at ${history.generation.eventsPerSecond} events/s\n` +
      `Rebuild: ${rebuild.eventsInLog} events, all ${rebuild.perProjection.length} projections in ${rebuild.wallSeconds} s = ${rebuild.eventsPerSecond} events/s ` +
      `(${rebuild.perProjection.map((p) => `${p.name} ${p.eventsPerSecond}/s`).join(', ')}); worker peak RSS ${rebuild.workerPeakRssMb} MB`,
  );
}
if (queries) {
  output.push(
    `Queries at ${queries.projects} projects (one request at a time):\n` +
      [...queries.queries, ...queries.timeTravel].map((q) => `  ${q.name}: p50 ${q.p50Ms} ms, p99 ${q.p99Ms} ms, non-200 ${q.non200}`).join('\n'),
  );
}
if (commands?.profile) output.push(profileText('Profile, server under the command load', commands.profile));
if (rebuild?.profile) output.push(profileText('Profile, rebuild worker', rebuild.profile));
for (const query of [...(queries?.queries ?? []), ...(queries?.timeTravel ?? [])]) {
  if (query.profile) output.push(profileText(`Profile, server answering ${query.name}`, query.profile, 6));
}
output.push(JSON.stringify(headline));
process.stdout.write(`${output.join('\n\n')}\n`);
