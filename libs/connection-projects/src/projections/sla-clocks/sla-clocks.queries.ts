import type { Condition } from '../../../../read-store/src/read-store.port.js';
import type { CustomerClass } from '../../domain/index.js';
import type { SlaPeriod } from './sla-clocks.evaluate.js';

/** What the dashboard and the alert list filter on; instants are normalised UTC ISO (see `utcInstant`). */
export interface SlaClocksFilter extends SlaPeriod {
  asOf: string;
  orgUnit?: string;
  customerClass?: CustomerClass;
}

/**
 * Store conditions that keep every project the dashboard may count and drop many it cannot: a project applied after
 * `asOf` (or after `to`) has no clock in view, since every clock starts at or after the application; one whose latest
 * clock started before `from` has none in the period. The exact per-clock checks are made in memory.
 */
export function dashboardWhere(filter: SlaClocksFilter): Record<string, Condition> {
  const until = filter.to !== undefined && filter.to < filter.asOf ? filter.to : filter.asOf;
  return {
    ...dimensions(filter),
    appliedAt: { lte: until },
    ...(filter.from !== undefined ? { lastStartedAt: { gte: filter.from } } : {}),
  };
}

/** Only projects with a clock open at `asOf` can have an alert: `openUntil > asOf` (OPEN_FOREVER when still open). */
export function alertsWhere(filter: Omit<SlaClocksFilter, 'from' | 'to'>): Record<string, Condition> {
  return { ...dimensions(filter), appliedAt: { lte: filter.asOf }, openUntil: { gt: filter.asOf } };
}

const dimensions = ({ orgUnit, customerClass }: SlaClocksFilter | Omit<SlaClocksFilter, 'from' | 'to'>): Record<string, Condition> => ({
  ...(orgUnit !== undefined ? { orgUnit } : {}),
  ...(customerClass !== undefined ? { customerClass } : {}),
});
