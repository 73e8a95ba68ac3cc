import type { Actor, EventStore, NewEvent } from '#event-sourcing';
import { CUSTOMER_CLASSES, PROJECT_EVENT_SCHEMA, projectStreamId, type ProjectEvent } from '#connection-projects/domain';
import { projectCancelled, projectHistory } from '#connection-projects/testing';

const ACTORS: Actor[] = [
  { id: 'u-101', name: '王芳', role: 'clerk', orgUnit: 'HZ-XH-STATION-01' },
  { id: 'u-102', name: '李工', role: 'surveyor', orgUnit: 'HZ-XH-STATION-01' },
  { id: 'u-103', name: '陈工', role: 'inspector', orgUnit: 'HZ-XH-BRANCH' },
];

/**
 * A realistic log for projection tests: the happy-path histories of the domain fixtures for every customer class,
 * projects spread over a few dozen customers, every ninth project cancelled after the survey, and the projects'
 * events interleaved (one append per event, as commands arrive) so that a batch touches many documents.
 * Returns the head position after the appends.
 */
export async function appendProjectEvents(store: EventStore, projects: number, prefix = 'p'): Promise<number> {
  const histories = Array.from({ length: projects }, (_, n) => ({ projectId: `${prefix}-${String(n).padStart(5, '0')}`, events: historyOf(n) }));
  let head = 0;
  for (let step = 0; histories.some((h) => step < h.events.length); step++) {
    for (const { projectId, events } of histories) {
      const event = events[step];
      if (!event) continue;
      head = (await store.append({ streamId: projectStreamId(projectId), expectedVersion: step, events: [toNewEvent(event, projectId, step, n(projectId))] })).position;
    }
  }
  return head;
}

const n = (projectId: string) => Number(projectId.split('-').at(-1));

function historyOf(n: number): ProjectEvent[] {
  const customerClass = CUSTOMER_CLASSES[n % CUSTOMER_CLASSES.length];
  const full = projectHistory(customerClass, 'archived');
  const events = n % 9 === 4 ? [...full.slice(0, 2), projectCancelled({}, { occurredAt: full[2].occurredAt })] : full;
  return events.map((event) => {
    if (event.type !== 'ApplicationAccepted') return event;
    const data = event.data as { customer: { id: string } };
    return { ...event, data: { ...data, customer: { ...data.customer, id: `c-${String(n % 37).padStart(4, '0')}` } } } as ProjectEvent;
  });
}

function toNewEvent(event: ProjectEvent, projectId: string, step: number, n: number): NewEvent {
  const commandId = `cmd-${projectId}-${step + 1}`;
  return {
    eventId: `${projectId}-e${step + 1}`,
    type: event.type,
    schemaVersion: PROJECT_EVENT_SCHEMA[event.type],
    data: { ...event.data, projectId },
    metadata: { actor: ACTORS[(n + step) % ACTORS.length], commandId, correlationId: commandId, causationId: null, occurredAt: event.occurredAt },
  };
}
