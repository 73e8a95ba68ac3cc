import { randomUUID } from 'node:crypto';
import type { NewEvent, StoredEvent } from './event.js';
import { eventIdFor } from './ids.js';

/** Test helpers shared by the adapter specs: unique names keep tests independent on a shared store or server. */
export const uniqueStreamId = (prefix = 'contract'): string => `${prefix}-${randomUUID()}`;

export function aNewEvent(type = 'ThingHappened', data: Record<string, unknown> = {}, commandId: string = randomUUID(), index = 0): NewEvent {
  return {
    eventId: eventIdFor(commandId, index),
    type,
    schemaVersion: 1,
    data: { ...data },
    metadata: {
      actor: { id: 'user-1', name: 'Test User', role: 'tester', orgUnit: 'unit-1' },
      commandId,
      correlationId: commandId,
      causationId: null,
      occurredAt: '2024-03-01T08:00:00.000Z',
    },
  };
}

/** The events one command produces: ids derived from the command id, as the real handlers do. */
export function eventsOfCommand(commandId: string, ...types: string[]): NewEvent[] {
  return types.map((type, index) => aNewEvent(type, { index }, commandId, index));
}

export const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Events of the given streams only: a shared log may hold other tests' (or other writers') events. */
export const ofStreams = (events: StoredEvent[], ...streamIds: string[]): StoredEvent[] =>
  events.filter((event) => streamIds.includes(event.streamId));
