/**
 * Calendar dates and instants in Asia/Shanghai (SPEC §5, §6).
 *
 * A `LocalDate` is a `YYYY-MM-DD` string naming a day in Asia/Shanghai. Instants are ISO 8601 strings that must carry an
 * offset (`Z` or `±hh:mm`): without one, `Date.parse` would read the host's time zone and the same event could fall on
 * different days on different servers. China has had no DST since 1991, so a fixed +08:00 offset is exact.
 *
 * Date arithmetic runs on UTC midnights, where every day is exactly 24 h long.
 */
export type LocalDate = string;

export const SHANGHAI_OFFSET = '+08:00';
/** Asia/Shanghai is UTC+8 all year (no DST since 1991). */
export const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
/** A UTC day: every day of the arithmetic below is exactly this long. */
export const DAY_MS = 24 * 60 * 60 * 1000;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i;

/** A valid date's UTC midnight, Gregorian year and weekday (0 = Sunday), computed once per date string. */
interface DayFacts {
  ms: number;
  year: number;
  weekday: number;
}

/**
 * Dates seen, remembered: calendars and clocks convert the same few thousand days over and over, and the regex and
 * `Date` objects were ~40% of a project-view query. Bounded: past this size the memo starts over (still correct).
 */
const MEMO_LIMIT = 16_384;
const factsByDate = new Map<LocalDate, DayFacts>();
const dateByDay = new Map<number, LocalDate>();

/** The facts of a date; throws RangeError on a malformed or impossible date (never remembered). */
const factsOf = (date: LocalDate): DayFacts => {
  const known = factsByDate.get(date);
  if (known !== undefined) return known;
  const match = LOCAL_DATE.exec(date);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const parsed = new Date(ms);
  // Date.UTC rolls 2025-02-30 over to March: reject instead of silently moving the day.
  if (parsed.getUTCDate() !== day || parsed.getUTCMonth() !== month - 1) {
    throw new RangeError(`No such date: ${date}`);
  }
  const facts = { ms, year: parsed.getUTCFullYear(), weekday: parsed.getUTCDay() };
  if (factsByDate.size >= MEMO_LIMIT) factsByDate.clear();
  factsByDate.set(date, facts);
  return facts;
};

/** Milliseconds since the epoch at UTC midnight of the date; throws RangeError on a malformed or impossible date. */
const utcMidnight = (date: LocalDate): number => factsOf(date).ms;

/** The date of the UTC day containing `ms` (any instant of the day maps to the same day number, hence one memo entry). */
const fromUtcMs = (ms: number): LocalDate => {
  const day = Math.floor(ms / DAY_MS);
  const known = dateByDay.get(day);
  if (known !== undefined) return known;
  const date = new Date(day * DAY_MS).toISOString().slice(0, 10);
  if (dateByDay.size >= MEMO_LIMIT) dateByDay.clear();
  dateByDay.set(day, date);
  return date;
};

/** Whole days since 1970-01-01 (an integer): lets calendars index days in arrays. Throws RangeError like the rest. */
export const epochDay = (date: LocalDate): number => utcMidnight(date) / DAY_MS;

/** The date `day` whole days after 1970-01-01; the inverse of `epochDay`. */
export const fromEpochDay = (day: number): LocalDate => fromUtcMs(day * DAY_MS);

export const isLocalDate = (value: string): boolean => {
  try {
    utcMidnight(value);
    return true;
  } catch {
    return false;
  }
};

/** Epoch milliseconds of an ISO instant with an explicit offset. */
export const instantMs = (instant: string): number => {
  const ms = INSTANT.test(instant) ? Date.parse(instant) : Number.NaN;
  if (Number.isNaN(ms)) throw new RangeError(`Not an ISO 8601 instant with an offset: ${instant}`);
  return ms;
};

/** The Shanghai calendar day an instant falls on (2025-09-30T17:00:00Z is 2025-10-01). */
export const shanghaiDateOf = (instant: string): LocalDate => fromUtcMs(instantMs(instant) + SHANGHAI_OFFSET_MS);

/** An epoch-ms instant written in Shanghai time, as deadlines are (`2025-07-09T09:00:00.000+08:00`). */
export const shanghaiInstantOf = (ms: number): string => new Date(ms + SHANGHAI_OFFSET_MS).toISOString().replace('Z', SHANGHAI_OFFSET);

/** The Shanghai calendar day of an epoch-ms instant, as an epoch day (`epochDay` of that date). */
export const shanghaiEpochDay = (ms: number): number => Math.floor((ms + SHANGHAI_OFFSET_MS) / DAY_MS);

/**
 * An ISO instant with an offset in its normalised UTC form (`Date#toISOString`, `2025-09-30T02:00:00.000Z`), whose
 * string order is time order; RangeError without an offset, like `instantMs`.
 */
export const utcInstant = (instant: string): string => new Date(instantMs(instant)).toISOString();

/** `utcInstant` for text read from outside: null when it is not an instant with an offset. */
export const utcInstantOrNull = (instant: string): string | null => {
  try {
    return utcInstant(instant);
  } catch {
    return null;
  }
};

export const yearOf = (date: LocalDate): number => factsOf(date).year;

/** 0 = Sunday … 6 = Saturday. */
export const dayOfWeek = (date: LocalDate): number => factsOf(date).weekday;

export const isWeekend = (date: LocalDate): boolean => {
  const day = dayOfWeek(date);
  return day === 0 || day === 6;
};

export const addDays = (date: LocalDate, days: number): LocalDate => fromUtcMs(utcMidnight(date) + days * DAY_MS);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: LocalDate, to: LocalDate): number =>
  Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);

/** Same day-of-month `months` later, or that month's last day when it is shorter (Jan 31 + 1 → Feb 28/29). */
export const addMonthsClamped = (date: LocalDate, months: number): LocalDate => {
  const start = new Date(utcMidnight(date));
  const firstOfTarget = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, 1);
  const target = new Date(firstOfTarget);
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return fromUtcMs(firstOfTarget + (Math.min(start.getUTCDate(), lastDay) - 1) * DAY_MS);
};

/** The first instant of the day in Shanghai, as written in events and read models. */
export const startOfDay = (date: LocalDate): string => `${checked(date)}T00:00:00.000${SHANGHAI_OFFSET}`;

/** The last instant of the day in Shanghai: the form every deadline takes (SPEC §5). */
export const endOfDay = (date: LocalDate): string => `${checked(date)}T23:59:59.999${SHANGHAI_OFFSET}`;

const checked = (date: LocalDate): LocalDate => {
  utcMidnight(date);
  return date;
};
