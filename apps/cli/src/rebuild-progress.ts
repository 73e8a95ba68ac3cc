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

/**
 * `project-view  37.5% of the log (position 1,500 of 4,000)  2,345 events/s  ETA 2 s`: positions are not event counts
 * (byte offsets on EventStoreDB), so they are shown as positions and as a share of the log, never as events.
 */
export function formatProgress(name: string, { position, head, eventsPerSecond, etaSeconds }: RebuildProgress): string {
  const percent = head > 0 ? ((100 * position) / head).toFixed(1) : '100.0';
  return `${name}  ${percent}% of the log (position ${integer.format(position)} of ${integer.format(head)})  ` +
    `${integer.format(eventsPerSecond)} events/s  ETA ${formatDuration(position >= head ? 0 : etaSeconds)}`;
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
