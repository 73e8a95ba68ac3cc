import { defineValidator } from './define-validator.js';

/** GB 32100-2015: the 31 characters allowed (no I, O, Z, S, V) and the weights of the 17 body positions. */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character GB 32100 assigns to a 17-character body (assumed to be within the charset). */
export const creditCodeCheckChar = (body: string): string => {
  const sum = [...body].reduce((acc, char, i) => acc + CHARSET.indexOf(char) * WEIGHTS[i], 0);
  return CHARSET[(31 - (sum % 31)) % 31];
};

/** Why an 18-character unified social credit code (统一社会信用代码, GB 32100) is not valid, or `true`. */
export const checkCreditCode = (value: unknown): true | string => {
  if (typeof value !== 'string') return 'must be a string';
  if (value.length !== 18) return 'must be an 18-character unified social credit code';
  if (![...value].every((char) => CHARSET.includes(char))) {
    return `may contain only the characters ${CHARSET} (upper case)`;
  }
  if (creditCodeCheckChar(value.slice(0, 17)) !== value[17]) return 'has a wrong check character';
  return true;
};

export const isCreditCode = (value: unknown): boolean => checkCreditCode(value) === true;

export const IsCreditCode = defineValidator('isCreditCode', (value) => checkCreditCode(value));
