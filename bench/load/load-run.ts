import autocannon, { type Options } from 'autocannon';
import { distribution, round, type Distribution } from '../support/stats.js';

export interface LoadResult {
  /** Answers received (any status). */
  responses: number;
  seconds: number;
  perSecond: number;
  /** Latency of every answer, exact (autocannon's own histogram keeps whole milliseconds and only 2xx). */
  latencyMs: Distribution;
  /** autocannon's p99 of 2xx answers, corrected for coordinated omission when a rate is fixed. */
  autocannonP99Ms: number;
  statuses: Record<string, number>;
  /** Answers that were not the expected status (e.g. 201 for commands). */
  unexpected: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** Paced loads only: commands still unanswered when the drain was cut off; their wait so far is in latencyMs. */
  unanswered?: number;
}

/**
 * Runs autocannon in this process against the server child and records each answer's latency and status itself.
 * `expectStatus` counts every other status as unexpected (a benchmark reports them; it never hides them).
 */
export async function runLoad(options: Options, expectStatus: number): Promise<LoadResult> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const started = performance.now();
  const instance = autocannon({ timeout: 30, ...options });
  instance.on('response', (_client: unknown, status: number, _bytes: number, responseTime: number) => {
    latencies.push(responseTime);
    statuses[status] = (statuses[status] ?? 0) + 1;
  });
  const result = await instance;
  const seconds = (performance.now() - started) / 1000;
  const unexpected = Object.entries(statuses)
    .filter(([status]) => Number(status) !== expectStatus)
    .reduce((sum, [, count]) => sum + count, 0);
  return {
    responses: latencies.length,
    seconds: round(seconds),
    perSecond: round(latencies.length / seconds, 1),
    latencyMs: distribution(latencies),
    autocannonP99Ms: result.latency.p99,
    statuses,
    unexpected,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}
