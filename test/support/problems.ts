import { createHmac } from 'node:crypto';
import type { Response } from 'supertest';
import { TEST_SECRET } from './api-harness.js';

/** Asserts an RFC 9457 problem with the machine code API.md names, and returns its body for further checks. */
export function expectProblem(res: Response, status: number, code?: string): Record<string, unknown> {
  // The whole answer in the message: a wrong status alone says too little about what the server did.
  const got = `${res.status} ${res.body?.code ?? ''}`.trim();
  const want = `${status} ${code ?? res.body?.code ?? ''}`.trim();
  if (got !== want) throw new Error(`expected ${want}, got ${res.status} ${JSON.stringify(res.body)}`);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body).toMatchObject({ status, type: expect.any(String), title: expect.any(String), detail: expect.any(String) });
  return res.body as Record<string, unknown>;
}

const b64 = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

/** A JWT built by hand, to present what the minting code never would: other algorithms, odd claims, bad signatures. */
export function forgeToken(
  payload: Record<string, unknown>,
  options: { alg?: string; secret?: string; signature?: string } = {},
): string {
  const alg = options.alg ?? 'HS256';
  const head = `${b64({ alg, typ: 'JWT' })}.${b64(payload)}`;
  if (options.signature !== undefined) return `${head}.${options.signature}`;
  if (alg === 'none') return `${head}.`;
  const algorithm = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' }[alg] ?? 'sha256';
  return `${head}.${createHmac(algorithm, options.secret ?? TEST_SECRET).update(head).digest('base64url')}`;
}

/** Claims a valid token carries, valid for an hour from now. */
export const validClaims = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  sub: 'clerk-1',
  name: 'clerk 1',
  roles: ['clerk'],
  orgUnit: 'hz-city',
  orgLevel: 'city',
  iat: Math.floor(Date.now() / 1000),
  exp: Math.floor(Date.now() / 1000) + 3600,
  ...overrides,
});
