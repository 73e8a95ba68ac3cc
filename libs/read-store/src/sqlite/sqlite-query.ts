import type { Condition, OrderBy } from '../read-store.port.js';
import { InvalidReadQueryError } from '../read-store.errors.js';
import { assertFieldPath, isInCondition, isRangeCondition } from '../document-path.js';
import type { PageCursor } from '../page-cursor.js';

export type SqlValue = string | number | null;

export interface SqlFragment {
  sql: string;
  params: SqlValue[];
}

/**
 * The SQL expression for a field. It must be spelled exactly as in the expression indexes, or SQLite ignores them:
 * hence one function for both.
 */
export function fieldExpression(field: string): string {
  if (field === '_id') return 'id';
  if (field === '_position') return 'position';
  return `json_extract(doc, '$.${assertFieldPath(field)}')`;
}

/** json_extract turns JSON true/false into 1/0, so booleans are compared as such. */
export function toSqlValue(value: unknown): SqlValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string' || typeof value === 'number') return value;
  throw new InvalidReadQueryError(`Only scalars can be compared, got ${JSON.stringify(value)}`);
}

const RANGE_SQL = { gt: '>', gte: '>=', lt: '<', lte: '<=' } as const;

function conditionSql(expr: string, condition: Condition): SqlFragment {
  if (isInCondition(condition)) {
    const values = condition.in.filter((v) => v !== null).map(toSqlValue);
    const parts = values.length ? [`${expr} IN (${values.map(() => '?').join(', ')})`] : [];
    if (condition.in.includes(null)) parts.push(`${expr} IS NULL`);
    return { sql: parts.length ? `(${parts.join(' OR ')})` : '0', params: values };
  }
  if (isRangeCondition(condition)) {
    const bounds = Object.entries(RANGE_SQL).filter(([op]) => condition[op as keyof typeof RANGE_SQL] !== undefined);
    const values = bounds.map(([op]) => condition[op as keyof typeof RANGE_SQL]!);
    const kinds = new Set(values.map((v) => typeof v));
    if (kinds.size !== 1) throw new InvalidReadQueryError('A range needs bounds of one type (numbers or strings)');
    // SQLite orders numbers before text; MongoDB compares within one type only. The type guard makes both agree.
    const typeGuard = kinds.has('string') ? `typeof(${expr}) = 'text'` : `typeof(${expr}) IN ('integer', 'real')`;
    const sql = [...bounds.map(([, symbol]) => `${expr} ${symbol} ?`), typeGuard].join(' AND ');
    return { sql: `(${sql})`, params: values.map(toSqlValue) };
  }
  if (condition === null) return { sql: `${expr} IS NULL`, params: [] };
  return { sql: `${expr} = ?`, params: [toSqlValue(condition)] };
}

export function whereSql(where: Record<string, Condition> | undefined): SqlFragment[] {
  return Object.entries(where ?? {}).map(([field, condition]) => conditionSql(fieldExpression(field), condition));
}

/** Rows strictly after the cursor in `ORDER BY expr dir, id dir` (SQLite puts NULLs first ascending, last descending). */
export function afterCursorSql(orderBy: OrderBy, cursor: PageCursor): SqlFragment {
  const expr = fieldExpression(orderBy.field);
  const value = toSqlValue(cursor.value);
  if (orderBy.direction === 'asc') {
    return value === null
      ? { sql: `((${expr} IS NULL AND id > ?) OR ${expr} IS NOT NULL)`, params: [cursor.id] }
      : { sql: `(${expr} > ? OR (${expr} = ? AND id > ?))`, params: [value, value, cursor.id] };
  }
  return value === null
    ? { sql: `(${expr} IS NULL AND id < ?)`, params: [cursor.id] }
    : { sql: `(${expr} < ? OR (${expr} = ? AND id < ?) OR ${expr} IS NULL)`, params: [value, value, cursor.id] };
}
