import type { OrderBy } from './read-store.port.js';
import { InvalidReadQueryError } from './read-store.errors.js';

/** Keyset cursor: the sort value and id of the last item served, plus the ordering it belongs to. */
export interface PageCursor {
  value: unknown;
  id: string;
}

export function encodeCursor(orderBy: OrderBy, cursor: PageCursor): string {
  const payload = { f: orderBy.field, d: orderBy.direction, v: cursor.value, i: cursor.id };
  return Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
}

export function decodeCursor(orderBy: OrderBy, encoded: string): PageCursor {
  let payload: { f?: unknown; d?: unknown; v?: unknown; i?: unknown };
  try {
    payload = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidReadQueryError('Malformed cursor');
  }
  // A cursor taken under another ordering would silently skip or repeat items.
  if (payload?.f !== orderBy.field || payload.d !== orderBy.direction || typeof payload.i !== 'string') {
    throw new InvalidReadQueryError('Cursor does not belong to this ordering');
  }
  // The value goes into the store's query as it is: an object there would be read as an operator by MongoDB
  // (`{ "$regex": … }`, `{ "$ne": … }`). Sort values served in a cursor are scalars, so anything else was made up.
  const value = payload.v ?? null;
  if (!isScalar(value)) throw new InvalidReadQueryError('Malformed cursor');
  return { value, id: payload.i };
}

const isScalar = (value: unknown): boolean =>
  value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));

export const DEFAULT_ORDER: OrderBy = { field: '_id', direction: 'asc' };
