import type { Db, Document } from 'mongodb';

type Doc = Record<string, unknown>;

/**
 * TEST DOUBLE. The lease collection as a MongoDB server treats it, for the few operators the leases use: an upsert
 * whose query holds `$expr` is refused before anything runs (QueryFeatureNotAllowed, 224: see mongodb-lease-update.ts
 * for the server source), pipeline updates see `$$NOW` as the server's clock, an upsert starts from the query's `_id`.
 * Only a real server proves the wire behaviour (the MongoDB contract suite, with MONGODB_URL).
 */
export class FakeLeaseCollection {
  readonly docs = new Map<string, Doc>();

  constructor(private readonly now: () => Date) {}

  asDb(): Db {
    return { collection: () => this } as unknown as Db;
  }

  async updateOne(filter: Doc, update: Document[], options: { upsert?: boolean } = {}): Promise<unknown> {
    return this.findOneAndUpdate(filter, update, options);
  }

  async findOneAndUpdate(filter: Doc, update: Document[], options: { upsert?: boolean } = {}): Promise<Doc | null> {
    if (options.upsert && containsExpr(filter)) {
      throw Object.assign(new Error('$expr is not allowed in the query predicate for an upsert'), { code: 224 });
    }
    const now = this.now();
    const found = [...this.docs.values()].find((doc) => this.matches(doc, filter, now));
    if (!found && !options.upsert) return null;
    if (!found && this.docs.has(filter._id as string)) throw Object.assign(new Error('E11000 duplicate key'), { code: 11000 });
    let doc: Doc = found ?? { _id: filter._id };
    for (const stage of update) {
      const set = stage.$set as Doc;
      doc = { ...doc, ...Object.fromEntries(Object.entries(set).map(([field, expr]) => [field, evaluate(expr, doc, now)])) };
    }
    this.docs.set(doc._id as string, doc);
    return { ...doc };
  }

  async findOne(filter: Doc): Promise<Doc | null> {
    const now = this.now();
    return [...this.docs.values()].find((doc) => this.matches(doc, filter, now)) ?? null;
  }

  async deleteOne(filter: Doc): Promise<unknown> {
    const now = this.now();
    const doc = [...this.docs.values()].find((candidate) => this.matches(candidate, filter, now));
    if (doc) this.docs.delete(doc._id as string);
    return {};
  }

  private matches(doc: Doc, filter: Doc, now: Date): boolean {
    return Object.entries(filter).every(([key, value]) => {
      if (key === '$expr') return evaluate(value, doc, now) === true;
      if (key === '$or') return (value as Doc[]).some((clause) => this.matches(doc, clause, now));
      return doc[key] === value;
    });
  }
}

const containsExpr = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && Object.entries(value).some(([key, inner]) => key === '$expr' || containsExpr(inner));

const MISSING = Symbol('missing');

/** The aggregation expressions the leases use, with BSON's order between a missing field and a date. */
function evaluate(expr: unknown, doc: Doc, now: Date): unknown {
  if (expr === '$$NOW') return now;
  if (typeof expr === 'string' && expr.startsWith('$')) return expr.slice(1) in doc ? doc[expr.slice(1)] : MISSING;
  if (typeof expr !== 'object' || expr === null || expr instanceof Date) return expr;
  const [[operator, args]] = Object.entries(expr);
  const arg = (i: number) => evaluate((args as unknown[])[i], doc, now);
  switch (operator) {
    case '$literal': return args;
    case '$type': return evaluate(args, doc, now) === MISSING ? 'missing' : typeof evaluate(args, doc, now);
    case '$eq': return arg(0) === arg(1);
    case '$or': return (args as unknown[]).some((_, i) => arg(i) === true);
    case '$cond': return arg(0) === true ? arg(1) : arg(2);
    case '$add': return new Date((arg(0) as Date).getTime() + (arg(1) as number));
    case '$lte': return order(arg(0)) <= order(arg(1));
    case '$gt': return order(arg(0)) > order(arg(1));
    default: throw new Error(`FakeLeaseCollection: ${operator} not imitated`);
  }
}

/** Missing and null sort before every date (BSON comparison order). */
const order = (value: unknown): number => (value instanceof Date ? value.getTime() : Number.NEGATIVE_INFINITY);
