/**
 * Child process of the rebuild benchmark: rebuilds every projection from position 0 in one pass over the log, as
 * `cli rebuild` does, from an events file into a read-store file. Prints one JSON line. Run as its own process so its
 * CPU profile and peak memory are the rebuild's alone.
 *
 *   node dist/bench/history/rebuild-worker.js <events.sqlite> <read-models.sqlite>
 */
import { openSqliteEventStore, ProjectionRunner } from '#event-sourcing';
import { PROJECTIONS } from '#connection-projects/projections';
import { openSqliteReadStore } from '#read-store';
import { cpuSeconds as threadCpuSeconds } from '../server/process-stats.js';

const [eventsFile, readFile] = process.argv.slice(2);
if (!eventsFile || !readFile) throw new Error('usage: rebuild-worker <events.sqlite> <read-models.sqlite>');

const eventStore = await openSqliteEventStore({ file: eventsFile });
// As `cli rebuild` opens it: commits on a writer thread while the next batch is folded.
const readStore = await openSqliteReadStore({ file: readFile, writerThread: true });
const runner = new ProjectionRunner({ eventStore, readStore, projections: PROJECTIONS });
const eventsInLog = await eventStore.headPosition();
const projections: { name: string; eventsApplied: number; seconds: number }[] = [];
const started = performance.now();
// One pass over the log for all projections, as `cli rebuild` does.
const results = await runner.rebuildAll();
const seconds = (performance.now() - started) / 1000;
for (const result of results) projections.push({ name: result.name, eventsApplied: result.eventsApplied, seconds });
await readStore.close();
await eventStore.close();
const cpu = process.cpuUsage();
// Every thread's CPU time, and the main thread's alone (the folding thread, which bounds the rebuild).
const cpuSeconds = { user: cpu.user / 1e6, system: cpu.system / 1e6, mainThread: threadCpuSeconds(process.pid, process.pid) };
process.stdout.write(
  `${JSON.stringify({ eventsInLog, seconds, projections, peakRssMb: Math.round(process.resourceUsage().maxRSS / 102.4) / 10, cpuSeconds })}\n`,
);
