import type { StoredEvent } from '../event.js';
import type { ProjectionStore } from '#read-store';
import { foldBatch, projectBatch, touchedIds } from './project-batch.js';
import { tallies, type TallyEvent } from './projection.fixtures.js';
import type { Projection } from './projection.js';

const event = (position: number, type: string, tally = 't1', by = 1): TallyEvent =>
  ({
    eventId: `e${position}`, type, schemaVersion: 1, streamId: `tally-${tally}`, version: position, position,
    data: { tally, by }, previousHash: '', hash: '',
    metadata: {
      actor: { id: 'u1', name: 'U', role: 'r', orgUnit: 'o' }, commandId: 'c', correlationId: 'c', causationId: null,
      occurredAt: '2024-01-01T00:00:00.000Z', recordedAt: '2024-01-01T00:00:00.000Z',
    },
  }) satisfies StoredEvent;

const stamp = { lastBy: 'u1', updatedAt: '2024-01-01T00:00:00.000Z' };

describe('projectBatch', () => {
  it('folds every event of a document into one upsert at the last position', () => {
    const changes = projectBatch(tallies, [event(1, 'TallyOpened'), event(2, 'TallyIncremented', 't1', 2), event(3, 'TallyIncremented')], new Map());
    expect(changes).toEqual({ upserts: [{ collection: 'tallies', id: 't1', doc: { tally: 't1', count: 3, ...stamp }, position: 3 }], deletes: [] });
  });

  it('skips events at or below the stored position: a redelivered event changes nothing', () => {
    const current = new Map([['t1', { doc: { tally: 't1', count: 3, ...stamp }, position: 3 }]]);
    expect(projectBatch(tallies, [event(2, 'TallyIncremented'), event(3, 'TallyIncremented')], current)).toEqual({ upserts: [], deletes: [] });
    expect(projectBatch(tallies, [event(3, 'TallyIncremented'), event(4, 'TallyIncremented')], current).upserts[0])
      .toMatchObject({ doc: { count: 4 }, position: 4 });
  });

  it('deletes a stored document that evolve turns into null, and writes nothing for one that never existed', () => {
    const current = new Map([['t1', { doc: { tally: 't1', count: 3, ...stamp }, position: 3 }]]);
    expect(projectBatch(tallies, [event(4, 'TallyClosed')], current)).toEqual({
      upserts: [], deletes: [{ collection: 'tallies', id: 't1', position: 4 }],
    });
    expect(projectBatch(tallies, [event(5, 'TallyOpened', 't2'), event(6, 'TallyClosed', 't2')], new Map())).toEqual({ upserts: [], deletes: [] });
  });

  it('ignores events the projection is not interested in', () => {
    expect(touchedIds(tallies, [event(1, 'NoiseMade'), event(2, 'TallyOpened', 't9'), event(3, 'TallyIncremented', 't9')])).toEqual(['t9']);
    expect(projectBatch(tallies, [event(1, 'NoiseMade')], new Map())).toEqual({ upserts: [], deletes: [] });
  });

  it('reads no document back for a projection that writes a document per event: none is there before its event', async () => {
    const rows: Projection<TallyEvent, { position: number }> = {
      name: 'rows', version: 1, collection: 'rows', documentPerEvent: true,
      documentIds: (e) => [e.eventId],
      evolve: (_doc, e) => ({ position: e.position }),
    };
    const reads: string[][] = [];
    const store = { getMany: async (_collection: string, ids: string[]) => (reads.push(ids), []) } as unknown as ProjectionStore;
    const folded = await foldBatch(store, { projection: rows, generation: 1, checkpoint: 1 }, [event(1, 'A'), event(2, 'B'), event(3, 'C')]);
    expect(reads).toEqual([]);
    expect(folded).toEqual({
      changes: { upserts: [{ collection: 'rows', id: 'e2', doc: { position: 2 }, position: 2 }, { collection: 'rows', id: 'e3', doc: { position: 3 }, position: 3 }], deletes: [] },
      checkpoint: 3, events: 2, written: expect.any(Map),
    });
    await foldBatch(store, { projection: { ...rows, documentPerEvent: false }, generation: 1, checkpoint: 1 }, [event(2, 'B')]);
    expect(reads).toEqual([['e2']]);
  });
});
