import { formatDuration, formatProgress, summaryRows, throttledProgress } from './rebuild-progress.js';
import { textTable } from './text-table.js';

describe('rebuild progress', () => {
  it('says how far, how fast and how long to go', () => {
    expect(formatProgress('project-view', { processed: 1500, total: 4000, eventsPerSecond: 2345.4, etaSeconds: 1.07 }))
      .toBe('project-view  1,500/4,000 events (37.5%)  2,345 events/s  ETA 2 s');
    expect(formatProgress('audit-trail', { processed: 10, total: 10, eventsPerSecond: 0, etaSeconds: null })).toMatch(/\(100\.0%\).*ETA 0 s$/);
    expect(formatProgress('audit-trail', { processed: 0, total: 0, eventsPerSecond: 0, etaSeconds: null })).toMatch(/0\/0 events \(100\.0%\)/);
  });

  it('writes durations for people', () => {
    expect([null, 0, 58.2, 59.5, 185, 3720].map(formatDuration)).toEqual(['?', '0 s', '59 s', '1 min 00 s', '3 min 05 s', '1 h 02 min']);
  });

  it('prints at most one line per interval, the first report always', () => {
    let clock = 1_000;
    const lines: string[] = [];
    const listener = throttledProgress('p', (line) => lines.push(line), 250, () => clock);
    for (let processed = 100; processed <= 1000; processed += 100) {
      listener({ processed, total: 1000, eventsPerSecond: 1000, etaSeconds: 1 });
      clock += 100;
    }
    expect(lines.map((l) => l.split('  ')[1])).toEqual(['100/1,000 events (10.0%)', '400/1,000 events (40.0%)', '700/1,000 events (70.0%)', '1,000/1,000 events (100.0%)']);
    expect(lines.every((l) => l.endsWith('\n'))).toBe(true);
  });

  it('summarises each rebuild as a table row', () => {
    const table = textTable(summaryRows([
      { name: 'project-view', generation: 3, previousGeneration: 2, eventsApplied: 4000, seconds: 1.6 },
      { name: 'audit-trail', generation: 2, previousGeneration: 1, eventsApplied: 0, seconds: 0 },
    ]));
    expect(table.split('\n')).toEqual([
      'projection    generation  events applied  seconds  events/s',
      'project-view  3 (was 2)   4000            1.60     2500',
      'audit-trail   2 (was 1)   0               0.00     0',
    ]);
  });
});
