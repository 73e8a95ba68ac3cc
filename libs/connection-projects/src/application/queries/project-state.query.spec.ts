import type { StoredEvent } from '#event-sourcing';
import { InMemoryEventStore } from '#event-sourcing/testing';
import { instantMs } from '../../domain/calendar/index.js';
import { DomainError, PROJECT_EVENT_SCHEMA, projectStreamId, type ProjectEvent } from '../../domain/index.js';
import { projectArchived, projectHistory, siteSurveyed } from '../../domain/testing/index.js';
import { evolveProjectView, viewAsOf, type ProjectViewDocument } from '../../projections/project-view/index.js';
import type { Identity } from '../identity.js';
import { ProjectAccess } from '../project-access.js';
import { GetProjectStateHandler, GetProjectStateQuery, type TimeTravelPoint } from './project-state.query.js';

/**
 * /state answers from a cache of the stream's decoded events. These specs hold it to the plain definition, written here
 * as the handler was before the cache: read the stream now, keep the events seen at the point, fold, evaluate the clocks.
 */
const projectId = 'p-travel';
const streamId = projectStreamId(projectId);
const auditor: Identity = { id: 'u-9', name: '审计', roles: ['auditor'], orgUnit: 'HZ', orgLevel: 'city' };

async function definition(store: InMemoryEventStore, point: TimeTravelPoint): Promise<unknown> {
  const all = await store.readStream(streamId, 'version' in point ? { toVersion: point.version } : {});
  const [seen, asOf] =
    'at' in point
      ? [all.filter((e) => instantMs(e.metadata.occurredAt) <= instantMs(point.at)), point.at]
      : 'knownAt' in point
        ? [all.filter((e) => instantMs(e.metadata.recordedAt) <= instantMs(point.knownAt)), point.knownAt]
        : [all, all.at(-1)?.metadata.occurredAt ?? new Date(0).toISOString()];
  const doc = seen.reduce<ProjectViewDocument | null>(evolveProjectView, null);
  return doc ? viewAsOf(doc, asOf) : 'NOT_FOUND';
}

async function append(store: InMemoryEventStore, events: ProjectEvent[]): Promise<void> {
  for (const event of events) {
    const version = (await store.readStream(streamId)).length;
    const commandId = `cmd-${version + 1}`;
    await store.append({
      streamId,
      expectedVersion: version,
      events: [{
        eventId: `${projectId}-e${version + 1}`, type: event.type, schemaVersion: PROJECT_EVENT_SCHEMA[event.type], data: { ...event.data, projectId },
        metadata: { actor: { id: 'u-1', name: '王芳', role: 'clerk', orgUnit: 'HZ' }, commandId, correlationId: commandId, causationId: null, occurredAt: event.occurredAt },
      }],
    });
  }
}

/** Every interesting point: each event's business and recorded time, a millisecond either side, and each version. */
const pointsOf = (events: readonly StoredEvent[]): TimeTravelPoint[] => {
  const shifted = (iso: string, ms: number) => new Date(instantMs(iso) + ms).toISOString();
  return [
    ...events.flatMap((e) => [-1, 0, 1].map((ms) => ({ at: shifted(e.metadata.occurredAt, ms) }))),
    ...events.flatMap((e) => [-1, 0, 1].map((ms) => ({ knownAt: shifted(e.metadata.recordedAt, ms) }))),
    ...Array.from({ length: events.length + 2 }, (_, i) => ({ version: i + 1 })),
    { at: '2030-01-01T00:00:00+08:00' },
  ];
};

describe('GET /state through the stream cache', () => {
  let store: InMemoryEventStore;
  let handler: GetProjectStateHandler;
  const answer = (point: TimeTravelPoint) =>
    handler.execute(new GetProjectStateQuery(projectId, point, auditor)).catch((e: unknown) => (e instanceof DomainError ? e.code : Promise.reject(e)));

  beforeEach(async () => {
    store = new InMemoryEventStore();
    handler = new GetProjectStateHandler(store, new ProjectAccess(store));
    const history = projectHistory('highVoltageSingle', 'energized');
    // One event recorded late from paper: its business time is earlier than the event before it.
    const late = siteSurveyed({}, { occurredAt: history[1].occurredAt });
    await append(store, [...history.slice(0, 3), late, ...history.slice(3)]);
  });

  it('given a project when asked at every point, forwards then backwards, then each answer is the definition, to the byte', async () => {
    for (const point of [...pointsOf(store.events), ...pointsOf(store.events).reverse()]) {
      expect(JSON.stringify(await answer(point))).toBe(JSON.stringify(await definition(store, point)));
    }
  });

  it('given an answer already given when an event is appended then the next answer includes it (never stale)', async () => {
    const latest = { at: '2030-01-01T00:00:00+08:00' };
    const before = (await answer(latest)) as { step: string; version: number };
    await append(store, [projectArchived({}, { occurredAt: '2025-06-01T00:00:00.000Z' })]);

    const after = (await answer(latest)) as { step: string; version: number };

    expect(after).toMatchObject({ step: 'archived', version: before.version + 1 });
    expect(JSON.stringify(after)).toBe(JSON.stringify(await definition(store, latest)));
    const earlier = { version: before.version };
    expect(JSON.stringify(await answer(earlier))).toBe(JSON.stringify(await definition(store, earlier)));
  });

  it('given a point before the application when asked then NOT_FOUND, as before', async () => {
    expect(await answer({ at: '2000-01-01T00:00:00Z' })).toBe('NOT_FOUND');
    expect(await definition(store, { at: '2000-01-01T00:00:00Z' })).toBe('NOT_FOUND');
  });
});
