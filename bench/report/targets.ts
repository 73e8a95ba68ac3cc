/** The headline figures of issue 5, in the order and with the names of the one-line JSON `--quick` prints last. */
export interface Headline {
  commandsPerSecond: number;
  p99Ms: number;
  rebuildEventsPerSecond: number;
  dashboardP50Ms: number;
  timeTravelMs: number;
  /** The larger of the two peaks below (kept for earlier results). */
  rssMb: number;
  /** Issue 20: the server's peak RSS under the command benchmark (default settings), and while answering the queries. */
  commandsRssMb: number;
  queriesRssMb: number;
  /** Issue 8: the SLA overview's time to first render at N projects (no target set). */
  dashboardPageMs: number;
  /** Issue 20: the main thread's CPU time per command during the throughput load, in µs. */
  cpuUsPerCommand: number;
}

interface Target {
  key: keyof Headline;
  label: string;
  unit: string;
  goal: number;
  /** True when bigger is better. */
  atLeast: boolean;
}

export const TARGETS: Target[] = [
  { key: 'commandsPerSecond', label: 'commands over HTTP', unit: 'commands/s', goal: 5000, atLeast: true },
  { key: 'p99Ms', label: 'p99 latency at 1,000 commands/s', unit: 'ms', goal: 25, atLeast: false },
  { key: 'rebuildEventsPerSecond', label: 'rebuild, all projections', unit: 'events/s', goal: 100_000, atLeast: true },
  { key: 'dashboardP50Ms', label: 'SLA dashboard p50', unit: 'ms', goal: 50, atLeast: false },
  { key: 'timeTravelMs', label: 'time travel p50 (1,000 events)', unit: 'ms', goal: 5, atLeast: false },
  { key: 'commandsRssMb', label: 'server peak RSS, commands', unit: 'MB', goal: 300, atLeast: false },
  { key: 'queriesRssMb', label: 'server peak RSS, queries', unit: 'MB', goal: 400, atLeast: false },
  { key: 'cpuUsPerCommand', label: 'main-thread CPU per command', unit: 'µs', goal: 150, atLeast: false },
];

export const meets = (target: Target, value: number): boolean | null =>
  Number.isFinite(value) ? (target.atLeast ? value >= target.goal : value <= target.goal) : null;
