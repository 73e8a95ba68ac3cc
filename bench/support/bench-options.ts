/** Sizes and durations of one `npm run bench` invocation; --quick picks the reduced set the issue defines. */
export interface BenchOptions {
  quick: boolean;
  /** Projects of the generated history (≈ 10 events each). */
  projects: number;
  /** Runs of each benchmark whose median is reported. */
  runs: number;
  rebuildRuns: number;
  /** Seconds of each measured HTTP load. */
  seconds: number;
  warmupSeconds: number;
  connections: number;
  fixedRate: number;
  /** Appends per measured port run and batch size. */
  appendEvents: number;
  /** Events of the time-travel project. */
  timeTravelEvents: number;
  /** Concurrent appenders while generating the history. */
  generationConcurrency: number;
  /** Write CPU profiles of the server (commands) and of the rebuild, and summarise them. */
  profile: boolean;
  only: string[] | null;
  /** Extra environment for every server child, e.g. PROJECTIONS_IN_PROCESS=false,LOG_LEVEL=warn (for A/B runs). */
  serverEnv: Record<string, string>;
  dataRoot?: string;
  keepData: boolean;
}

const QUICK = { projects: 10_000, runs: 3, rebuildRuns: 1, seconds: 4, warmupSeconds: 1, appendEvents: 20_000 };
const FULL = { projects: 100_000, runs: 3, rebuildRuns: 3, seconds: 20, warmupSeconds: 5, appendEvents: 200_000 };

export const BENCHMARKS = ['commands', 'appends', 'rebuild', 'queries', 'time-travel'] as const;

export function parseBenchOptions(argv: string[]): BenchOptions {
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) throw new Error(`Unexpected argument ${arg}`);
    const [name, inline] = arg.slice(2).split('=', 2);
    const next = argv[i + 1];
    if (inline !== undefined) flags.set(name, inline);
    else if (next !== undefined && !next.startsWith('--')) flags.set(name, (i += 1, next));
    else flags.set(name, true);
  }
  const quick = flags.get('quick') === true;
  const base = quick ? QUICK : FULL;
  const number = (name: string, fallback: number): number => {
    const value = flags.get(name);
    if (value === undefined) return fallback;
    const parsed = Number(value);
    if (!Number.isFinite(parsed) || parsed <= 0) throw new Error(`--${name} needs a positive number, got ${String(value)}`);
    return parsed;
  };
  const known = new Set(['quick', 'projects', 'runs', 'rebuild-runs', 'seconds', 'warmup', 'connections', 'rate', 'append-events',
    'time-travel-events', 'generation-concurrency', 'profile', 'only', 'data-root', 'keep-data', 'server-env']);
  for (const name of flags.keys()) if (!known.has(name)) throw new Error(`Unknown option --${name}`);
  const only = flags.get('only');
  return {
    quick,
    projects: Math.round(number('projects', base.projects)),
    runs: Math.round(number('runs', base.runs)),
    rebuildRuns: Math.round(number('rebuild-runs', base.rebuildRuns)),
    seconds: number('seconds', base.seconds),
    warmupSeconds: number('warmup', base.warmupSeconds),
    connections: Math.round(number('connections', 64)),
    fixedRate: number('rate', 1000),
    appendEvents: Math.round(number('append-events', base.appendEvents)),
    timeTravelEvents: Math.round(number('time-travel-events', 1000)),
    generationConcurrency: Math.round(number('generation-concurrency', 256)),
    profile: flags.get('profile') === true,
    only: typeof only === 'string' ? only.split(',') : null,
    serverEnv: parseEnv(flags.get('server-env')),
    ...(typeof flags.get('data-root') === 'string' ? { dataRoot: flags.get('data-root') as string } : {}),
    keepData: flags.get('keep-data') === true,
  };
}

function parseEnv(value: string | true | undefined): Record<string, string> {
  if (value === undefined) return {};
  if (value === true) throw new Error('--server-env needs NAME=VALUE[,NAME=VALUE…]');
  return Object.fromEntries(
    value.split(',').map((pair) => {
      const at = pair.indexOf('=');
      if (at < 1) throw new Error(`--server-env: ${pair} is not NAME=VALUE`);
      return [pair.slice(0, at), pair.slice(at + 1)];
    }),
  );
}
