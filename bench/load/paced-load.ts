import { Agent, request } from 'node:http';
import { distribution, round } from '../support/stats.js';
import { JOURNEYS, ORG_UNITS, bodyFor, type Journey } from '../workload/journeys.js';
import { ROUTES, commandPath } from '../workload/routes.js';
import type { LoadResult } from './load-run.js';

export interface PacedOptions {
  url: string;
  /** Commands per second, sent evenly (one every 1000/rate ms), whatever the answers' pace: an open loop. */
  rate: number;
  seconds: number;
  tokens: Record<string, string>;
  runTag: string;
}

interface Walk {
  projectId: string;
  journey: Journey;
  step: number;
}

/**
 * The command mix at an exact, even rate. autocannon's `overallRate` releases each connection's budget for a second
 * in a burst at the top of the second, so its "fixed rate" is a train of bursts; this sends each command at its own
 * scheduled instant and measures latency from that instant (a late send counts against the server: no coordinated
 * omission). A project's next command is sent only after its previous one answered; new projects fill the gaps.
 * Commands still unanswered `seconds` after the last send are reported as `unanswered`, apart from wrong answers.
 */
export async function runPaced(options: PacedOptions): Promise<LoadResult> {
  const { hostname, port } = new URL(options.url);
  const agent = new Agent({ keepAlive: true, maxSockets: 512 });
  const ready: Walk[] = [];
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let projects = 0;
  let errors = 0;
  const inFlight = new Map<Promise<void>, number>();
  let cutOff = false;
  const send = (intended: number) => {
    const walk = ready.shift() ?? { projectId: `${options.runTag}-${(projects += 1)}`, journey: JOURNEYS[projects % JOURNEYS.length], step: 0 };
    const step = walk.journey.steps[walk.step];
    const body = JSON.stringify(bodyFor(step, { projectId: walk.projectId, customerId: `${walk.projectId}-c`, orgUnit: ORG_UNITS[projects % ORG_UNITS.length] }));
    const done = new Promise<void>((resolve) => {
      const req = request(
        {
          agent, hostname, port, method: 'POST', path: commandPath(step.type, walk.projectId),
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            authorization: options.tokens[ROUTES[step.type].role],
            'idempotency-key': `${walk.projectId}:${walk.step}`,
          },
        },
        (res) => {
          res.resume();
          res.on('end', () => {
            if (cutOff) return resolve();
            latencies.push(performance.now() - intended);
            statuses[res.statusCode!] = (statuses[res.statusCode!] ?? 0) + 1;
            if (res.statusCode === 201 && walk.step + 1 < walk.journey.steps.length) ready.push({ ...walk, step: walk.step + 1 });
            resolve();
          });
        },
      );
      req.on('error', () => {
        if (!cutOff) errors += 1;
        resolve();
      });
      req.end(body);
    });
    inFlight.set(done, intended);
    void done.then(() => inFlight.delete(done));
  };
  const total = Math.round(options.rate * options.seconds);
  const interval = 1000 / options.rate;
  const started = performance.now();
  for (let sent = 0; sent < total; ) {
    const due = Math.min(total, Math.floor((performance.now() - started) / interval) + 1);
    for (; sent < due; sent++) send(started + sent * interval);
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  // An overloaded server would make the drain last as long as its backlog: wait at most `seconds` more, then count each
  // command still unanswered with the time it has waited so far (a lower bound of its latency), and report them.
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([Promise.all([...inFlight.keys()]), new Promise((resolve) => (timer = setTimeout(resolve, options.seconds * 1000)))]);
  clearTimeout(timer);
  cutOff = true;
  const now = performance.now();
  for (const intended of inFlight.values()) latencies.push(now - intended);
  const unanswered = inFlight.size;
  const seconds = (now - started) / 1000;
  agent.destroy();
  const unexpected = Object.entries(statuses).filter(([s]) => s !== '201').reduce((sum, [, n]) => sum + n, 0);
  const non2xx = Object.entries(statuses).filter(([s]) => !s.startsWith('2')).reduce((sum, [, n]) => sum + n, 0);
  return {
    unanswered,
    responses: latencies.length - unanswered,
    seconds: round(seconds),
    perSecond: round((latencies.length - unanswered) / seconds, 1),
    latencyMs: distribution(latencies),
    autocannonP99Ms: Number.NaN,
    statuses,
    unexpected: unexpected + errors,
    non2xx,
    errors,
    timeouts: 0,
  };
}
