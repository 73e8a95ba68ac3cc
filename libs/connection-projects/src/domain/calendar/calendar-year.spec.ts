import { type CalendarYearData, expandSpan, validateCalendarYear } from './calendar-year.js';
import { shippedCalendarYears } from './years/index.js';

const year = (overrides: Partial<CalendarYearData>): CalendarYearData => ({
  year: 2030,
  source: { title: 'test notice', date: '2029-11-01' },
  daysOff: [],
  workingWeekendDays: [],
  ...overrides,
});

describe('calendar year data', () => {
  it('given the shipped years when validated then 2025 and 2026 are present and have no problems', () => {
    expect(shippedCalendarYears.map((y) => y.year)).toEqual([2025, 2026]);
    for (const data of shippedCalendarYears) expect(validateCalendarYear(data)).toEqual([]);
  });

  it('given the 2025 notice when read then its source is the one SPEC §6 names', () => {
    const source = shippedCalendarYears.find((y) => y.year === 2025)?.source;
    expect(source).toEqual({
      title: '国务院办公厅关于2025年部分节假日安排的通知',
      documentNumber: '国办发明电〔2024〕12号',
      date: '2024-11-12',
    });
  });

  it('given a span when expanded then both ends are included', () => {
    expect(expandSpan({ from: '2025-01-28', to: '2025-02-04' })).toEqual([
      '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-01', '2025-02-02', '2025-02-03', '2025-02-04',
    ]);
    expect(expandSpan('2025-01-01')).toEqual(['2025-01-01']);
  });

  it('given a worked day that is a weekday when validated then it is reported', () => {
    expect(validateCalendarYear(year({ workingWeekendDays: ['2030-01-02'] }))).toEqual([
      'workingWeekendDays: 2030-01-02 is not a Saturday or Sunday',
    ]);
  });

  it('given a day both off and worked when validated then it is reported', () => {
    const problems = validateCalendarYear(year({ daysOff: [{ from: '2030-01-05', to: '2030-01-06' }], workingWeekendDays: ['2030-01-05'] }));
    expect(problems).toEqual(['2030-01-05 is both a day off and a working day']);
  });

  it('given dates outside the year, reversed spans or bad dates when validated then each is reported', () => {
    expect(validateCalendarYear(year({ daysOff: ['2031-01-01'] }))).toEqual(['daysOff: 2031-01-01 is not in 2030']);
    expect(validateCalendarYear(year({ daysOff: [{ from: '2030-02-05', to: '2030-02-01' }] }))).toEqual([
      'daysOff: 2030-02-05 is after 2030-02-01',
    ]);
    expect(validateCalendarYear(year({ daysOff: ['2030-02-30'] }))).toEqual(['daysOff: not a YYYY-MM-DD date: 2030-02-30']);
    expect(validateCalendarYear(year({ source: { title: '', date: 'soon' } }))).toEqual([
      'source.title: missing',
      'source.date: not a YYYY-MM-DD date',
    ]);
    expect(validateCalendarYear({ year: '2030' } as unknown as CalendarYearData)).toEqual(['year: not an integer']);
  });
});
