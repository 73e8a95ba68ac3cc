import { defineValidator } from './define-validator.js';

/** GB 11643-1999 weights of the 17 body digits, and the ISO 7064 MOD 11-2 check characters indexed by sum mod 11. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';
const EARLIEST_BIRTH = '19000101';

/** The check character GB 11643 assigns to 17 body digits. */
export const residentIdCheckChar = (body: string): string =>
  CHECK_CHARS[[...body].reduce((sum, digit, i) => sum + Number(digit) * WEIGHTS[i], 0) % 11];

const isRealDate = (yyyymmdd: string): boolean => {
  const [year, month, day] = [yyyymmdd.slice(0, 4), yyyymmdd.slice(4, 6), yyyymmdd.slice(6, 8)].map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

/**
 * Why an 18-character PRC resident ID number (GB 11643) is not valid, or `true`. The check character is an upper-case
 * `X` only: the standard prints it so, and a dossier kept forever should hold one spelling of a number.
 * `today` (`YYYYMMDD`) bounds the birth date; it is a parameter so tests do not depend on the clock.
 */
export const checkResidentId = (value: unknown, today = new Date().toISOString().slice(0, 10).replaceAll('-', '')): true | string => {
  if (typeof value !== 'string') return 'must be a string';
  if (value.length !== 18) return 'must be an 18-character resident ID number';
  if (!/^\d{17}[\dX]$/.test(value)) return 'must be 17 digits followed by a digit or an upper-case X';
  const birth = value.slice(6, 14);
  if (!isRealDate(birth) || birth < EARLIEST_BIRTH || birth > today) return 'has an implausible birth date';
  if (residentIdCheckChar(value.slice(0, 17)) !== value[17]) return 'has a wrong check digit';
  return true;
};

export const isResidentId = (value: unknown): boolean => checkResidentId(value) === true;

export const IsResidentId = defineValidator('isResidentId', (value) => checkResidentId(value));
