import type { StoredEvent } from '#event-sourcing';

/** For projection specs: a complaint's or claim's events as the store hands them out, versions 1…n, positions from 1, recorded when they occurred. */
export const stored = (events: { type: string; data: object; occurredAt: string }[], streamId: string, schema: Record<string, number>): StoredEvent[] =>
  events.map((event, i) => ({
    eventId: `${streamId}-e${i + 1}`,
    type: event.type,
    schemaVersion: schema[event.type]!,
    streamId,
    version: i + 1,
    position: i + 1,
    data: event.data,
    metadata: {
      actor: { id: 'u-clerk', name: '王芳', role: 'clerk', orgUnit: 'HZ-XH-STATION-01' },
      commandId: `cmd-${i + 1}`,
      correlationId: `cmd-${i + 1}`,
      causationId: null,
      occurredAt: event.occurredAt,
      recordedAt: event.occurredAt,
    },
    previousHash: '',
    hash: '',
  }));

