import { randomUUID } from 'node:crypto';
import { eventIdFor, type Actor, type EventStore, type NewEvent } from '#event-sourcing';
import type { DecisionActor } from '#connection-projects/domain';

/** A decided domain event, whatever its aggregate. */
interface Decided {
  type: string;
  occurredAt: string;
  data: unknown;
}

/** The person of a role who records a generated command. */
export const benchActor = (role: string): DecisionActor => ({ id: `bench-${role}`, name: `压测${role}`, roles: [role], orgUnit: 'hz-city', orgLevel: 'city' });

export const recordedActor = (actor: DecisionActor): Actor => ({ id: actor.id, name: actor.name, role: actor.roles[0]!, orgUnit: actor.orgUnit });

/**
 * Appends what one command decided to its stream with the exact expected version, as the generic command handler does
 * (one command id, event ids derived from it); `causationId` names the event a process manager answered. The stream's
 * new version and the ids of the events appended.
 */
export async function appendDecided(
  store: EventStore,
  append: { streamId: string; expectedVersion: number; actor: Actor; schema: Readonly<Record<string, number>>; causationId?: string },
  decided: readonly Decided[],
): Promise<{ version: number; eventIds: string[] }> {
  const commandId = randomUUID();
  const events: NewEvent[] = decided.map((event, index) => ({
    eventId: eventIdFor(commandId, index),
    type: event.type,
    schemaVersion: append.schema[event.type]!,
    data: event.data,
    metadata: { actor: append.actor, commandId, correlationId: commandId, causationId: append.causationId ?? null, occurredAt: event.occurredAt },
  }));
  const { version } = await store.append({ streamId: append.streamId, expectedVersion: append.expectedVersion, events });
  return { version, eventIds: events.map((e) => e.eventId) };
}
