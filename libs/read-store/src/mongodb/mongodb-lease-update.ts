import type { Document } from 'mongodb';

/**
 * The lease is taken by `_id` alone, and who gets it is decided inside the update. MongoDB refuses `$expr` in the query
 * of an upsert, at parse time, whatever the data: mongodb/mongo `src/mongo/db/query/write_ops/parsed_writes_common.h`,
 * `parseWriteQueryToParsedFindCommand` (clears `AllowedFeatures::kExpr` when `request.isUpsert()`), reported by
 * `src/mongo/db/query/write_ops/parsed_update.cpp`, `parseQueryToParsedFindCommand`, as QueryFeatureNotAllowed (224)
 * "$expr is not allowed in the query predicate for an upsert". A filter on `_id` only is a simple id query
 * (`isSimpleIdQuery` in the same `parseQuery`), so nothing there is refused.
 */
export const leaseFilter = (name: string): { _id: string } => ({ _id: name });

/**
 * One pipeline stage: the owner and expiry change only when the lease is free (no document yet: an upsert starts from
 * `{ _id }`), already ours (a renewal) or expired on the server's clock (`$$NOW`, the only clock leases use). Otherwise
 * the document is left as it was, and the caller reads back who holds it. All expressions of one `$set` see the
 * document as it came in, so `owner` and `expiresAt` are decided on the same facts.
 */
export function takeLease(owner: string, ttlMs: number): Document[] {
  const takeable = {
    $or: [
      { $eq: [{ $type: '$owner' }, 'missing'] },
      { $eq: ['$owner', { $literal: owner }] },
      { $lte: ['$expiresAt', '$$NOW'] },
    ],
  };
  return [
    {
      $set: {
        owner: { $cond: [takeable, { $literal: owner }, '$owner'] },
        expiresAt: { $cond: [takeable, { $add: ['$$NOW', ttlMs] }, '$expiresAt'] },
      },
    },
  ];
}
