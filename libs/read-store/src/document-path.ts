import type { Condition, InCondition, RangeCondition, ReadDocument, Stored } from './read-store.port.js';
import { InvalidReadQueryError } from './read-store.errors.js';

// Field paths are inlined into SQL (an expression index only matches a literal path), so they are whitelisted.
const FIELD_PATH = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
// Collection names become SQLite table names and MongoDB collection names.
const COLLECTION_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,80}$/;

export function assertFieldPath(field: string): string {
  if (!FIELD_PATH.test(field)) throw new InvalidReadQueryError(`Invalid field path: ${JSON.stringify(field)}`);
  return field;
}

export function assertCollectionName(collection: string): string {
  if (!COLLECTION_NAME.test(collection)) {
    throw new InvalidReadQueryError(`Invalid collection name: ${JSON.stringify(collection)}`);
  }
  return collection;
}

export function physicalName(collection: string, generation: number): string {
  if (!Number.isInteger(generation) || generation < 1) throw new InvalidReadQueryError(`Invalid generation ${generation}`);
  return `${assertCollectionName(collection)}__g${generation}`;
}

export function assertLimit(limit: number): number {
  if (!Number.isInteger(limit) || limit < 1) throw new InvalidReadQueryError(`Invalid limit ${limit}`);
  return limit;
}

/** Value at a dot path; missing reads as null, as both stores treat it. */
export function valueAt(doc: ReadDocument, path: string): unknown {
  let value: unknown = doc;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return null;
    value = (value as Record<string, unknown>)[key];
  }
  return value === undefined ? null : value;
}

/** The document as its projection returned it: without the store's `_id` and `_position`. */
export function withoutStorageFields<D = ReadDocument>(stored: Stored<D> | ReadDocument): D {
  const { _id, _position, ...doc } = stored as ReadDocument;
  return doc as D;
}

export function isInCondition(condition: Condition): condition is InCondition {
  return condition !== null && typeof condition === 'object' && 'in' in condition;
}

export function isRangeCondition(condition: Condition): condition is RangeCondition {
  return condition !== null && typeof condition === 'object' && !('in' in condition);
}

export const RANGE_OPERATORS = ['gt', 'gte', 'lt', 'lte'] as const;
