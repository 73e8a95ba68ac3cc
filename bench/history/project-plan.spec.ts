import { describe, expect, it } from '@jest/globals';
import {
  decide,
  evolve,
  initialProjectState,
  type ProjectCommand,
  type ProjectState,
} from '#connection-projects/domain';
import { bodyFor } from '../workload/journeys.js';
import { Random } from '../workload/random.js';
import { longProjectPlan, planProject, type ProjectPlan } from './project-plan.js';
import { BENCH_POLICY_SCHEDULE } from './history-generator.js';

const actor = { id: 'u', name: 'u', roles: ['admin'], orgUnit: 'hz-city', orgLevel: 'city' as const };

/** Folds a plan through the real decider: the number of events, or the first refusal. */
const walk = (plan: ProjectPlan): number => {
  let state: ProjectState = initialProjectState;
  let events = 0;
  plan.steps.forEach((step, i) => {
    const command = { type: step.type, projectId: plan.projectId, ...bodyFor(step, plan) } as ProjectCommand;
    const decided = decide(command, state, { now: plan.times[i], actor, policySchedule: BENCH_POLICY_SCHEDULE });
    state = decided.reduce(evolve, state);
    events += decided.length;
  });
  return events;
};

describe('generated project plans', () => {
  it('are all accepted by the decider and average about 10 events a project', () => {
    const random = new Random(7);
    const plans = Array.from({ length: 400 }, (_, i) => planProject(i, 400, random, 't'));
    const events = plans.map(walk).reduce((a, b) => a + b, 0);
    expect(events / plans.length).toBeGreaterThan(8);
    expect(events / plans.length).toBeLessThan(12);
  });

  it('include waits on the customer, inspection requests and both policies', () => {
    const random = new Random(7);
    const plans = Array.from({ length: 400 }, (_, i) => planProject(i, 400, random, 't'));
    const types = plans.flatMap((p) => p.steps.map((s) => s.type));
    expect(types.filter((t) => t === 'StartCustomerWait').length).toBeGreaterThan(60);
    expect(types.filter((t) => t === 'EndCustomerWait').length).toBeGreaterThan(40);
    expect(types.filter((t) => t === 'RequestIntermediateInspection').length).toBeGreaterThan(40);
    const starts = plans.map((p) => p.times[0]!);
    expect(starts.some((t) => t < '2026-01-01')).toBe(true);
    expect(starts.some((t) => t >= '2026-01-01')).toBe(true);
  });

  it('keep business times increasing and within 2025–2026', () => {
    const plan = planProject(1, 10, new Random(1), 't');
    expect([...plan.times].sort()).toEqual(plan.times);
    expect(plan.times.every((t) => t >= '2025-01-01' && t < '2026-12-01')).toBe(true);
  });

  it('give the time-travel project exactly the events asked for', () => {
    expect(walk(longProjectPlan('tt', 'c', 1000))).toBe(1000);
  });
});
