import { randomUUID } from 'node:crypto';
import { eventIdFor, type EventStore, type NewEvent } from '#event-sourcing';
import {
  PROJECT_EVENT_SCHEMA,
  decide,
  parsePolicySchedule,
  evolve,
  initialProjectState,
  projectStreamId,
  type DecisionActor,
  type ProjectCommand,
  type ProjectState,
} from '#connection-projects/domain';
import { bodyFor } from '../workload/journeys.js';
import { ROUTES, type BenchRole } from '../workload/routes.js';
import type { ProjectPlan } from './project-plan.js';

export interface GenerationResult {
  projects: number;
  events: number;
  /** Commands the decider refused (the project then stops there); expected 0. */
  refused: number;
  firstRefusal?: string;
  seconds: number;
}

/** Both shipped policies in the history: applications from 2026 on are under sgcc-assessment (SPEC §6). */
export const BENCH_POLICY_SCHEDULE = parsePolicySchedule('seed@2000-01-01,sgcc-assessment@2026-01-01');

const actorFor = (role: BenchRole): DecisionActor => ({
  id: `bench-${role}`,
  name: `压测${role}`,
  roles: [role],
  orgUnit: 'hz-city',
  orgLevel: 'city',
});

/**
 * Walks each plan through the real decider, as the server would, and appends every decided event through the event
 * store port with the exact expected version. `concurrency` projects are walked at once, so their appends share group
 * commits the way concurrent HTTP commands do.
 */
export async function generateHistory(
  store: EventStore,
  plans: Iterable<ProjectPlan>,
  options: { concurrency: number; onProgress?: (events: number) => void },
): Promise<GenerationResult> {
  const started = performance.now();
  const iterator = plans[Symbol.iterator]();
  const result: GenerationResult = { projects: 0, events: 0, refused: 0, seconds: 0 };
  const walker = async () => {
    for (let next = iterator.next(); !next.done; next = iterator.next()) {
      result.projects += 1;
      await walk(store, next.value, result);
      options.onProgress?.(result.events);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, walker));
  result.seconds = (performance.now() - started) / 1000;
  return result;
}

async function walk(store: EventStore, plan: ProjectPlan, result: GenerationResult): Promise<void> {
  let state: ProjectState = initialProjectState;
  let version = 0;
  for (let i = 0; i < plan.steps.length; i++) {
    const step = plan.steps[i];
    const command = { type: step.type, projectId: plan.projectId, ...bodyFor(step, plan) } as ProjectCommand;
    const actor = actorFor(ROUTES[step.type].role);
    let decided;
    try {
      decided = decide(command, state, { now: plan.times[i], actor, policySchedule: BENCH_POLICY_SCHEDULE });
    } catch (error) {
      result.refused += 1;
      result.firstRefusal ??= `${plan.projectId} ${step.type}: ${(error as Error).message}`;
      return;
    }
    const commandId = randomUUID();
    const events: NewEvent[] = decided.map((event, index) => ({
      eventId: eventIdFor(commandId, index),
      type: event.type,
      schemaVersion: PROJECT_EVENT_SCHEMA[event.type],
      data: event.data,
      metadata: {
        actor: { id: actor.id, name: actor.name, role: actor.roles[0], orgUnit: actor.orgUnit },
        commandId,
        correlationId: commandId,
        causationId: null,
        occurredAt: event.occurredAt,
      },
    }));
    const appended = await store.append({ streamId: projectStreamId(plan.projectId), expectedVersion: version, events });
    version = appended.version;
    state = decided.reduce(evolve, state);
    result.events += events.length;
  }
}
