import type { Request } from 'autocannon';
import { runLoad, type LoadResult } from './load-run.js';

export interface QuerySpec {
  name: string;
  /** Path of the i-th request (ids vary across requests so caches do not flatter the figure). */
  path: (index: number) => string;
  authorization: string;
}

const MIN_REQUESTS = 20;
const SLOW_MIN_REQUESTS = 2;

/**
 * Latency of one query, one request at a time (no queueing in the figure), within about `budgetSeconds`: a probe
 * sizes `runs` runs of at least 20 requests; a query too slow for that gets one run of at least 2 requests instead (the probe is their warm-up).
 */
export async function measureQuery(url: string, spec: QuerySpec, budgetSeconds: number, runs: number): Promise<LoadResult[]> {
  const probeStarted = performance.now();
  const probe = await fetch(url + spec.path(0), { headers: { authorization: spec.authorization } });
  await probe.arrayBuffer();
  if (probe.status !== 200) throw new Error(`${spec.name}: ${spec.path(0)} answered ${probe.status}`);
  const probeMs = Math.max(performance.now() - probeStarted, 0.2);
  const affordable = Math.floor((budgetSeconds * 1000) / probeMs);
  const slow = affordable < MIN_REQUESTS * runs;
  const amount = slow ? Math.max(SLOW_MIN_REQUESTS, affordable) : Math.min(5000, Math.floor(affordable / runs));
  let index = 1;
  const request: Request = {
    method: 'GET',
    setupRequest: (req) => ({ ...req, path: spec.path((index += 1)), headers: { authorization: spec.authorization } }),
  };
  const results: LoadResult[] = [];
  for (let run = 0; run < (slow ? 1 : runs); run++) {
    results.push(await runLoad({ url, connections: 1, amount, timeout: 600, requests: [request] }, 200));
  }
  return results;
}
