import type { Collection, Db } from 'mongodb';
import type { LeaseFence, LeaseHolder } from '../read-store.port.js';
import { LeaseLostError } from '../read-store.errors.js';
import { leaseFilter, takeLease } from './mongodb-lease-update.js';

interface LeaseDocument {
  _id: string;
  owner: string;
  expiresAt: Date;
}

const DUPLICATE_KEY = 11000;
const isDuplicateKey = (error: unknown) => (error as { code?: unknown })?.code === DUPLICATE_KEY;

/** Unexpired on the server's clock. */
const UNEXPIRED = { $expr: { $gt: ['$expiresAt', '$$NOW'] } };

/**
 * Projection leases in one small collection. Expiry is computed and compared on the MongoDB server's clock (`$$NOW`),
 * never a projector's: projectors on different machines disagree by their clock skew, the primary does not disagree
 * with itself. (A holder measures its own validity with its own monotonic clock, from before it asked: durations
 * only, so skew plays no part there either.)
 */
export class MongoLeases {
  private readonly leases: Collection<LeaseDocument>;

  constructor(db: Db) {
    this.leases = db.collection<LeaseDocument>('_read_store_leases');
  }

  async acquire(name: string, owner: string, ttlMs: number): Promise<boolean> {
    try {
      const lease = await this.leases.findOneAndUpdate(leaseFilter(name), takeLease(owner, ttlMs), {
        upsert: true,
        returnDocument: 'after',
        projection: { owner: 1 },
      });
      return lease?.owner === owner;
    } catch (error) {
      // Two first takers raced to insert the document: the other one's insert won, so the lease is fresh and theirs.
      if (isDuplicateKey(error)) return false;
      throw error;
    }
  }

  async release(name: string, owner: string): Promise<void> {
    await this.leases.deleteOne({ _id: name, owner });
  }

  async holder(name: string): Promise<LeaseHolder | null> {
    const doc = await this.leases.findOne({ _id: name, ...UNEXPIRED });
    return doc ? { name, owner: doc.owner, expiresAt: doc.expiresAt.toISOString() } : null;
  }

  /**
   * Checked before a commit's writes. MongoDB commits are not one transaction, so a holder paused longer than the
   * rest of its lease between this check and its writes could still write once; its guarded writes are what the new
   * holder would write too, and the runner stops trusting its lease a third of a ttl before the store expires it.
   */
  async assertHeld({ lease, owner }: LeaseFence): Promise<void> {
    const held = await this.leases.findOne({ _id: lease, owner, ...UNEXPIRED }, { projection: { _id: 1 } });
    if (!held) throw new LeaseLostError(lease, owner);
  }
}
