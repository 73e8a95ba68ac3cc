import { spawn } from 'node:child_process';
import { openSqliteReadStore } from '#read-store';
import { isGoneFromThisMachine, newLeaseOwner, shortOwner } from './lease-owner.js';
import { ProjectionLeases, type LeaseChange } from './projection-leases.js';

const exitedPid = () =>
  new Promise<number>((resolve) => {
    const child = spawn(process.execPath, ['-e', '']);
    child.once('exit', () => resolve(child.pid!));
  });

describe('lease owners', () => {
  const owner = newLeaseOwner();
  const locality = owner.split('@')[1]!;

  it('name this process, uniquely per runner, with where its pid means something', () => {
    expect(owner).toMatch(new RegExp(`^.+:${process.pid}:[0-9a-f]{8}@`));
    expect(newLeaseOwner()).not.toBe(owner);
    expect(shortOwner(owner)).toBe(owner.split('@')[0]);
  });

  it('judge gone only a process of this kernel and pid namespace that no longer exists', async () => {
    if (!locality) {
      console.warn('lease-owner: /proc does not tell the boot and pid namespace here; only the negative cases ran');
    } else {
      expect(isGoneFromThisMachine(`host:${await exitedPid()}:0badcafe@${locality}`)).toBe(true);
    }
    expect(isGoneFromThisMachine(owner)).toBe(false);
    expect(isGoneFromThisMachine(`host:${await exitedPid()}:0badcafe@another-boot/4026531836`)).toBe(false);
    expect(isGoneFromThisMachine(`host:${await exitedPid()}:0badcafe@`, '')).toBe(false);
    expect(isGoneFromThisMachine('projector-a')).toBe(false);
  });
});

describe('ProjectionLeases', () => {
  it('breaks the unexpired lease of a gone owner at once, and waits for one that is alive', async () => {
    const store = await openSqliteReadStore({ file: ':memory:' });
    await store.acquireLease('gone', 'ghost', 60_000);
    await store.acquireLease('alive', 'neighbour', 60_000);
    const changes: LeaseChange[] = [];
    const leases = new ProjectionLeases(store, ['gone', 'alive'], { owner: 'me', ttlMs: 60_000, onChange: (c) => changes.push(c) }, {
      onError: (error) => { throw error; },
      isGone: (other) => other === 'ghost',
    });
    await leases.start();
    expect(changes).toEqual([
      { name: 'gone', status: 'acquired', other: 'ghost' },
      { name: 'alive', status: 'standby', other: 'neighbour' },
    ]);
    expect([leases.holds('gone'), leases.holds('alive')]).toEqual([true, false]);
    await leases.stop();
    expect(await store.leaseHolder('gone')).toBeNull();
    expect(changes.at(-1)).toEqual({ name: 'gone', status: 'released' });
    await store.close();
  });

  it('stops trusting a lease two thirds of a ttl after asking for it when renewals fail', async () => {
    const store = await openSqliteReadStore({ file: ':memory:' });
    let now = 0;
    let reachable = true;
    const flaky = Object.assign(Object.create(store), {
      acquireLease: (...args: Parameters<typeof store.acquireLease>) =>
        reachable ? store.acquireLease(...args) : Promise.reject(new Error('unreachable')),
    });
    const changes: LeaseChange[] = [];
    const errors: unknown[] = [];
    const leases = new ProjectionLeases(flaky, ['p'], { owner: 'me', ttlMs: 60_000, onChange: (c) => changes.push(c) }, {
      onError: (error) => errors.push(error),
      clock: () => now,
    });
    await leases.start();
    reachable = false;
    now = 39_000;
    await leases.renew();
    expect(leases.holds('p')).toBe(true);
    now = 40_000;
    expect(leases.holds('p')).toBe(false);
    expect(changes.map((c) => c.status)).toEqual(['acquired', 'lost']);
    expect(errors).toHaveLength(1);
    await leases.stop();
    await store.close();
  });
});
