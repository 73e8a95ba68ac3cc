import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteEventStore, type EventStore } from '#event-sourcing';
import { openSqliteReadStore, type ReadStore } from '#read-store';
import { appendProjectEvents } from './support/projection-events.js';
import { checkpoints, cleanRebuildHashes, contentHashes, settledHead } from './support/projection-hashes.js';
import { pollUntil, startProjector, type ProjectorProcess } from './support/projector-process.js';

/**
 * The projector as a real process on the embedded stores, killed with SIGKILL (no shutdown hook, possibly inside a
 * commit) at random points of its catch-up, restarted each time: in the end its read models must equal a clean
 * rebuild, byte for byte, because every commit carries its checkpoint and every write is guarded by position.
 */
describe('projector crash and restart', () => {
  const KILLS = 3;
  let dataDir: string;
  let events: EventStore;
  let reads: ReadStore;
  let running: ProjectorProcess | null = null;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'projector-crash-'));
    events = await openSqliteEventStore({ file: join(dataDir, 'events.sqlite') });
    reads = await openSqliteReadStore({ file: join(dataDir, 'read-models.sqlite') });
  });
  afterAll(async () => {
    running?.child.kill('SIGKILL');
    await running?.exited;
    await events.close();
    await reads.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  // Small batches: many commits to land a kill between (or inside) them, as in a long catch-up.
  const env = () => ({ DATA_DIR: dataDir, PROJECTOR_BATCH_SIZE: '40', PROJECTOR_POLL_MS: '20', PROJECTOR_PROGRESS_SECONDS: '1' });
  const lowest = async () => Math.min(...Object.values(await checkpoints(reads)));

  it(`survives ${KILLS} SIGKILLs during catch-up and ends equal to a clean rebuild`, async () => {
    let head = await appendProjectEvents(events, 330);
    expect(head).toBeGreaterThan(3000);
    const kills: Array<{ target: number; atKill: Record<string, number> }> = [];

    for (let round = 0; round < KILLS; round++) {
      if (round === 2) head = await appendProjectEvents(events, 20, 'late'); // writes keep arriving between crashes
      const from = await lowest();
      // A random point in this round's share of the remaining catch-up, so that every round makes progress.
      const share = (head - from) / (KILLS - round + 1);
      const target = Math.floor(from + share * (0.2 + 0.8 * Math.random()));
      running = startProjector(env());
      await pollUntil(lowest, (position) => position >= target, 20_000, running.output);
      running.child.kill('SIGKILL');
      const exit = await running.exited;
      running = null;
      const atKill = await checkpoints(reads);
      kills.push({ target, atKill });
      expect(exit.signal).toBe('SIGKILL');
      // Killed during the catch-up, not after it.
      expect(Math.min(...Object.values(atKill))).toBeLessThan(head);
    }
    const lows = kills.map((k) => Math.min(...Object.values(k.atKill)));
    expect(lows).toEqual([...lows].sort((a, b) => a - b));
    expect(new Set(lows).size).toBe(KILLS);

    running = startProjector(env());
    // The head moves on while the supply-accounts process manager opens the energized projects' accounts.
    await pollUntil(() => settledHead(events, reads), (settled) => settled !== null, 20_000, running.output);
    running.child.kill('SIGTERM');
    const exit = await running.exited;
    const output = running.output();
    running = null;
    expect(exit).toEqual({ code: 0, signal: null });
    expect(output).toMatch(/Stopped after the current batch; checkpoints saved: project-view@\d+/);
    expect(output).toMatch(/Positions: project-view@\d+ \(lag \d+\)/);

    expect(await contentHashes(reads)).toEqual(await cleanRebuildHashes(events));
  }, 60_000);
});
