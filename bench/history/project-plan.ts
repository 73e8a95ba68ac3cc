import {
  CANCELLATION,
  CUSTOMER_WAIT,
  CUSTOMER_WAIT_END,
  INSPECTION_REQUEST,
  JOURNEYS,
  ORG_UNITS,
  type JourneyStep,
  type ProjectIdentity,
} from '../workload/journeys.js';
import { Random } from '../workload/random.js';
import { planAccount, type AccountPlan } from './account-plan.js';

/** One generated project: who it is, the commands it went through and the business time of each. */
export interface ProjectPlan extends ProjectIdentity {
  steps: JourneyStep[];
  /** occurredAt of each step, ISO, increasing. */
  times: string[];
  /** The services of the account its energization opens (`acct-<projectId>`, SPEC §7.1); absent when not energized. */
  account?: AccountPlan;
}

const DAY_MS = 86_400_000;
/** Applications start in 2025 and until autumn 2026 (the working-day calendar covers 2025–2026). */
const FIRST_START = Date.parse('2025-01-02T01:00:00Z');
const LAST_START = Date.parse('2026-10-15T01:00:00Z');
/** Nothing happens after this: later steps of a project (or services of its account) are still to come. */
const HORIZON = Date.parse('2026-11-20T09:00:00Z');
/** Relative weights of the journeys (residential, low-voltage commercial, HV single, HV dual with rework). */
const JOURNEY_WEIGHTS = [0.35, 0.2, 0.27, 0.18];
const COMPLETE_SHARE = 0.75;
const CANCELLED_SHARE = 0.04;
/** Projects that wait on the customer once (SPEC §3.14), and high-voltage projects whose customer asks for the inspection. */
const WAITING_SHARE = 0.3;
const ACCOUNT_SEED = 0x5eed_acc7;
const INSPECTION_REQUESTED_SHARE = 0.6;

/** The journey with a wait on the customer somewhere before energization, and a request before the first inspection. */
function withWaitsAndRequests(steps: JourneyStep[], random: Random): JourneyStep[] {
  let out = steps;
  const inspection = out.findIndex((s) => s.type === 'RecordIntermediateInspection');
  if (inspection >= 0 && random.next() < INSPECTION_REQUESTED_SHARE) out = [...out.slice(0, inspection), INSPECTION_REQUEST, ...out.slice(inspection)];
  if (random.next() < WAITING_SHARE) {
    const energize = out.findIndex((s) => s.type === 'InstallMeterAndEnergize');
    const last = energize < 0 ? out.length : energize;
    const start = 1 + random.int(Math.max(1, last - 1));
    const end = Math.min(last + 1, start + 1 + random.int(3));
    out = [...out.slice(0, start), CUSTOMER_WAIT, ...out.slice(start, end - 1), CUSTOMER_WAIT_END, ...out.slice(end - 1)];
  }
  return out;
}

/**
 * About 10 events a project on average: 75% of projects went all the way, the others stopped at a random step (still in
 * progress, or cancelled for a few), with 4 hours to 9 days between steps.
 */
export function planProject(index: number, projects: number, random: Random, runTag: string): ProjectPlan {
  const journey = random.weighted(JOURNEYS, JOURNEY_WEIGHTS);
  let steps = withWaitsAndRequests(journey.steps, random);
  if (random.next() >= COMPLETE_SHARE) {
    steps = steps.slice(0, 1 + random.int(steps.length - 1));
    const energized = steps.some((s) => s.type === 'InstallMeterAndEnergize');
    if (!energized && random.next() < CANCELLED_SHARE / (1 - COMPLETE_SHARE)) steps = [...steps, CANCELLATION];
  }
  const times: string[] = [];
  let at = FIRST_START + random.next() * (LAST_START - FIRST_START);
  for (const _ of steps) {
    if (at > HORIZON) break;
    times.push(new Date(at).toISOString());
    at += DAY_MS / 6 + random.next() * random.next() * 9 * DAY_MS;
  }
  const kept = steps.slice(0, times.length);
  const energization = kept.findIndex((s) => s.type === 'InstallMeterAndEnergize');
  return {
    projectId: `${runTag}-p${index}`,
    // Most customers have one project, some a few: the dossier groups them.
    customerId: `${runTag}-c${Math.floor((index * 7919) % Math.max(1, Math.floor(projects * 0.8)))}`,
    orgUnit: random.pick(ORG_UNITS),
    steps: kept,
    times,
    // A generator of its own per project: the projects' plans stay those of earlier runs, accounts come on top.
    ...(energization >= 0 ? { account: planAccount(times[energization], HORIZON, new Random(ACCOUNT_SEED ^ index)) } : {}),
  };
}

/** A project with `events` events for time travel: repeated site surveys (allowed until the scheme reply), then the reply. */
export function longProjectPlan(projectId: string, customerId: string, events: number): ProjectPlan {
  const [application, survey, reply] = JOURNEYS[2].steps;
  const steps = [application, ...Array.from({ length: Math.max(0, events - 2) }, () => survey), reply];
  const start = Date.parse('2025-02-03T01:00:00Z');
  const spacing = (300 * DAY_MS) / events;
  return { projectId, customerId, orgUnit: ORG_UNITS[0], steps, times: steps.map((_, i) => new Date(start + i * spacing).toISOString()) };
}
