import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteReadStore } from '#read-store';
import { cleanRebuildHashes, contentHashes } from '../support/projection-hashes.js';
import { CrashClient, send, type SentCommand } from './support/crash-clients.js';
import { commandIdOf, readLog, structuralViolations, withEventStore, type LogSnapshot } from './support/log-audit.js';
import { harnessSeed, seededRandom } from './support/random.js';
import { ServerProcess } from './support/server-process.js';
import { waitForProjections } from './support/health.js';

const ROUNDS = Number(process.env.RELIABILITY_CRASH_ROUNDS ?? 20);
const CLIENTS = 8;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * kill -9 of the API at a random moment of a command burst, ROUNDS times on the same DATA_DIR. After every crash the
 * log the dead server left is audited; at the end every acknowledged command is retried and the read models are
 * compared with a clean rebuild.
 */
describe(`the API killed with SIGKILL ${ROUNDS} times during command bursts`, () => {
  const seed = harnessSeed();
  const random = seededRandom(seed);
  const dataDir = mkdtempSync(join(tmpdir(), 'reliability-crash-'));
  const sent: SentCommand[] = [];
  const clients = Array.from({ length: CLIENTS }, (_, i) => new CrashClient(i, seededRandom(seed + i + 1), sent));
  const figures = { startupsMs: [] as number[], killAfterMs: [] as number[], acknowledgedAtKill: 0, inFlightAtKill: 0 };
  let server: ServerProcess | null = null;

  afterAll(async () => {
    await server?.kill();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** What the dead server left: sound structure, every acknowledged command in place, records iff events. */
  async function auditAfterCrash(): Promise<LogSnapshot> {
    return withEventStore(dataDir, async (store) => {
      const log = await readLog(store);
      expect(structuralViolations(log)).toEqual([]);
      const problems: string[] = [];
      for (const command of sent) {
        const events = log.byCommandId.get(commandIdOf(command.sub, command.key)) ?? [];
        const record = await store.findCommand(command.sub, command.key);
        if (command.answer) {
          const [event] = events;
          const at = event && { stream: event.streamId, version: event.version, position: event.position };
          const want = { stream: `project-${command.answer.projectId}`, version: command.answer.version, position: command.answer.position };
          if (JSON.stringify(at) !== JSON.stringify(want)) problems.push(`acknowledged ${command.key} at ${JSON.stringify(at)}, answered ${JSON.stringify(want)}`);
        }
        // All or nothing: the idempotency record and the command's one event were one transaction.
        if (Boolean(record) !== (events.length === 1)) problems.push(`${command.key}: record ${Boolean(record)}, ${events.length} events`);
        if (record && events[0] && (record.position !== events[0].position || record.version !== events[0].version)) {
          problems.push(`${command.key}: record at ${record.version}/${record.position}, event at ${events[0].version}/${events[0].position}`);
        }
      }
      expect(problems).toEqual([]);
      return log;
    });
  }

  it('loses no acknowledged command, half-writes none, duplicates none, and its read models equal a rebuild', async () => {
    const started = Date.now();
    for (let round = 1; round <= ROUNDS; round++) {
      const t0 = Date.now();
      server = await ServerProcess.start(dataDir);
      figures.startupsMs.push(Date.now() - t0);
      await Promise.all(clients.map((client) => client.retryPending(server!.url)));

      let stopped = false;
      const bursts = clients.map((client) => client.burst(server!.url, round, () => stopped));
      const killAfter = Math.round(150 + random() * 850);
      figures.killAfterMs.push(killAfter);
      await sleep(killAfter);
      stopped = true;
      const exit = await server.kill();
      server = null;
      await Promise.all(bursts);
      expect(exit.signal).toBe('SIGKILL');
      const thisRound = sent.filter((c) => c.round === round);
      figures.acknowledgedAtKill += thisRound.filter((c) => c.answer).length;
      figures.inFlightAtKill += thisRound.filter((c) => c.unacknowledgedAtKill).length;
      await auditAfterCrash();
    }

    // The last start: the commands left unanswered are retried, then every acknowledged one is retried too.
    server = await ServerProcess.start(dataDir);
    await Promise.all(clients.map((client) => client.retryPending(server!.url)));
    expect(clients.flatMap((c) => c.findings)).toEqual([]);
    const acknowledged = sent.filter((c) => c.answer);
    expect(acknowledged).toHaveLength(sent.length);
    const replays: string[] = [];
    for (let i = 0; i < acknowledged.length; i += CLIENTS) {
      await Promise.all(
        acknowledged.slice(i, i + CLIENTS).map(async (command) => {
          const outcome = await send(server!.url, command);
          const answer = outcome.answered ? outcome.answer : null;
          const same = answer?.status === 201 && answer.headers.get('idempotent-replayed') === 'true' && JSON.stringify(answer.body) === JSON.stringify(command.answer);
          if (!same) replays.push(`${command.key}: ${answer?.status} ${JSON.stringify(answer?.body)} vs ${JSON.stringify(command.answer)}`);
        }),
      );
    }
    expect(replays).toEqual([]);

    const log = await withEventStore(dataDir, readLog);
    await waitForProjections(server.url, log.events.at(-1)!.position, 60_000);
    await server.stop();
    server = null;
    const final = await auditAfterCrash();
    // The supply-accounts process manager adds an account per energized project: events of no client's command.
    const opened = final.events.filter((e) => e.metadata.actor.id === 'system:supply-accounts');
    expect(final.events.length - opened.length).toBe(sent.length);
    expect(opened.every((e) => e.type === 'SupplyAccountOpened' && e.version === 1)).toBe(true);

    const readStore = await openSqliteReadStore({ file: join(dataDir, 'read-models.sqlite') });
    const live = await contentHashes(readStore);
    await readStore.close();
    expect(live).toEqual(await withEventStore(dataDir, cleanRebuildHashes));

    const unacknowledged = sent.filter((c) => c.unacknowledgedAtKill);
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    console.log(
      [
        `crash: seed ${seed}, ${ROUNDS} SIGKILLs after ${Math.min(...figures.killAfterMs)}–${Math.max(...figures.killAfterMs)} ms of burst, ${CLIENTS} clients`,
        `  ${sent.length} commands, ${final.events.length} events in ${final.streams.size} streams (${opened.length} accounts opened); ${figures.acknowledgedAtKill} answered 201 before a kill`,
        `  ${unacknowledged.length} left unanswered by a kill: on retry ${unacknowledged.filter((c) => c.retriedAs === 'replayed').length} replayed (written before the kill), ${unacknowledged.filter((c) => c.retriedAs === 'fresh').length} written fresh`,
        `  ${acknowledged.length} acknowledged keys retried at the end: all replayed the same answer`,
        `  server start median ${median(figures.startupsMs)} ms; whole test ${((Date.now() - started) / 1000).toFixed(1)} s`,
      ].join('\n'),
    );
  }, 600_000);
});
