import type { StoredEvent } from './event.js';
import { aNewEvent } from './event-store.fixtures.js';
import { canonicalJson, eventHash, GENESIS_HASH, sealEvents, verifyChain } from './hash-chain.js';

const chain = (count: number): StoredEvent[] =>
  sealEvents('stream-1', { version: 0, hash: GENESIS_HASH }, Array.from({ length: count }, (_, i) => aNewEvent('E', { i })), '2024-01-01T00:00:00.000Z')
    .map((event, index) => ({ ...event, position: 100 + index }));

describe('canonicalJson', () => {
  it('sorts keys at every depth and leaves out whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { y: 1, x: 2 }], c: 'z' } })).toBe('{"a":{"c":"z","d":[3,{"x":2,"y":1}]},"b":1}');
  });

  it('gives the same text whatever order the keys were built in', () => {
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  });

  it('drops undefined members, turns them into null inside arrays, and honours toJSON', () => {
    expect(canonicalJson({ a: undefined, b: [undefined, NaN], c: new Date('2024-01-01T00:00:00Z') })).toBe(
      '{"b":[null,null],"c":"2024-01-01T00:00:00.000Z"}',
    );
  });
});

describe('eventHash', () => {
  const content = { ...aNewEvent('E', {}, 'command-1'), streamId: 's', version: 1, metadata: { ...aNewEvent('E', {}, 'command-1').metadata, recordedAt: '2024-01-01T00:00:00.000Z' } };

  it('is a SHA-256 hex digest that depends on the previous hash and the content', () => {
    const hash = eventHash(GENESIS_HASH, content);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(eventHash('1'.repeat(64), content)).not.toBe(hash);
    expect(eventHash(GENESIS_HASH, { ...content, version: 2 })).not.toBe(hash);
    expect(eventHash(GENESIS_HASH, { ...content, data: { changed: true } })).not.toBe(hash);
  });

  it('ignores the global position, which a store may assign after hashing', () => {
    expect(eventHash(GENESIS_HASH, { ...content, position: 7 } as typeof content)).toBe(eventHash(GENESIS_HASH, content));
  });
});

describe('verifyChain', () => {
  it('accepts an intact chain and an empty one', () => {
    expect(verifyChain(chain(3))).toEqual({ valid: true, events: 3 });
    expect(verifyChain([])).toEqual({ valid: true, events: 0 });
  });

  it('accepts a window that starts after version 1', () => {
    expect(verifyChain(chain(4).slice(2))).toEqual({ valid: true, events: 2 });
  });

  it('reports the version whose content was changed', () => {
    const events = chain(3);
    events[1] = { ...events[1], data: { i: 42 } };
    expect(verifyChain(events)).toEqual({ valid: false, events: 3, brokenAt: 2 });
  });

  it('reports a removed event as a break in the links', () => {
    const events = chain(3);
    expect(verifyChain([events[0], events[2]])).toEqual({ valid: false, events: 2, brokenAt: 3 });
  });

  it('reports a first event that does not start from the genesis hash', () => {
    const [first] = chain(1);
    const rehashed = { ...first, previousHash: '1'.repeat(64) };
    expect(verifyChain([{ ...rehashed, hash: eventHash(rehashed.previousHash, rehashed) }])).toMatchObject({ valid: false, brokenAt: 1 });
  });

  it('reports a recomputed hash that no longer links to the next event', () => {
    const events = chain(3);
    const forged = { ...events[1], data: { i: 42 } };
    events[1] = { ...forged, hash: eventHash(forged.previousHash, forged) };
    expect(verifyChain(events)).toEqual({ valid: false, events: 3, brokenAt: 3 });
  });
});
