import { decodeCursor, encodeCursor } from './page-cursor.js';
import { InvalidReadQueryError } from './read-store.errors.js';

const byDue = { field: 'due', direction: 'asc' } as const;
const crafted = (payload: unknown) => Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');

describe('page cursor', () => {
  it.each(['2024-01-02', 42, true, null])('round-trips a scalar sort value (%j)', (value) => {
    expect(decodeCursor(byDue, encodeCursor(byDue, { value, id: 'p-1' }))).toEqual({ value, id: 'p-1' });
  });

  it.each([{ $regex: '.*' }, { $ne: null }, ['a'], { $gt: '' }])('refuses a crafted value that a store would read as a query (%j)', (v) => {
    expect(() => decodeCursor(byDue, crafted({ f: 'due', d: 'asc', v, i: 'p-1' }))).toThrow(InvalidReadQueryError);
  });
});
