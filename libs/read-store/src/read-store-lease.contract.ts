import { describe, expect, it } from '@jest/globals';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ReadStore } from './read-store.port.js';
import { LeaseLostError } from './read-store.errors.js';
import { LIVE, PROJECTION, seed } from './read-store.fixtures.js';

const C = PROJECTION.collection;
const LEASE = 'things';
const FENCE_A = { lease: LEASE, owner: 'projector-a' };
const change = (id: string, position: number) => ({ upserts: [{ collection: C, id, doc: { id }, position }], deletes: [] });

/** Leases: one writer per projection, taken over on expiry or release, and fenced commits. */
export function describeLeaseContract(current: () => ReadStore): void {
  describe('leases', () => {
    it('gives a free lease to the first owner, renews it for that owner and refuses every other one', async () => {
      const store = current();
      expect(await store.leaseHolder(LEASE)).toBeNull();
      expect(await store.acquireLease(LEASE, 'projector-a', 60_000)).toBe(true);
      expect(await store.acquireLease(LEASE, 'projector-b', 60_000)).toBe(false);
      expect(await store.acquireLease(LEASE, 'projector-a', 60_000)).toBe(true);
      const holder = await store.leaseHolder(LEASE);
      expect(holder).toEqual({ name: LEASE, owner: 'projector-a', expiresAt: expect.any(String) });
      expect(Date.parse(holder!.expiresAt)).toBeGreaterThan(Date.now() + 50_000);
    });

    it('lets another owner take an expired lease, and then refuses the former holder', async () => {
      const store = current();
      expect(await store.acquireLease(LEASE, 'projector-a', 100)).toBe(true);
      expect(await store.acquireLease(LEASE, 'projector-b', 60_000)).toBe(false);
      await sleep(250);
      expect(await store.leaseHolder(LEASE)).toBeNull();
      expect(await store.acquireLease(LEASE, 'projector-b', 60_000)).toBe(true);
      expect(await store.acquireLease(LEASE, 'projector-a', 100)).toBe(false);
      expect((await store.leaseHolder(LEASE))?.owner).toBe('projector-b');
    });

    it('frees a lease released by its holder at once, and ignores a release by anyone else', async () => {
      const store = current();
      await store.acquireLease(LEASE, 'projector-a', 60_000);
      await store.releaseLease(LEASE, 'projector-b');
      expect((await store.leaseHolder(LEASE))?.owner).toBe('projector-a');
      await store.releaseLease(LEASE, 'projector-a');
      expect(await store.leaseHolder(LEASE)).toBeNull();
      expect(await store.acquireLease(LEASE, 'projector-b', 60_000)).toBe(true);
    });

    it('keeps the leases of different names apart', async () => {
      const store = current();
      expect(await store.acquireLease('project-view', 'projector-a', 60_000)).toBe(true);
      expect(await store.acquireLease('audit-trail', 'projector-b', 60_000)).toBe(true);
      expect((await store.leaseHolder('project-view'))?.owner).toBe('projector-a');
      expect((await store.leaseHolder('audit-trail'))?.owner).toBe('projector-b');
    });

    it('grants a contended free lease to exactly one of several owners asking at once', async () => {
      const store = current();
      const owners = ['p1', 'p2', 'p3', 'p4', 'p5'];
      const granted = await Promise.all(owners.map((owner) => store.acquireLease('contended', owner, 60_000)));
      expect(granted.filter(Boolean)).toHaveLength(1);
      expect((await store.leaseHolder('contended'))?.owner).toBe(owners[granted.indexOf(true)]);
    });

    it('commits with the fence of the holder, and refuses a fenced commit of anyone else without writing', async () => {
      const store = current();
      await seed(store, [], 0);
      await store.acquireLease(LEASE, 'projector-a', 60_000);
      await store.commit(LIVE, change('a', 1), 1, FENCE_A);
      expect(await store.get(C, 'a')).toMatchObject({ _position: 1 });

      await store.releaseLease(LEASE, 'projector-a');
      await store.acquireLease(LEASE, 'projector-b', 60_000);
      await expect(store.commit(LIVE, change('b', 2), 2, FENCE_A)).rejects.toThrow(LeaseLostError);
      expect(await store.get(C, 'b')).toBeNull();
      expect(await store.checkpoint(LIVE)).toBe(1);
    });

    it('refuses a fenced commit once the holder let its lease expire', async () => {
      const store = current();
      await seed(store, [], 0);
      await store.acquireLease(LEASE, 'projector-a', 100);
      await sleep(250);
      await expect(store.commit(LIVE, change('a', 1), 1, FENCE_A)).rejects.toMatchObject({ code: 'LEASE_LOST', lease: LEASE });
      expect(await store.checkpoint(LIVE)).toBe(0);
    });
  });
}
