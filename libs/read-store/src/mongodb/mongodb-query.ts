import type { Filter, Document } from 'mongodb';
import type { Condition, OrderBy } from '../read-store.port.js';
import { InvalidReadQueryError } from '../read-store.errors.js';
import { RANGE_OPERATORS, assertFieldPath, isInCondition, isRangeCondition } from '../document-path.js';
import type { PageCursor } from '../page-cursor.js';

/** `_id` and `_position` are stored under those names; every other field is a (dot) path into the document. */
export const mongoField = (field: string): string =>
  field === '_id' || field === '_position' ? field : assertFieldPath(field);

function conditionFilter(condition: Condition): unknown {
  if (isInCondition(condition)) return { $in: condition.in };
  if (isRangeCondition(condition)) {
    const bounds = RANGE_OPERATORS.filter((op) => condition[op] !== undefined);
    if (new Set(bounds.map((op) => typeof condition[op])).size !== 1) {
      throw new InvalidReadQueryError('A range needs bounds of one type (numbers or strings)');
    }
    return Object.fromEntries(bounds.map((op) => [`$${op}`, condition[op]]));
  }
  // `{ field: null }` matches a missing field too, as SQLite's json_extract does.
  return condition;
}

export function whereFilter(where: Record<string, Condition> | undefined): Document[] {
  return Object.entries(where ?? {}).map(([field, condition]) => ({ [mongoField(field)]: conditionFilter(condition) }));
}

/** Documents strictly after the cursor in `sort({ field: dir, _id: dir })` (null and missing sort first ascending). */
export function afterCursorFilter(orderBy: OrderBy, cursor: PageCursor): Document {
  const f = mongoField(orderBy.field);
  const { value, id } = cursor;
  if (orderBy.direction === 'asc') {
    return value === null
      ? { $or: [{ [f]: null, _id: { $gt: id } }, { [f]: { $ne: null } }] }
      : { $or: [{ [f]: { $gt: value } }, { [f]: value, _id: { $gt: id } }] };
  }
  return value === null
    ? { [f]: null, _id: { $lt: id } }
    : { $or: [{ [f]: { $lt: value } }, { [f]: value, _id: { $lt: id } }, { [f]: null }] };
}

/** Built from validated paths and scalar values; typed for the caller's schema at this one place. */
export function andFilter<T>(parts: Document[]): Filter<T> {
  const filter = parts.length === 0 ? {} : parts.length === 1 ? parts[0] : { $and: parts };
  return filter as Filter<T>;
}
