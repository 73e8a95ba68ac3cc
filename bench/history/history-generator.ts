import {
  PROJECT_EVENT_SCHEMA,
  decide,
  parsePolicySchedule,
  evolve,
  initialProjectState,
  projectStreamId,
  type MeterInstalledAndEnergized,
  type ProjectCommand,
  type ProjectState,
} from '#connection-projects/domain';
import type { EventStore } from '#event-sourcing';
import { bodyFor } from '../workload/journeys.js';
import { ROUTES } from '../workload/routes.js';
import { walkAccount } from './account-history.js';
import { appendDecided, benchActor, recordedActor } from './append-decided.js';
import type { ProjectPlan } from './project-plan.js';

export interface GenerationResult {
  projects: number;
  /** Supply accounts opened at the energized projects (`acct-<projectId>`), with their services. */
  accounts: number;
  /** Every event appended, the accounts' included. */
  events: number;
  /** Commands the decider refused (the project or account then stops there); expected 0. */
  refused: number;
  firstRefusal?: string;
  seconds: number;
}

/** Both shipped policies in the history: applications from 2026 on are under sgcc-assessment (SPEC §6). */
export const BENCH_POLICY_SCHEDULE = parsePolicySchedule('seed@2000-01-01,sgcc-assessment@2026-01-01');

/**
 * Walks each plan through the real decider, as the server would, and appends every decided event through the event
 * store port with the exact expected version; an energized project's account is opened and served as the plan says.
 * `concurrency` projects are walked at once, so their appends share group commits the way concurrent HTTP commands do.
 */
export async function generateHistory(
  store: EventStore,
  plans: Iterable<ProjectPlan>,
  options: { concurrency: number; onProgress?: (events: number) => void },
): Promise<GenerationResult> {
  const started = performance.now();
  const iterator = plans[Symbol.iterator]();
  const result: GenerationResult = { projects: 0, accounts: 0, events: 0, refused: 0, seconds: 0 };
  const refused = (what: string) => {
    result.refused += 1;
    result.firstRefusal ??= what;
  };
  const walker = async () => {
    for (let next = iterator.next(); !next.done; next = iterator.next()) {
      result.projects += 1;
      const plan = next.value;
      const energized = await walk(store, plan, result);
      if (energized && plan.account) {
        const account = await walkAccount(store, energized.project, energized, plan.account);
        result.accounts += account.opened ? 1 : 0;
        result.events += account.events;
        if (account.refusal) refused(account.refusal);
      }
      options.onProgress?.(result.events);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, walker));
  result.seconds = (performance.now() - started) / 1000;
  return result;
}

/** The energization, with the project as folded through it: what the supply-accounts process manager reads. */
interface Energized {
  event: MeterInstalledAndEnergized;
  eventId: string;
  project: ProjectState;
}

async function walk(store: EventStore, plan: ProjectPlan, result: GenerationResult): Promise<Energized | undefined> {
  let state: ProjectState = initialProjectState;
  let version = 0;
  let energized: Energized | undefined;
  for (let i = 0; i < plan.steps.length; i++) {
    const step = plan.steps[i];
    const command = { type: step.type, projectId: plan.projectId, ...bodyFor(step, plan) } as ProjectCommand;
    const actor = benchActor(ROUTES[step.type].role);
    let decided;
    try {
      decided = decide(command, state, { now: plan.times[i], actor, policySchedule: BENCH_POLICY_SCHEDULE });
    } catch (error) {
      result.refused += 1;
      result.firstRefusal ??= `${plan.projectId} ${step.type}: ${(error as Error).message}`;
      return energized;
    }
    const streamId = projectStreamId(plan.projectId);
    const appended = await appendDecided(store, { streamId, expectedVersion: version, actor: recordedActor(actor), schema: PROJECT_EVENT_SCHEMA }, decided);
    state = decided.reduce(evolve, state);
    const index = decided.findIndex((e) => e.type === 'MeterInstalledAndEnergized');
    if (index >= 0) energized = { event: decided[index] as MeterInstalledAndEnergized, eventId: appended.eventIds[index]!, project: state };
    version = appended.version;
    result.events += decided.length;
  }
  return energized;
}
