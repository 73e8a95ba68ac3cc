import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { openSqliteEventStore, type NewEvent } from '#event-sourcing';
import { tempDataDir, type BenchContext } from '../support/bench-context.js';
import { medianOf, round } from '../support/stats.js';
import { COMMAND_EXAMPLES } from '../../apps/api/src/projects/dto/examples.js';

interface AppendRun {
  events: number;
  appends: number;
  seconds: number;
  eventsPerSecond: number;
  appendsPerSecond: number;
  /** Transactions committed by the store (one fsync each, WAL + synchronous=FULL). */
  commits: number;
}

export interface AppendCase {
  batchSize: number;
  appenders: number;
  /** Transactions on the store's writer thread (as the API runs them) rather than on the caller's thread. */
  writerThread: boolean;
  runs: AppendRun[];
  eventsPerSecond: number;
  appendsPerSecond: number;
  fsyncsPerAppend: number;
  eventsPerFsync: number;
}

export interface AppendsResult {
  cases: AppendCase[];
}

const CASES = [
  { batchSize: 1, appenders: 1, share: 1 / 40, writerThread: false },
  { batchSize: 1, appenders: 64, share: 1, writerThread: false },
  { batchSize: 10, appenders: 64, share: 1.5, writerThread: false },
  { batchSize: 100, appenders: 64, share: 2, writerThread: false },
  { batchSize: 1, appenders: 1, share: 1 / 40, writerThread: true },
  { batchSize: 1, appenders: 64, share: 1, writerThread: true },
];

/** A site survey as the server records it: the typical size of an event. */
const surveyEvent = (): NewEvent => {
  const commandId = randomUUID();
  return {
    eventId: randomUUID(),
    type: 'SiteSurveyed',
    schemaVersion: 1,
    data: { ...COMMAND_EXAMPLES.recordSiteSurvey },
    metadata: {
      actor: { id: 'bench-surveyor', name: '压测surveyor', role: 'surveyor', orgUnit: 'hz-city' },
      commandId,
      correlationId: commandId,
      causationId: null,
      occurredAt: new Date().toISOString(),
    },
  };
};

/**
 * Benchmark 2: appends through the EventStore port on a fresh SQLite file, `appenders` concurrent writers each on its own
 * stream with the exact expected version, `batchSize` events per append. The single-appender case shows the cost of
 * one fsync; the concurrent ones how group commit shares it; the writer-thread cases the API's own configuration.
 */
export async function benchAppends(context: BenchContext): Promise<AppendsResult> {
  const { options, log } = context;
  const cases: AppendCase[] = [];
  for (const spec of CASES) {
    const runs: AppendRun[] = [];
    const events = Math.max(spec.batchSize * spec.appenders, Math.round(options.appendEvents * spec.share));
    for (let run = 1; run <= options.runs; run++) runs.push(await appendRun(context, spec, events));
    const result: AppendCase = {
      batchSize: spec.batchSize,
      appenders: spec.appenders,
      writerThread: spec.writerThread,
      runs,
      eventsPerSecond: medianOf(runs, (r) => r.eventsPerSecond),
      appendsPerSecond: medianOf(runs, (r) => r.appendsPerSecond),
      fsyncsPerAppend: medianOf(runs, (r) => r.commits / r.appends),
      eventsPerFsync: medianOf(runs, (r) => r.events / r.commits),
    };
    cases.push(result);
    log(
      `appends batch ${spec.batchSize} × ${spec.appenders} appenders${spec.writerThread ? ', writer thread' : ''}: ${result.eventsPerSecond} events/s, ` +
        `${result.appendsPerSecond} appends/s, ${result.fsyncsPerAppend} fsyncs/append`,
    );
  }
  return { cases };
}

async function appendRun(context: BenchContext, spec: (typeof CASES)[number], events: number): Promise<AppendRun> {
  const { batchSize, appenders, writerThread } = spec;
  const data = tempDataDir(context, 'appends');
  const store = await openSqliteEventStore({ file: join(data.dir, 'events.sqlite'), writerThread });
  try {
    const perAppender = Math.ceil(events / batchSize / appenders);
    const started = performance.now();
    await Promise.all(
      Array.from({ length: appenders }, async (_, appender) => {
        const streamId = `bench-append-${appender}`;
        let version = 0;
        for (let i = 0; i < perAppender; i++) {
          const batch = Array.from({ length: batchSize }, surveyEvent);
          version = (await store.append({ streamId, expectedVersion: version, events: batch })).version;
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const { commits, appends } = store.stats();
    const written = appends * batchSize;
    return {
      events: written,
      appends,
      seconds: round(seconds),
      eventsPerSecond: round(written / seconds, 0),
      appendsPerSecond: round(appends / seconds, 0),
      commits,
    };
  } finally {
    await store.close();
    data.dispose();
  }
}
