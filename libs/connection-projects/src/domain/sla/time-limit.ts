/**
 * A regulated time limit. When several units are given the earliest deadline wins
 * (SPEC §5: residential scheme reply is the earlier of 3 working days and 5 calendar days).
 */
export interface TimeLimit {
  workingDays?: number;
  calendarDays?: number;
  calendarMonths?: number;
}
