/**
 * Identity numbers (resident IDs, GB 11643; unified social credit codes, GB 32100) are personal data: read models keep
 * them as recorded, and every answer shows them masked unless the caller may see them (auditor, admin). One mask for
 * both kinds: the first 3 and last 4 characters stay, e.g. `330***********123X`.
 */
export function maskIdNumber(value: string): string {
  if (value.length <= 7) return '*'.repeat(value.length);
  return `${value.slice(0, 3)}${'*'.repeat(value.length - 7)}${value.slice(-4)}`;
}

const RESIDENT_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const RESIDENT_CHECK = '10X98765432';
const CREDIT_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

// Tokens of exactly 18 characters, not part of a longer run of letters and digits (a 22-digit meter number is no ID).
const CANDIDATE = /(?<![0-9A-Za-z])[0-9A-Z]{18}(?![0-9A-Za-z])/g;

const isResidentId = (s: string): boolean => {
  if (!/^[1-9]\d{16}[\dX]$/.test(s)) return false;
  const [y, m, d] = [s.slice(6, 10), s.slice(10, 12), s.slice(12, 14)].map(Number);
  if (y < 1900 || m < 1 || m > 12 || d < 1 || d > 31) return false;
  const sum = RESIDENT_WEIGHTS.reduce((acc, w, i) => acc + w * Number(s[i]), 0);
  return RESIDENT_CHECK[sum % 11] === s[17];
};

const isCreditCode = (s: string): boolean => {
  if (![...s].every((c) => CREDIT_CHARSET.includes(c))) return false;
  const sum = CREDIT_WEIGHTS.reduce((acc, w, i) => acc + w * CREDIT_CHARSET.indexOf(s[i]), 0);
  return CREDIT_CHARSET[(31 - (sum % 31)) % 31] === s[17];
};

/**
 * Masks every valid resident ID or credit code found in free text. Summaries are built from structured fields that
 * never include the ID number, but names and numbers typed by people could; the check characters keep false hits rare.
 */
export function redactIdNumbers(text: string): string {
  return text.replace(CANDIDATE, (token) => (isResidentId(token) || isCreditCode(token) ? maskIdNumber(token) : token));
}

/**
 * A copy of `value` in which every string has each of `secrets` replaced by its mask: the last line of defence that
 * lets an answer promise that a known ID number appears unmasked nowhere in it. Never mutates `value`. Matched without
 * regard to case: a resident ID's check character typed as a small `x` in free text is still the same number.
 */
export function maskEverywhere<T>(value: T, secrets: readonly string[]): T {
  const known = [...new Set(secrets.filter((s) => s.length > 0))].sort((a, b) => b.length - a.length);
  if (known.length === 0) return value;
  const pattern = new RegExp(known.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gi');
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return v.replace(pattern, (found) => maskIdNumber(found));
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value) as T;
}
