/**
 * Times are shown and entered in Beijing time whatever the browser's zone: deadlines are Shanghai days (SPEC §5), and
 * the users work in that zone. Shanghai has no daylight saving, so a fixed +08:00 offset is exact.
 */
const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;

const shanghaiIso = (iso: string): string => new Date(Date.parse(iso) + SHANGHAI_OFFSET_MS).toISOString();

/** `2025-10-15 23:59` */
export const formatInstant = (iso: string | undefined | null): string => (iso ? shanghaiIso(iso).slice(0, 16).replace('T', ' ') : '—');

/** `2025-10-15` */
export const formatDate = (iso: string | undefined | null): string => (iso ? shanghaiIso(iso).slice(0, 10) : '—');

/** The value of a `datetime-local` input showing `iso` in Beijing time (to the minute, or the second). */
export const toLocalInput = (iso: string, seconds = false): string => shanghaiIso(iso).slice(0, seconds ? 19 : 16);

/** A `datetime-local` value read as Beijing time; null when empty or malformed. */
export function fromLocalInput(value: string): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2})?$/.exec(value.trim());
  return match ? `${match[1]}T${match[2]}${match[3] ?? ':00'}+08:00` : null;
}

/** The first and last instants of a Beijing calendar day (`YYYY-MM-DD`). */
export const dayStart = (date: string): string => `${date}T00:00:00+08:00`;
export const dayEnd = (date: string): string => `${date}T23:59:59.999+08:00`;

/** `0.857…` → `85.7%`; null (no clock judged yet) → `—`. */
export const formatRate = (rate: number | null | undefined): string =>
  rate === null || rate === undefined ? '—' : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;

export const formatNumber = (value: number | null | undefined): string =>
  value === null || value === undefined ? '—' : String(value);
