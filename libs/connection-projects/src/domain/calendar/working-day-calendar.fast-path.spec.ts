import { type CalendarYearData, expandSpan } from './calendar-year.js';
import { prcCalendar } from './prc-calendar.js';
import { WorkingDayCalendar } from './working-day-calendar.js';
import { shippedCalendarYears } from './years/index.js';

/**
 * The calendar answers from a precomputed table over its data years (± one) and walks day by day outside it. These
 * specs pin both paths to the plain definition of SPEC §6, written here again without the calendar's code: the notice's
 * days off and worked weekend days first, then Monday–Friday.
 */
const DAY_MS = 86_400_000;
const ms = (date: string) => Date.parse(`${date}T00:00:00Z`);
const dateOf = (t: number) => new Date(t).toISOString().slice(0, 10);
const plus = (date: string, days: number) => dateOf(ms(date) + days * DAY_MS);
const daysOfYears = (first: number, last: number): string[] => {
  const days: string[] = [];
  for (let t = ms(`${first}-01-01`); t < ms(`${last + 1}-01-01`); t += DAY_MS) days.push(dateOf(t));
  return days;
};

const definitionOf = (years: readonly CalendarYearData[]) => {
  const off = new Set(years.flatMap((y) => y.daysOff.flatMap(expandSpan)));
  const worked = new Set(years.flatMap((y) => y.workingWeekendDays.flatMap(expandSpan)));
  const isWorkingDay = (date: string): boolean => {
    if (off.has(date)) return false;
    if (worked.has(date)) return true;
    const weekday = new Date(ms(date)).getUTCDay();
    return weekday !== 0 && weekday !== 6;
  };
  const workingDaysBetween = (from: string, to: string): number => {
    let count = 0;
    for (let d = plus(from, 1); ms(d) <= ms(to); d = plus(d, 1)) if (isWorkingDay(d)) count++;
    return count;
  };
  const addWorkingDays = (date: string, n: number): string => {
    let d = date;
    for (let counted = 0; counted < n; ) if (isWorkingDay((d = plus(d, 1)))) counted++;
    return d;
  };
  const lastWorkingDayBetween = (after: string, before: string): string | undefined => {
    for (let d = plus(before, -1); ms(d) > ms(after); d = plus(d, -1)) if (isWorkingDay(d)) return d;
    return undefined;
  };
  return { isWorkingDay, workingDaysBetween, addWorkingDays, lastWorkingDayBetween };
};

const shipped = definitionOf(shippedCalendarYears);

/**
 * Pseudo-random but repeatable samples (domain/ imports no packages, fast-check included): `count` draws of `draw`,
 * each given a function returning integers in [0, n).
 */
const samples = <T>(count: number, draw: (int: (n: number) => number) => T): T[] => {
  let seed = 20251001;
  const int = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed % n;
  };
  return Array.from({ length: count }, () => draw(int));
};
/** Days from 2023 to 2028: inside the table (2024–2027) and outside it on both sides. */
const dayIn = (first = 2023, last = 2028) => {
  const days = daysOfYears(first, last);
  return (int: (n: number) => number) => days[int(days.length)];
};

describe('the PRC calendar (2025, 2026 shipped) agrees with the definition of SPEC §6 on every day', () => {
  it('given every day of 2023–2028 when asked whether it is a working day then the answer is the definition', () => {
    const wrong = daysOfYears(2023, 2028).filter((d) => prcCalendar.isWorkingDay(d) !== shipped.isWorkingDay(d));
    expect(wrong).toEqual([]);
  });

  it.each([
    // 261 weekdays − 18 of them off (1 + 6 + 1 + 3 + 1 + 6) + 5 worked weekend days (国办发明电〔2024〕12号)
    [2025, 248],
    [2026, shipped.workingDaysBetween('2025-12-31', '2026-12-31')],
  ])('given the whole year %i when counting its working days then there are %i', (year, expected) => {
    expect(prcCalendar.workingDaysBetween(`${year - 1}-12-31`, `${year}-12-31`)).toBe(expected);
    expect(shipped.workingDaysBetween(`${year - 1}-12-31`, `${year}-12-31`)).toBe(expected);
  });

  it('given 2025 National Day when counting across it then the holiday and the worked weekend days are honoured', () => {
    for (const from of daysOfYears(2025, 2025).filter((d) => d >= '2025-09-20' && d <= '2025-10-15')) {
      for (let span = 0; span <= 30; span++) {
        expect(prcCalendar.workingDaysBetween(from, plus(from, span))).toBe(shipped.workingDaysBetween(from, plus(from, span)));
      }
    }
  });

  it('given any two days of 2023–2028 when counting working days between them then the count is the definition', () => {
    const day = dayIn();
    const wrong = samples(600, (int) => [day(int), day(int)]).filter(
      ([from, to]) => prcCalendar.workingDaysBetween(from, to) !== shipped.workingDaysBetween(from, to),
    );
    expect(wrong).toEqual([]);
  });

  it('given every start day of 2024–2027 when adding 0–25 working days then the day is the definition', () => {
    const wrong: string[] = [];
    for (const day of daysOfYears(2024, 2027)) {
      for (let n = 0; n <= 25; n += 1) {
        if (prcCalendar.addWorkingDays(day, n) !== shipped.addWorkingDays(day, n)) wrong.push(`${day} + ${n}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('given any two days when asking the last working day strictly between them then it is the definition', () => {
    const day = dayIn();
    const wrong = samples(600, (int) => {
      const after = day(int);
      return [after, plus(after, int(41))];
    }).filter(
      ([after, before]) => prcCalendar.lastWorkingDayBetween(after, before) !== shipped.lastWorkingDayBetween(after, before),
    );
    expect(wrong).toEqual([]);
  });
});

describe('calendars the table does not fully cover', () => {
  const notice2027: CalendarYearData = {
    year: 2027,
    source: { title: 'test notice for 2027', date: '2026-11-01' },
    daysOff: [{ from: '2027-10-01', to: '2027-10-07' }],
    workingWeekendDays: ['2027-10-09'],
  };
  const year1960: CalendarYearData = { year: 1960, source: { title: 'test, no holidays', date: '1959-12-01' }, daysOff: [], workingWeekendDays: [] };

  it.each([
    ['a gap year (2025 and 2027 given, 2026 by weekday rule)', [shippedCalendarYears[0], notice2027]],
    ['a span too long to tabulate (1960 and 2025: answered day by day)', [year1960, shippedCalendarYears[0]]],
  ])('given %s when counting and adding then every answer is the definition', (_, years) => {
    const calendar = new WorkingDayCalendar(years);
    const definition = definitionOf(years);
    const day = dayIn(2024, 2028);
    const wrong = samples(300, (int) => ({ from: day(int), span: int(61) })).filter(({ from, span }) => {
      const to = plus(from, span);
      return (
        calendar.isWorkingDay(to) !== definition.isWorkingDay(to) ||
        calendar.workingDaysBetween(from, to) !== definition.workingDaysBetween(from, to) ||
        calendar.addWorkingDays(from, span % 20) !== definition.addWorkingDays(from, span % 20)
      );
    });
    expect(wrong).toEqual([]);
  });
});
