import type { StoredEvent } from '../event.js';
import type { EventStore } from '../event-store.port.js';
import type { Projection } from './projection.js';

/** Generic test projections: tallies opened, incremented and closed; a grand total over all of them. */
export type TallyEvent = StoredEvent<string, { tally: string; by?: number }>;
export interface Tally {
  tally: string;
  count: number;
  lastBy: string;
  updatedAt: string;
}

export const tallies: Projection<TallyEvent, Tally> = {
  name: 'tallies',
  version: 1,
  collection: 'tallies',
  indexes: [['count']],
  documentIds: (e) => (e.type.startsWith('Tally') ? [e.data.tally] : []),
  evolve: (doc, e) => {
    const stamp = { lastBy: e.metadata.actor.id, updatedAt: e.metadata.occurredAt };
    switch (e.type) {
      case 'TallyOpened': return { tally: e.data.tally, count: 0, ...stamp };
      case 'TallyIncremented': return doc && { ...doc, count: doc.count + (e.data.by ?? 1), ...stamp };
      case 'TallyClosed': return null;
      default: return doc;
    }
  },
};

export const totals: Projection<TallyEvent, { sum: number; events: number }> = {
  name: 'totals',
  version: 1,
  collection: 'totals',
  documentIds: (e) => (e.type === 'TallyIncremented' ? ['all'] : []),
  evolve: (doc, e) => ({ sum: (doc?.sum ?? 0) + (e.data.by ?? 1), events: (doc?.events ?? 0) + 1 }),
};

/**
 * Appends `count` events over `streams` tallies: each stream opens, increments many times, and every 7th stream
 * closes at the end; unrelated `NoiseMade` events are interleaved.
 */
export async function appendTallyEvents(store: EventStore, count: number, streams = 40, seed = 0): Promise<void> {
  const versions = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const n = (i * 7 + seed) % streams;
    const streamId = `tally-${n}`;
    const version = versions.get(streamId) ?? (await store.readStream(streamId)).length;
    const type = version === 0 ? 'TallyOpened' : i % 11 === 0 ? 'NoiseMade' : i >= count - streams && n % 7 === 0 ? 'TallyClosed' : 'TallyIncremented';
    await store.append({
      streamId,
      expectedVersion: version,
      events: [{
        eventId: `${streamId}-${version + 1}`,
        type,
        schemaVersion: 1,
        data: { tally: `t${n}`, by: 1 + (i % 3) },
        metadata: {
          actor: { id: `user-${i % 5}`, name: 'Tester', role: 'tester', orgUnit: 'unit' },
          commandId: `c-${seed}-${i}`,
          correlationId: `c-${seed}-${i}`,
          causationId: null,
          occurredAt: new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString(),
        },
      }],
    });
    versions.set(streamId, version + 1);
  }
}
