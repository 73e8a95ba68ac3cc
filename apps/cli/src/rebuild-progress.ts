import type { RebuildProgress, RebuildResult } from '#event-sourcing';

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** `12 s`, `3 min 05 s`, `1 h 02 min`; `?` until a rate is known. */
export function formatDuration(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return '?';
  const s = Math.ceil(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
  return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')} min`;
}

/** `project-view  1,500/4,000 events (37.5%)  2,345 events/s  ETA 2 s`. */
export function formatProgress(name: string, { processed, total, eventsPerSecond, etaSeconds }: RebuildProgress): string {
  const percent = total > 0 ? ((100 * processed) / total).toFixed(1) : '100.0';
  return `${name}  ${integer.format(processed)}/${integer.format(total)} events (${percent}%)  ` +
    `${integer.format(eventsPerSecond)} events/s  ETA ${formatDuration(processed >= total ? 0 : etaSeconds)}`;
}

/**
 * A progress listener that writes at most one line per `intervalMs` (a rebuild reports every batch, hundreds a
 * second), always including the first report.
 */
export function throttledProgress(
  name: string,
  write: (line: string) => void,
  intervalMs = 250,
  now: () => number = Date.now,
): (progress: RebuildProgress) => void {
  let last = Number.NEGATIVE_INFINITY;
  return (progress) => {
    const at = now();
    if (at - last < intervalMs) return;
    last = at;
    write(`${formatProgress(name, progress)}\n`);
  };
}

export interface RebuildSummary extends RebuildResult {
  seconds: number;
}

/** The summary table printed on stdout once every rebuild switched. */
export function summaryRows(summaries: RebuildSummary[]): string[][] {
  return [
    ['projection', 'generation', 'events applied', 'seconds', 'events/s'],
    ...summaries.map((s) => [
      s.name,
      `${s.generation} (was ${s.previousGeneration})`,
      String(s.eventsApplied),
      s.seconds.toFixed(2),
      String(Math.round(s.eventsApplied / Math.max(s.seconds, 0.001))),
    ]),
  ];
}
