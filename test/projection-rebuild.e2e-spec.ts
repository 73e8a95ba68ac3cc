import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteEventStore, type EventStore } from '#event-sourcing';
import { openSqliteReadStore, type ReadStore } from '#read-store';
import { PROJECTIONS } from '#connection-projects/projections';
import { appendProjectEvents } from './support/projection-events.js';
import { cleanRebuildHashes, contentHashes, settledHead } from './support/projection-hashes.js';
import { pollUntil, runCli, startProjector, type ProjectorProcess } from './support/projector-process.js';

/**
 * The operator's rebuild (`npm run cli -- rebuild`) in its own process while the projector follows the log in another
 * and commands keep appending: the projector must move to the rebuilt generations and keep them current.
 */
describe('cli rebuild beside a running projector', () => {
  let dataDir: string;
  let events: EventStore;
  let reads: ReadStore;
  let projector: ProjectorProcess;
  const env = () => ({ DATA_DIR: dataDir, PROJECTOR_POLL_MS: '20', PROJECTOR_PROGRESS_SECONDS: '1' });

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'projection-rebuild-'));
    events = await openSqliteEventStore({ file: join(dataDir, 'events.sqlite') });
    reads = await openSqliteReadStore({ file: join(dataDir, 'read-models.sqlite') });
    await appendProjectEvents(events, 150);
    projector = startProjector(env());
    // The head moves on while the supply-accounts process manager opens the energized projects' accounts.
    await pollUntil(() => settledHead(events, reads), (head) => head !== null, 20_000, projector.output);
  }, 60_000);
  afterAll(async () => {
    projector.child.kill('SIGKILL');
    await projector.exited;
    await events.close();
    await reads.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('rebuilds every projection into a new generation, which the projector then keeps current', async () => {
    const [rebuild] = await Promise.all([runCli(['rebuild'], env()), appendProjectEvents(events, 30, 'late')]);
    // The CLI has exited: whatever reaches generation 2 from now on, the projector wrote.
    await appendProjectEvents(events, 10, 'after');

    expect(rebuild).toMatchObject({ code: 0, signal: null });
    expect(rebuild.stdout).toMatch(/^projection +generation +events applied +seconds +events\/s\n/);
    // One pass over the log feeds all projections: one progress line for them, then each switches.
    expect(rebuild.stderr).toMatch(new RegExp(`^${PROJECTIONS.length} projections +\\d+\\.\\d% of the log \\(position [\\d,]+ of [\\d,]+\\) +[\\d,]+ events/s +ETA `, 'm'));
    for (const { name } of PROJECTIONS) {
      expect(rebuild.stdout).toMatch(new RegExp(`^${name} +2 \\(was 1\\) +\\d+ +\\d+\\.\\d\\d +\\d+$`, 'm'));
      expect(rebuild.stderr).toMatch(new RegExp(`^${name}  reads switched to generation 2$`, 'm'));
    }
    const head = (await pollUntil(() => settledHead(events, reads), (settled) => settled !== null, 20_000, projector.output))!;
    for (const { name } of PROJECTIONS) {
      expect(await reads.projectionState(name)).toMatchObject({ liveGeneration: 2, buildingGeneration: null, generations: [{ generation: 2, checkpoint: head }] });
      expect(projector.output()).toContain(`${name}: reads moved from generation 1 to 2`);
    }
    expect(await contentHashes(reads)).toEqual(await cleanRebuildHashes(events));

    const listing = await runCli(['projections'], env());
    expect(listing).toMatchObject({ code: 0, stderr: '' });
    for (const { name } of PROJECTIONS) expect(listing.stdout).toMatch(new RegExp(`^${name} +2 v\\d+ +${head} +0 +-$`, 'm'));
    expect(listing.stdout).toContain(`log head position: ${head}`);
  }, 60_000);

  it('rebuilds only the projection named, and refuses an unknown one with exit code 1', async () => {
    const one = await runCli(['rebuild', '--projection', PROJECTIONS[0].name], env());
    expect(one.code).toBe(0);
    expect(one.stdout.trim().split('\n')).toHaveLength(2);
    expect(one.stdout).toMatch(new RegExp(`^${PROJECTIONS[0].name} +3 \\(was 2\\)`, 'm'));

    const unknown = await runCli(['rebuild', '--projection', 'nope'], env());
    expect(unknown).toMatchObject({ code: 1, stdout: '' });
    expect(unknown.stderr).toContain('error: unknown projection nope (known: ');

    const help = await runCli(['rebuild', '--help'], env());
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--projection <name>');
  }, 60_000);

  it('stops cleanly on SIGTERM with its checkpoints saved', async () => {
    projector.child.kill('SIGTERM');
    expect(await projector.exited).toEqual({ code: 0, signal: null });
    expect(projector.output()).toContain('Stopped after the current batch; checkpoints saved:');
  });
});
