import { FakeLeaseCollection } from './fake-lease-collection.js';
import { leaseFilter, takeLease } from './mongodb-lease-update.js';
import { MongoLeases } from './mongodb-leases.js';

describe('MongoDB leases: the update document', () => {
  it('takes the lease by _id alone: the server refuses $expr in the query of an upsert', () => {
    expect(leaseFilter('project-view')).toEqual({ _id: 'project-view' });
  });

  it('never lets an owner be read as a field path', () => {
    expect(JSON.stringify(takeLease('$owner', 1000))).toContain('{"$literal":"$owner"}');
  });
});

describe('MongoDB leases on a collection that keeps the server rules', () => {
  let now = new Date('2026-01-01T00:00:00Z');
  const advance = (ms: number) => (now = new Date(now.getTime() + ms));
  const open = () => {
    const collection = new FakeLeaseCollection(() => now);
    return { collection, leases: new MongoLeases(collection.asDb()) };
  };

  it('gives a free lease to the first owner, renews it for that owner and refuses every other one', async () => {
    const { leases } = open();
    expect(await leases.acquire('p', 'a', 1000)).toBe(true);
    expect(await leases.acquire('p', 'b', 1000)).toBe(false);
    advance(900);
    expect(await leases.acquire('p', 'a', 1000)).toBe(true);
    expect(await leases.holder('p')).toEqual({ name: 'p', owner: 'a', expiresAt: new Date(now.getTime() + 1000).toISOString() });
  });

  it('leaves a refused taker no trace: the holder and its expiry stay as they were', async () => {
    const { collection, leases } = open();
    await leases.acquire('p', 'a', 1000);
    const before = { ...collection.docs.get('p') };
    advance(500);
    expect(await leases.acquire('p', 'b', 60_000)).toBe(false);
    expect(collection.docs.get('p')).toEqual(before);
  });

  it('lets another owner take an expired lease on the server clock, then refuses the former holder', async () => {
    const { leases } = open();
    await leases.acquire('p', 'a', 1000);
    advance(1000);
    expect(await leases.holder('p')).toBeNull();
    expect(await leases.acquire('p', 'b', 1000)).toBe(true);
    expect(await leases.acquire('p', 'a', 1000)).toBe(false);
    await expect(leases.assertHeld({ lease: 'p', owner: 'a' })).rejects.toMatchObject({ code: 'LEASE_LOST' });
    await expect(leases.assertHeld({ lease: 'p', owner: 'b' })).resolves.toBeUndefined();
  });

  it('frees a released lease for the next taker', async () => {
    const { leases } = open();
    await leases.acquire('p', 'a', 60_000);
    await leases.release('p', 'a');
    expect(await leases.acquire('p', 'b', 60_000)).toBe(true);
  });
});
