import { defineValidator } from './define-validator.js';

/** SPEC §3.1: a mainland mobile number, or a landline with its area code (`0571-87654321`). */
const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE = /^0\d{2,3}-\d{7,8}$/;

export const PHONE_SCHEMA = { type: String, pattern: `${MOBILE.source}|${LANDLINE.source}` } as const;

export const isPhone = (value: unknown): value is string =>
  typeof value === 'string' && (MOBILE.test(value) || LANDLINE.test(value));

export const IsPhone = defineValidator('isPhone', (value) =>
  isPhone(value) ? true : 'must be a mobile number (1[3-9] + 9 digits) or a landline with area code (0571-87654321)',
);
