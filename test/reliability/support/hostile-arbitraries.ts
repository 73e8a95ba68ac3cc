import fc from 'fast-check';
import { forgeToken, validClaims } from '../../support/problems.js';
import { ALL_ROLES } from '../../support/journey.js';

/** Keys that have broken JSON handlers elsewhere: prototype pollution, Mongo operators, inherited names. */
export const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', '$where', '$gt', '$ne', '$set', 'toString', 'hasOwnProperty', 'valueOf', ''];

/** Any JSON value of a kind a field did not ask for, unicode strings (lone surrogates included) among them. */
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.string({ unit: 'binary', maxLength: 50 }),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.constantFrom(null, true, 0, -1, 1e308, -0, 2 ** 53 + 1, '', ' ', '\u0000', '2025-02-30', 'NaN', [], {}),
);

export type Mutation =
  | { kind: 'delete'; picks: number[] }
  | { kind: 'replace'; picks: number[]; value: unknown }
  | { kind: 'addKey'; picks: number[]; key: string; value: unknown }
  | { kind: 'huge'; picks: number[]; char: string; size: number }
  | { kind: 'nest'; picks: number[]; depth: number };

const picks = fc.array(fc.nat(), { minLength: 1, maxLength: 4 });
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), picks }),
  fc.record({ kind: fc.constant('replace' as const), picks, value: anyValue }),
  fc.record({ kind: fc.constant('addKey' as const), picks, key: fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string()), value: anyValue }),
  fc.record({
    kind: fc.constant('huge' as const),
    picks,
    char: fc.constantFrom('x', '电', '😀', '\u202e', ' '),
    // Below the 2,000-character field limit, just above it, and beyond the 1 MiB body limit.
    size: fc.constantFrom(1999, 2001, 20_000, 300_000, 1_100_000),
  }),
  fc.record({ kind: fc.constant('nest' as const), picks, depth: fc.integer({ min: 1, max: 300 }) }),
);

/** Walks the picks down the document: the (container, key) the mutation applies to. */
function locate(root: Record<string, unknown>, indices: number[]): { parent: any; key: string } {
  let parent: any = root;
  for (let i = 0; ; i++) {
    const keys = Object.keys(parent);
    if (keys.length === 0) return { parent, key: 'extra' };
    const key = keys[indices[i]! % keys.length]!;
    const child = parent[key];
    if (i === indices.length - 1 || child === null || typeof child !== 'object' || Object.keys(child).length === 0) return { parent, key };
    parent = child;
  }
}

/** Applies the mutations to a copy of a valid body; `__proto__` and friends become own, serialised keys. */
export function mutate(valid: Record<string, unknown>, mutations: Mutation[]): string {
  const body = structuredClone(valid);
  for (const m of mutations) {
    const { parent, key } = locate(body, m.picks);
    const set = (k: string, value: unknown) => Object.defineProperty(parent, k, { value, enumerable: true, writable: true, configurable: true });
    if (m.kind === 'delete') Array.isArray(parent) ? parent.splice(Number(key), 1) : delete parent[key];
    if (m.kind === 'replace') set(key, m.value);
    if (m.kind === 'addKey') Array.isArray(parent) ? parent.push({ [m.key]: m.value }) : set(m.key, m.value);
    if (m.kind === 'huge') set(key, m.char.repeat(Math.ceil(m.size / m.char.length)));
    if (m.kind === 'nest') {
      let value = parent[key];
      for (let d = 0; d < m.depth; d++) value = d % 2 ? [value] : { x: value };
      set(key, value);
    }
  }
  return JSON.stringify(body);
}

/** A body: arbitrary JSON, a mutated valid example, or text that is not JSON at all. */
export const bodyCase = (valid: Record<string, unknown>): fc.Arbitrary<{ family: string; body: string }> =>
  fc.oneof(
    { weight: 2, arbitrary: fc.jsonValue().map((v) => ({ family: 'arbitrary JSON', body: JSON.stringify(v) ?? 'null' })) },
    { weight: 6, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 3 }).map((ms) => ({ family: 'mutated example', body: mutate(valid, ms) })) },
    {
      weight: 1,
      arbitrary: fc
        .oneof(fc.string({ unit: 'binary' }), fc.nat().map((n) => JSON.stringify(valid).slice(0, n % 200)))
        .map((text) => ({ family: 'random or truncated text', body: text })),
    },
  );

/** Header values a real client can put on the wire (visible Latin-1; Node refuses control characters itself). */
export const headerText = (maxLength = 300) =>
  fc.string({ unit: fc.integer({ min: 0x20, max: 0xff }).filter((c) => c !== 0x7f).map((c) => String.fromCharCode(c)), maxLength });

export type HeaderCase = { header: string; value: string };

export const headerCase: fc.Arbitrary<HeaderCase> = fc.oneof(
  fc.record({ header: fc.constant('Idempotency-Key'), value: fc.oneof(headerText(), fc.constantFrom('k'.repeat(200), 'k'.repeat(201))) }),
  fc.record({
    header: fc.constant('If-Match'),
    value: fc.oneof(headerText(40), fc.nat().map((n) => `"${n}"`), fc.nat().map((n) => `W/"${n}"`), fc.constantFrom('*', '"1", "2"', '"99999999999999999999"')),
  }),
  fc.record({
    header: fc.constant('Content-Type'),
    value: fc.oneof(
      headerText(80),
      fc.constantFrom('text/plain', 'application/xml', 'application/json; charset=latin1', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json, text/plain'),
    ),
  }),
  fc.record({
    header: fc.constant('Authorization'),
    value: fc.oneof(
      headerText(400),
      headerText(400).map((t) => `Bearer ${t}`),
      // Correctly signed: a well-formed identity with any set of roles (403 for the wrong ones), or odd claims (401).
      fc
        .oneof(
          fc.record({ roles: fc.subarray([...ALL_ROLES], { minLength: 1 }), orgLevel: fc.constantFrom('station', 'branch', 'city') }),
          fc.record({
            roles: fc.oneof(fc.array(fc.oneof(fc.constantFrom(...ALL_ROLES), fc.string()), { maxLength: 3 }), anyValue),
            orgLevel: fc.oneof(fc.constantFrom('station', 'branch', 'city'), anyValue),
            sub: anyValue,
          }),
        )
        .map((claims) => `Bearer ${forgeToken(validClaims(claims))}`),
      fc.constantFrom('none', 'HS512', 'RS256').map((alg) => `Bearer ${forgeToken(validClaims({ roles: ['admin'] }), { alg, secret: 'another-secret-0123456789' })}`),
      fc.constant(`Bearer ${forgeToken(validClaims({ roles: ['admin'], exp: 1 }))}`),
    ),
  }),
  fc.record({ header: fc.constantFrom('X-Correlation-Id', 'X-Causation-Id'), value: headerText(250) }),
);

/** A path id: any unicode, encoded as a client would, or raw hostile segments. */
export const pathId: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }).map((s) => encodeURIComponent(s)),
  fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 60 }).map((s) => encodeURIComponent(s)),
  fc.constantFrom('..', '%2e%2e', '..%2F..%2Fhealth', '%00', 'prj%E0%A4%A', 'p'.repeat(256), 'p'.repeat(5000), '%24where', '__proto__', 'constructor', '%20'),
);
