import fc from 'fast-check';
import type { StoredEvent } from '#event-sourcing';
import { PrefixFolds } from './prefix-folds.js';

/** A document that records exactly which events were folded, in which order: any skipped or repeated event shows. */
interface Log {
  versions: number[];
}
const evolve = (doc: Log | null, e: StoredEvent): Log | null => {
  if (e.type === 'Ignored') return doc;
  return { versions: [...(doc?.versions ?? []), e.version] };
};

const streamOf = (length: number, ignoredEvery = 0): readonly StoredEvent[] =>
  Array.from({ length }, (_, i) => ({
    eventId: `e${i + 1}`, type: ignoredEvery && (i + 1) % ignoredEvery === 0 ? 'Ignored' : 'Noted', schemaVersion: 1,
    streamId: 's', version: i + 1, position: i + 1, data: {},
    metadata: {
      actor: { id: 'u', name: 'u', role: 'r', orgUnit: 'o' }, commandId: 'c', correlationId: 'c', causationId: null,
      occurredAt: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString(), recordedAt: new Date(Date.UTC(2025, 5, 1) + i).toISOString(),
    },
    previousHash: '', hash: '',
  }));

const definition = (events: readonly StoredEvent[], seen: (i: number) => boolean) =>
  events.filter((_, i) => seen(i)).reduce<Log | null>(evolve, null);

describe('PrefixFolds: the fold of the events seen, from the nearest remembered prefix fold', () => {
  it('given any stream and any set of seen events, asked in any order, then the fold is the plain filter-and-reduce', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1500 }),
        fc.integer({ min: 0, max: 7 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 1600 }), fc.array(fc.integer({ min: 0, max: 1600 }), { maxLength: 5 })), { minLength: 1, maxLength: 8 }),
        (length, ignoredEvery, questions) => {
          const events = streamOf(length, ignoredEvery);
          const folds = new PrefixFolds(evolve);
          // A question: the first `prefix` events, minus a few (events recorded late), plus a few after it.
          return questions.every(([prefix, flipped]) => {
            const seen = (i: number) => (i < prefix) !== flipped.includes(i);
            return JSON.stringify(folds.fold(events, seen)) === JSON.stringify(definition(events, seen));
          });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('given a long stream when the whole of it is folded twice then the second fold starts near the end', () => {
    const events = streamOf(1000);
    let evolved = 0;
    const folds = new PrefixFolds<Log>((doc, e) => (evolved++, evolve(doc, e)));
    folds.fold(events, () => true);
    expect(evolved).toBe(1000);
    evolved = 0;
    expect(folds.fold(events, () => true)?.versions).toHaveLength(1000);
    expect(evolved).toBeLessThan(32);
  });

  it('given a new array of the stream events (events appended) then it is folded on its own, never from the old one', () => {
    const folds = new PrefixFolds(evolve);
    const before = streamOf(100);
    folds.fold(before, () => true);
    const after = streamOf(140);
    expect(folds.fold(after, () => true)?.versions).toEqual(Array.from({ length: 140 }, (_, i) => i + 1));
  });

  it('given prefix folds shared between requests when a caller tries to change one then it throws', () => {
    const events = streamOf(64);
    const folds = new PrefixFolds(evolve);
    folds.fold(events, () => true);
    const shared = folds.fold(events, () => true) as Log; // exactly prefix fold 2 (64 = 2 × 32)
    expect(() => {
      shared.versions = [];
    }).toThrow(TypeError);
  });

  it('given a time field when asked twice then each event is parsed once and the times are the events\'', () => {
    const events = streamOf(10);
    const folds = new PrefixFolds(evolve);
    let parsed = 0;
    const parse = (iso: string) => (parsed++, Date.parse(iso));
    expect([...folds.times(events, 'occurredAt', parse)]).toEqual(events.map((e) => Date.parse(e.metadata.occurredAt)));
    expect([...folds.times(events, 'occurredAt', parse)]).toHaveLength(10);
    expect(parsed).toBe(10);
    expect(folds.times(events, 'recordedAt', Date.parse)[3]).toBe(Date.parse(events[3].metadata.recordedAt));
  });
});
