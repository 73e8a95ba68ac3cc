import { CUSTOMER_CLASSES, type CustomerClass } from '../project.enums.js';
import type { TimeLimit } from '../sla/time-limit.js';
import { limitOf, type ClockDefinition, type EventMatch } from './clock-definition.js';
import type { ConnectionPolicy } from './connection-policy.js';
import type { PolicySchedule } from './policy-schedule.js';

/** A clock row as `GET /api/policies` shows it (SPEC §6): the table's own words, written out for a reader. */
export interface ClockRow {
  name: string;
  /** The customer classes it runs for, always listed. */
  classes: CustomerClass[];
  /** `on`: every matching event starts it; `each`: every matching event starts a round; `laterOf`: the later of both. */
  starts: { rule: 'on' | 'each' | 'laterOf'; events: EventMatch[] };
  /** `next`: the next matching event stops every open instance; `its`: a matching event stops its own round. */
  stops: { rule: 'next' | 'its'; event: EventMatch };
  /** The limit per class, in its units (several units: the earliest deadline wins). */
  limit: Partial<Record<CustomerClass, TimeLimit>>;
  /** The waits that pause it (SPEC §5.1). */
  pausedBy?: { starts: EventMatch; ends: EventMatch };
}

export interface PolicyDocument {
  version: string;
  description: string;
  clocks: ClockRow[];
  /** Judged at archiving (SPEC §6), every clock but these met on time. */
  assessment?: { exempt: string[] };
}

export interface PoliciesDocument {
  schedule: { version: string; effectiveFrom: string }[];
  policies: PolicyDocument[];
}

const match = ({ event, where }: EventMatch): EventMatch => (where === undefined ? { event } : { event, where: { ...where } });

export const clockRow = (clock: ClockDefinition): ClockRow => {
  const classes = CUSTOMER_CLASSES.filter((k) => limitOf(clock, k) !== undefined);
  const { starts, stops } = clock;
  return {
    name: clock.name,
    classes,
    starts:
      'laterOf' in starts
        ? { rule: 'laterOf', events: starts.laterOf.map(match) }
        : 'each' in starts
          ? { rule: 'each', events: [match(starts.each)] }
          : { rule: 'on', events: [match(starts.on)] },
    stops: 'its' in stops ? { rule: 'its', event: match(stops.its) } : { rule: 'next', event: match(stops.next) },
    limit: Object.fromEntries(classes.map((k) => [k, { ...limitOf(clock, k)! }])),
    ...(clock.pausedBy ? { pausedBy: { starts: match(clock.pausedBy.starts), ends: match(clock.pausedBy.ends) } } : {}),
  };
};

/** The shipped policies with their clock tables, and the schedule in force (API.md `GET /api/policies`). */
export const policiesDocument = (policies: readonly ConnectionPolicy[], schedule: PolicySchedule): PoliciesDocument => ({
  schedule: schedule.map(({ version, effectiveFrom }) => ({ version, effectiveFrom })),
  policies: policies.map((p) => ({
    version: p.version,
    description: p.description,
    clocks: p.clocks.map(clockRow),
    ...(p.assessment ? { assessment: { exempt: [...p.assessment.exempt] } } : {}),
  })),
});
