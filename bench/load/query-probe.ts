import type { Request } from 'autocannon';
import { runLoad, type LoadResult } from './load-run.js';

export interface QuerySpec {
  name: string;
  /** Path of the i-th request (ids vary across requests so caches do not flatter the figure). */
  path: (index: number) => string;
  authorization: string;
}

/**
 * Latency of one query, one request at a time (no queueing in the figure): a probe sizes the run so that it takes about
 * `budgetSeconds`, with at least `minRequests` requests.
 */
export async function measureQuery(url: string, spec: QuerySpec, budgetSeconds: number, minRequests = 20): Promise<LoadResult> {
  const probeStarted = performance.now();
  const probe = await fetch(url + spec.path(0), { headers: { authorization: spec.authorization } });
  await probe.arrayBuffer();
  if (probe.status !== 200) throw new Error(`${spec.name}: ${spec.path(0)} answered ${probe.status}`);
  const probeMs = performance.now() - probeStarted;
  const amount = Math.max(minRequests, Math.min(5000, Math.round((budgetSeconds * 1000) / Math.max(probeMs, 0.2))));
  let index = 1;
  const request: Request = {
    method: 'GET',
    setupRequest: (req) => ({ ...req, path: spec.path((index += 1)), headers: { authorization: spec.authorization } }),
  };
  return runLoad({ url, connections: 1, amount, requests: [request] }, 200);
}
