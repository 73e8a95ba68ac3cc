import { join } from 'node:path';
import { summariseProfile, type ProfileSummary } from '../profile/profile-summary.js';
import { ServerProcess } from '../server/server-process.js';
import type { BenchContext } from '../support/bench-context.js';
import { medianOf } from '../support/stats.js';
import { measureQuery, type QuerySpec } from '../load/query-probe.js';
import type { LoadResult } from '../load/load-run.js';
import { bearerTokens } from '../workload/tokens.js';
import { benchDashboardPage, type DashboardPageFigures } from './dashboard-page.bench.js';
import type { History } from './history.bench.js';

export interface QueryFigures {
  name: string;
  runs: LoadResult[];
  p50Ms: number;
  p99Ms: number;
  requests: number;
  non200: number;
  /** With --profile: the server's CPU profile over this query's measurement (profiler overhead included in the figures). */
  profile?: ProfileSummary;
}

export interface QueriesResult {
  projects: number;
  queries: QueryFigures[];
  timeTravel: QueryFigures[];
  /** The headline time-travel figure: the state at the project's last event, all events folded. */
  timeTravelP50Ms: number;
  /** Issue 8: the SLA overview page's time to first render in headless Chromium. */
  dashboardPage: DashboardPageFigures;
  serverPeakRssMb: number;
}

/**
 * Benchmarks 4 and 5 on a server started over the rebuilt history: the read-model queries at N projects, then time
 * travel on the project with 1,000 events. Each query is measured `runs` times (once when too slow for that within the
 * budget); medians of p50 and p99 are reported.
 */
export async function benchQueries(context: BenchContext, history: History): Promise<QueriesResult> {
  const { options, log } = context;
  const tokens = bearerTokens(context.jwtSecret, ['viewer', 'auditor']);
  const server = await ServerProcess.start({ root: context.root, dataDir: history.dir, jwtSecret: context.jwtSecret, env: options.serverEnv });
  try {
    await waitCaughtUp(server.url);
    const budget = options.quick ? 3 : 15;
    const measure = async (spec: QuerySpec): Promise<QueryFigures> => {
      const file = join(context.resultsDir, `query-${spec.name.replace(/\W+/g, '-')}.cpuprofile`);
      if (options.profile) await server.profileStart();
      const runs = await measureQuery(server.url, spec, budget, options.runs);
      if (options.profile) await server.profileStop(file);
      const figures = {
        name: spec.name,
        runs,
        p50Ms: medianOf(runs, (r) => r.latencyMs.p50),
        p99Ms: medianOf(runs, (r) => r.latencyMs.p99),
        requests: runs.reduce((sum, r) => sum + r.responses, 0),
        non200: runs.reduce((sum, r) => sum + r.unexpected, 0),
        ...(options.profile ? { profile: summariseProfile(file, 10) } : {}),
      };
      log(`query ${spec.name}: p50 ${figures.p50Ms} ms, p99 ${figures.p99Ms} ms (${runs.length} runs, ${figures.requests} requests, non-200 ${figures.non200})`);
      return figures;
    };
    const queries: QueryFigures[] = [];
    const viewer = tokens.viewer;
    const auditor = tokens.auditor;
    for (const spec of [
      { name: 'slaDashboard', path: () => '/api/dashboards/sla', authorization: viewer },
      { name: 'slaAlerts', path: () => '/api/dashboards/sla/alerts', authorization: viewer },
      { name: 'customerDossier', path: (i: number) => `/api/customers/${history.customerIds(i * 7)}/dossier`, authorization: viewer },
      { name: 'auditPage', path: () => '/api/audit?limit=50', authorization: auditor },
      { name: 'projectView', path: (i: number) => `/api/projects/${history.projectIds(i * 7919)}`, authorization: viewer },
    ]) {
      queries.push(await measure(spec));
    }
    const { projectId, firstAt, lastAt } = history.timeTravel;
    const middle = new Date((Date.parse(firstAt) + Date.parse(lastAt)) / 2).toISOString();
    const stateAt = (at: string) => () => `/api/projects/${projectId}/state?at=${encodeURIComponent(at)}`;
    const timeTravel = [
      await measure({ name: `timeTravelAtLastEvent(${history.timeTravel.events} events)`, path: stateAt(lastAt), authorization: auditor }),
      await measure({ name: 'timeTravelAtMiddle', path: stateAt(middle), authorization: auditor }),
    ];
    const dashboardPage = await benchDashboardPage(server.url, viewer.replace(/^Bearer /, ''));
    log(dashboardPage.skipped ? `dashboard page: SKIPPED (${dashboardPage.skipped})` : `dashboard page: first render ${dashboardPage.renderMs} ms (loads ${dashboardPage.loads.join(', ')} ms)`);
    return {
      projects: options.projects,
      queries,
      timeTravel,
      timeTravelP50Ms: timeTravel[0].p50Ms,
      dashboardPage,
      serverPeakRssMb: server.peakRssMb(),
    };
  } finally {
    await server.stop();
  }
}

/** The server's runner starts at the rebuilt checkpoints: wait until /api/health reports no lag. */
async function waitCaughtUp(url: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const health = (await (await fetch(`${url}/api/health`)).json()) as { projections: { lag: number }[] };
    if (health.projections.length > 0 && health.projections.every((p) => p.lag === 0)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('The projections did not catch up with the log within 120 s');
}
