import { formatDuration, formatProgress, summaryRows, throttledProgress } from './rebuild-progress.js';
import { textTable } from './text-table.js';

describe('rebuild progress', () => {
  it('says how far, how fast and how long to go', () => {
    expect(formatProgress('project-view', { position: 1500, head: 4000, eventsPerSecond: 2345.4, etaSeconds: 1.07 }))
      .toBe('project-view  37.5% of the log (position 1,500 of 4,000)  2,345 events/s  ETA 2 s');
    expect(formatProgress('audit-trail', { position: 10, head: 10, eventsPerSecond: 0, etaSeconds: null })).toMatch(/^audit-trail  100\.0% .*ETA 0 s$/);
    expect(formatProgress('audit-trail', { position: 0, head: 0, eventsPerSecond: 0, etaSeconds: null })).toMatch(/100\.0% of the log \(position 0 of 0\)/);
  });

  it('writes durations for people', () => {
    expect([null, 0, 58.2, 59.5, 185, 3720].map(formatDuration)).toEqual(['?', '0 s', '59 s', '1 min 00 s', '3 min 05 s', '1 h 02 min']);
  });

  it('prints at most one line per interval, the first report always', () => {
    let clock = 1_000;
    const lines: string[] = [];
    const listener = throttledProgress('p', (line) => lines.push(line), 250, () => clock);
    for (let position = 100; position <= 1000; position += 100) {
      listener({ position, head: 1000, eventsPerSecond: 1000, etaSeconds: 1 });
      clock += 100;
    }
    expect(lines.map((l) => l.split('  ')[1])).toEqual(['10.0% of the log (position 100 of 1,000)', '40.0% of the log (position 400 of 1,000)', '70.0% of the log (position 700 of 1,000)', '100.0% of the log (position 1,000 of 1,000)']);
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
