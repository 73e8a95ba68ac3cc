import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteEventStore, type EventStore } from '../libs/event-sourcing/src/index.js';
import { openSqliteReadStore, type ReadStore } from '../libs/read-store/src/index.js';
import { PROJECTIONS } from '../libs/connection-projects/src/projections/index.js';
import { appendProjectEvents } from './support/projection-events.js';
import { cleanRebuildHashes, contentHashes } from './support/projection-hashes.js';
import { pollUntil, runCli, startCli } from './support/projector-process.js';

/**
 * `cli rebuild` killed (SIGKILL) in the middle, with commits in flight on its read-store writer thread: each commit
 * holds its documents and checkpoint together, so the next run resumes from the checkpoints and the rebuilt generations
 * equal a clean build; reads stayed on the old generation meanwhile.
 */
describe('cli rebuild killed in the middle', () => {
  let dataDir: string;
  let events: EventStore;
  let reads: ReadStore;
  const env = () => ({ DATA_DIR: dataDir });

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'rebuild-crash-'));
    events = await openSqliteEventStore({ file: join(dataDir, 'events.sqlite') });
    reads = await openSqliteReadStore({ file: join(dataDir, 'read-models.sqlite') });
    await appendProjectEvents(events, 400);
    expect(await runCli(['rebuild'], env())).toMatchObject({ code: 0 });
  }, 60_000);
  afterAll(async () => {
    await events.close();
    await reads.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('resumes where its last commits ended and ends equal to a clean build', async () => {
    const head = await events.headPosition();
    const interrupted = startCli(['rebuild', '--batch-size', '50'], env());
    // The first progress line comes once the first batch of every projection is committed.
    await pollUntil(async () => interrupted.output(), (out) => /\d+\.\d% of the log/.test(out), 30_000, interrupted.output);
    interrupted.child.kill('SIGKILL');
    expect(await interrupted.exited).toEqual({ code: null, signal: 'SIGKILL' });

    const states = await Promise.all(PROJECTIONS.map(({ name }) => reads.projectionState(name)));
    for (const state of states) {
      expect(state).toMatchObject({ liveGeneration: 2, buildingGeneration: 3 });
      const building = state!.generations.find((g) => g.generation === 3)!;
      expect(building.checkpoint).toBeGreaterThan(0);
      expect(building.checkpoint).toBeLessThan(head);
    }

    const resumed = await runCli(['rebuild'], env());
    expect(resumed).toMatchObject({ code: 0, signal: null });
    for (const [index, { name }] of PROJECTIONS.entries()) {
      const left = head - states[index]!.generations.find((g) => g.generation === 3)!.checkpoint;
      // Only what the killed run had not committed is applied again.
      expect(resumed.stdout).toMatch(new RegExp(`^${name} +3 \\(was 2\\) +${left} `, 'm'));
      expect(await reads.projectionState(name)).toMatchObject({ liveGeneration: 3, buildingGeneration: null });
    }
    expect(await contentHashes(reads)).toEqual(await cleanRebuildHashes(events));
  }, 90_000);

  it('refuses a batch size that is not a positive integer, before opening anything', async () => {
    const refused = await runCli(['rebuild', '--batch-size', '0'], env());
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('--batch-size must be an integer from 1 to 100000, got 0');
  }, 30_000);
});
