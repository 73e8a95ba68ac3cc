/** The units a clock's limit is counted in (SPEC §5, §7, §8). */
export const LIMIT_UNITS = ['workingDays', 'calendarDays', 'calendarMonths', 'hours'] as const;
export type LimitUnit = (typeof LIMIT_UNITS)[number];

/**
 * A regulated time limit: a number of one unit, or of several, in which case the earliest deadline wins
 * (SPEC §5: the residential scheme reply is the earlier of 3 working days and 5 calendar days).
 */
export type TimeLimit = Partial<Record<LimitUnit, number>>;
