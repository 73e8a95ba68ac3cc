import { join } from 'node:path';
import { openSqliteEventStore } from '#event-sourcing';
import { generateHistory, type GenerationResult } from '../history/history-generator.js';
import { longProjectPlan, planProject, type ProjectPlan } from '../history/project-plan.js';
import { tempDataDir, type BenchContext } from '../support/bench-context.js';
import { round } from '../support/stats.js';
import { Random } from '../workload/random.js';

export interface History {
  dir: string;
  dispose: () => void;
  generation: GenerationResult & { eventsPerSecond: number; commits: number };
  projectIds: (index: number) => string;
  customerIds: (index: number) => string;
  timeTravel: { projectId: string; events: number; firstAt: string; lastAt: string };
}

const RUN_TAG = 'h';
const SEED = 20250101;

/**
 * The history the rebuild and the queries run on: `projects` projects (≈ 10 events each, business times across
 * 2025–2026), the supply accounts their energizations opened with their services, and one project with
 * `timeTravelEvents` events, all decided by the domain and appended through the port.
 */
export async function prepareHistory(context: BenchContext): Promise<History> {
  const { options, log } = context;
  const data = tempDataDir(context, 'history');
  const store = await openSqliteEventStore({ file: join(data.dir, 'events.sqlite') });
  const random = new Random(SEED);
  const customers: string[] = [];
  const long = longProjectPlan('time-travel-1', 'time-travel-customer', options.timeTravelEvents);
  function* plans(): Generator<ProjectPlan> {
    yield long;
    for (let i = 0; i < options.projects; i++) {
      const plan = planProject(i, options.projects, random, RUN_TAG);
      if (customers.length < 1000) customers.push(plan.customerId);
      yield plan;
    }
  }
  let reported = performance.now();
  const generation = await generateHistory(store, plans(), {
    concurrency: options.generationConcurrency,
    onProgress: (events) => {
      if (performance.now() - reported < 5000) return;
      reported = performance.now();
      log(`history: ${events} events appended…`);
    },
  });
  const { commits } = store.stats();
  await store.close();
  if (generation.refused > 0) log(`history: ${generation.refused} commands refused by the decider, e.g. ${generation.firstRefusal}`);
  const eventsPerSecond = round(generation.events / generation.seconds, 0);
  log(`history: ${generation.projects} projects, ${generation.accounts} accounts, ${generation.events} events in ${round(generation.seconds, 1)} s (${eventsPerSecond} events/s through the port, ${commits} commits)`);
  return {
    dir: data.dir,
    dispose: data.dispose,
    generation: { ...generation, eventsPerSecond, commits },
    projectIds: (index) => `${RUN_TAG}-p${index % options.projects}`,
    customerIds: (index) => customers[index % customers.length],
    timeTravel: { projectId: long.projectId, events: long.steps.length, firstAt: long.times[0], lastAt: long.times.at(-1)! },
  };
}
