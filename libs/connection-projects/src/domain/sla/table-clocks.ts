import type { WorkingDayCalendar } from '../calendar/working-day-calendar.js';
import type { ClockDefinition } from '../policy/clock-definition.js';
import type { ClockInstance } from './clock-derivation.js';
import { evaluateClock, type EvaluatedClock } from './sla-clock.js';

/**
 * A subject's stored clock instances as of `asOf`, each evaluated with its row of the clock table: an hour clock's
 * `dueSoonBefore` lives in the row, not in the stored instance (SPEC §8).
 */
export const evaluateTableClocks = <Name extends string>(
  calendar: WorkingDayCalendar,
  table: readonly ClockDefinition[],
  records: readonly ClockInstance<Name>[],
  asOf: string,
): EvaluatedClock<Name>[] =>
  records.flatMap((record) => {
    const dueSoonBefore = table.find((row) => row.name === record.name)?.dueSoonBefore;
    return evaluateClock(calendar, dueSoonBefore ? { ...record, dueSoonBefore } : record, asOf) ?? [];
  });
