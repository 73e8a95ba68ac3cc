import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { openSqliteEventStore, type EventStore } from '#event-sourcing';
import { openSqliteReadStore, type ReadStore } from '#read-store';
import { PROJECTIONS } from '#connection-projects/projections';
import { appendProjectEvents } from './support/projection-events.js';
import { checkpoints, cleanRebuildHashes, contentHashes, settledHead } from './support/projection-hashes.js';
import { pollUntil, startProjector, type ProjectorProcess } from './support/projector-process.js';
import { ApiHarness } from './support/api-harness.js';
import { Journey } from './support/journey.js';

/**
 * Projectors as real processes on one DATA_DIR, each projection written only by the holder of its lease in the read
 * store: a standby writes nothing while the lease is held, takes over when it expires (a holder elsewhere that went
 * silent), at once when its holder is gone from this machine (SIGKILL) or released it (SIGTERM); and whoever wrote,
 * the read models end equal to a clean rebuild. A short ttl keeps it fast.
 */
describe('one active projector per projection: a lease in the read store', () => {
  const TTL = 1000;
  /** A projector on another machine: this machine cannot tell whether it is alive, so only expiry frees its leases. */
  const ELSEWHERE = 'projector-elsewhere:1:00000000@another-machine/1';
  let dataDir: string;
  let events: EventStore;
  let reads: ReadStore;
  let head = 0;
  const started: ProjectorProcess[] = [];
  /** Started while the leases are held elsewhere; one of them is killed, the survivor is stopped with SIGTERM. */
  const pair: ProjectorProcess[] = [];
  const active: { survivor: ProjectorProcess | null; last: ProjectorProcess | null } = { survivor: null, last: null };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'projector-lease-'));
    events = await openSqliteEventStore({ file: join(dataDir, 'events.sqlite') });
    reads = await openSqliteReadStore({ file: join(dataDir, 'read-models.sqlite') });
  });
  afterAll(async () => {
    for (const projector of started) projector.child.kill('SIGKILL');
    await Promise.all(started.map((p) => p.exited));
    await events.close();
    await reads.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const start = () => {
    const projector = startProjector({
      DATA_DIR: dataDir, PROJECTOR_LEASE_TTL_MS: String(TTL), PROJECTOR_BATCH_SIZE: '10', PROJECTOR_POLL_MS: '20',
    });
    started.push(projector);
    return projector;
  };
  const owners = async () => Promise.all(PROJECTIONS.map(async ({ name }) => (await reads.leaseHolder(name))?.owner ?? null));
  const pidOf = (owner: string | null) => (owner ? Number(/:(\d+):[0-9a-f]+@/.exec(owner)?.[1]) : null);
  const holdsAll = (projector: ProjectorProcess) => async () => (await owners()).every((o) => pidOf(o) === projector.child.pid);
  const standingBy = (projector: ProjectorProcess) => async () =>
    PROJECTIONS.every(({ name }) => projector.output().includes(`${name}: standby, the lease is held by`));
  const positions = async () => Object.values(await checkpoints(reads));
  const lowest = async () => Math.min(...(await positions()));
  const until = (check: () => Promise<boolean>, projector: ProjectorProcess, timeoutMs = 20_000) =>
    pollUntil(check, Boolean, timeoutMs, projector.output);
  /** Every projection at the head, once the supply-accounts process manager has stopped moving it (its own appends). */
  const settled = async () => (await settledHead(events, reads)) !== null;

  it('writes nothing while another machine holds the leases, and takes over once they expire', async () => {
    head = await appendProjectEvents(events, 330);
    const hold = () => Promise.all(PROJECTIONS.map(({ name }) => reads.acquireLease(name, ELSEWHERE, TTL)));
    expect(await hold()).toEqual(PROJECTIONS.map(() => true));
    const renewing = setInterval(() => void hold(), TTL / 4);
    pair.push(start(), start());
    try {
      for (const projector of pair) await until(standingBy(projector), projector);
      await sleep(TTL * 1.5);
      expect(await positions()).toEqual(PROJECTIONS.map(() => 0));
    } finally {
      clearInterval(renewing);
    }
    await sleep(TTL / 4); // let a renewal already under way land
    const renewedAt = Date.now();
    await hold();
    await sleep(TTL - 400);
    expect(await owners()).toEqual(PROJECTIONS.map(() => ELSEWHERE));

    // Each projection now has exactly one writer, one of the two (they may share the work out).
    const pids = pair.map((p) => p.child.pid);
    await until(async () => (await owners()).every((o) => pids.includes(pidOf(o)!)), pair[0]!);
    expect(Date.now() - renewedAt).toBeGreaterThanOrEqual(TTL);
    // The log line follows the lease row by a moment (the child's stdout is asynchronous): wait for it rather than race it.
    const acquired = /project-view: lease acquired by \S+:\d+:[0-9a-f]{8}; projecting/;
    await until(async () => acquired.test(pair.map((p) => p.output()).join('')), pair[0]!, 5_000);
    expect(pair.map((p) => p.output()).join('')).toMatch(acquired);
  }, 60_000);

  it('SIGKILL of the active projector mid catch-up: the standby takes over, the read models end equal to a clean rebuild', async () => {
    // Under load a holder can miss a renewal and project-view be between two holders for a moment.
    const [holder] = await pollUntil(owners, ([owner]) => owner !== null, 5_000);
    const victim = pair.find((p) => p.child.pid === pidOf(holder))!;
    const survivor = (active.survivor = pair.find((p) => p !== victim)!);
    await until(async () => (await lowest()) >= head / 3, victim);

    victim.child.kill('SIGKILL');
    expect((await victim.exited).signal).toBe('SIGKILL');
    expect(await lowest()).toBeLessThan(head);
    // This machine can tell that the holder's process is gone: no need to wait out the ttl. With a 1 s ttl on a loaded
    // machine, though, the victim may have missed its last renewal and the survivor taken project-view over by expiry,
    // which is right but not this case: so the lease is stretched to a minute in the gone owner's name (a renewal while
    // still its own, a plain take while expired), after which only the gone-owner path can free it. If the survivor
    // holds it already (it was quicker), that take-over stands, whichever path it went by.
    const stretched = await reads.acquireLease('project-view', holder!, 60_000);
    await until(holdsAll(survivor), survivor, 5_000);
    // The lease row is committed before the survivor logs it, and its stdout reaches this process through a pipe read
    // on a later turn of this event loop: seeing the row first and the line a moment later is normal, so wait for it.
    const takeOver = stretched
      ? new RegExp(`project-view: lease acquired by \\S+ \\(broken: \\S+:${victim.child.pid}:[0-9a-f]{8} is gone`)
      : /project-view: lease acquired by \S+/;
    await until(async () => takeOver.test(survivor.output()), survivor, 5_000);
    expect(survivor.output()).toMatch(takeOver);
    await until(settled, survivor);
    expect(await contentHashes(reads)).toEqual(await cleanRebuildHashes(events));
  }, 60_000);

  it('SIGTERM releases the leases: the standby takes over at once and carries on', async () => {
    const second = active.survivor!;
    const third = (active.last = start());
    await until(standingBy(third), third);
    expect(third.output()).not.toMatch(/lease acquired/);

    second.child.kill('SIGTERM');
    expect(await second.exited).toEqual({ code: 0, signal: null });
    const exitedAt = Date.now();
    expect(second.output()).toMatch(/project-view: lease released by/);
    expect((await owners()).map(pidOf)).not.toContain(second.child.pid);
    await until(holdsAll(third), third, 5_000);
    // Released, not expired: taken on the standby's next try (a third of the ttl), not a whole ttl later.
    expect(Date.now() - exitedAt).toBeLessThan(TTL);

    head = await appendProjectEvents(events, 20, 'late');
    await until(settled, third);
    expect(await contentHashes(reads)).toEqual(await cleanRebuildHashes(events));
  }, 60_000);

  it('an API instance on standby still answers read-your-writes, from the checkpoints the projector commits', async () => {
    const projector = active.last!;
    const api = await ApiHarness.start({ dataDir, env: { PROJECTOR_LEASE_TTL_MS: String(TTL) } });
    try {
      const answer = await new Journey(api).step('acceptApplication', 'prj-lease-standby-api');
      const { body } = await api.http()
        .get(`/api/projects/prj-lease-standby-api?minPosition=${answer.body.position}`)
        .set('Authorization', `Bearer ${api.token('viewer')}`)
        .expect(200);
      expect(body).toMatchObject({ projectId: 'prj-lease-standby-api', version: 1, position: answer.body.position });
      expect(await holdsAll(projector)()).toBe(true);
    } finally {
      await api.close(false);
    }
  }, 30_000);
});
