import { averageRounded, summarizeClocks, type ClockSummary, type EvaluatedClock } from '../../../domain/sla/index.js';
import type { SlaDashboard, SlaFigures } from '../sla-dashboard.js';
import { ALWAYS_SHOWN_CLOCKS, SLA_CLOCK_NAMES, type SlaClockName, type SlaClocksDocument } from '../sla-clocks.js';
import { complaintSatisfactionOf, projectsOnTimeOf } from '../sla-dashboard.js';
import { SATISFACTIONS } from '../../../domain/complaint/index.js';
import { policyFor } from '../../../domain/policy/index.js';
import { clockEvaluator, inPeriod, type SlaPeriod } from './clock-evaluator.reference.js';

/**
 * Reference for specs (the API answers from `compactDashboard`): the SLA dashboard (SPEC §5, API.md) over `sla-clocks` documents, at business time `asOf` (UTC ISO) for clocks that
 * started in `period`. The caller has already applied the org-unit and class filters (or prefiltered in the store).
 *
 * The average connection time counts projects energized by `asOf` whose application — the start of the
 * application-to-energization span — falls in the period, just as a clock is kept when its start does.
 */
export function buildSlaDashboard(
  docs: Iterable<SlaClocksDocument>,
  asOf: string,
  period: SlaPeriod = {},
): Omit<SlaDashboard, 'asOf'> {
  const evaluate = clockEvaluator(asOf);
  const total = new Tally();
  const byOrgUnit = new Map<string, Tally>();
  const tallyOf = (orgUnit: string) => byOrgUnit.get(orgUnit) ?? byOrgUnit.set(orgUnit, new Tally()).get(orgUnit)!;

  for (const doc of docs) {
    if (doc.appliedAt > asOf) continue;
    if (doc.policyVersion !== undefined && policyFor(doc.policyVersion).assessment !== undefined) {
      const tally = tallyOf(doc.orgUnit);
      const archived = doc.archivedAt !== undefined && doc.archivedAt <= asOf && inPeriod(doc.archivedAt, period);
      for (const t of [total, tally]) (t.assessed++, archived && (t.archived++, doc.onTime && t.onTime++));
    }
    if (doc.subject === 'complaint') {
      const closed = doc.satisfaction !== undefined && doc.closedAt !== undefined && doc.closedAt <= asOf && inPeriod(doc.closedAt, period);
      for (const t of [total, tallyOf(doc.orgUnit)]) (t.complaints++, closed && t.satisfaction[SATISFACTIONS.indexOf(doc.satisfaction!)]++);
    }
    for (const record of doc.clocks) {
      if (!inPeriod(record.startedAt, period)) continue;
      const seen = evaluate(record);
      if (!seen) continue;
      const clock: EvaluatedClock = {
        name: record.name,
        status: seen.status,
        startedAt: record.startedAt,
        deadline: seen.deadline ?? record.deadline,
        elapsedWorkingDays: seen.elapsedWorkingDays,
        pausedDays: 0,
      };
      total.clocks[record.name].push(clock);
      tallyOf(doc.orgUnit).clocks[record.name].push(clock);
    }
    if (doc.energizedAt !== undefined && doc.energizedAt <= asOf && doc.connectionWorkingDays !== undefined && inPeriod(doc.appliedAt, period)) {
      total.connections.push(doc.connectionWorkingDays);
      tallyOf(doc.orgUnit).connections.push(doc.connectionWorkingDays);
    }
  }

  return {
    ...total.figures(),
    byOrgUnit: [...byOrgUnit.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([orgUnit, tally]) => ({ orgUnit, ...tally.figures() })),
  };
}

class Tally {
  readonly clocks = Object.fromEntries(SLA_CLOCK_NAMES.map((name) => [name, [] as EvaluatedClock[]])) as Record<SlaClockName, EvaluatedClock[]>;
  readonly connections: number[] = [];
  assessed = 0;
  archived = 0;
  onTime = 0;
  complaints = 0;
  readonly satisfaction = SATISFACTIONS.map(() => 0);

  figures(): SlaFigures {
    const shown = SLA_CLOCK_NAMES.filter((name) => ALWAYS_SHOWN_CLOCKS.includes(name) || this.clocks[name].length > 0);
    return {
      clocks: Object.fromEntries(shown.map((name) => [name, summarizeClocks(this.clocks[name])])) as Record<SlaClockName, ClockSummary>,
      avgConnectionWorkingDays: averageRounded(this.connections),
      ...(this.assessed > 0 ? { projectsOnTime: projectsOnTimeOf(this.archived, this.onTime) } : {}),
      ...(this.complaints > 0 ? { complaintSatisfaction: complaintSatisfactionOf(this.satisfaction[0]!, this.satisfaction[1]!, this.satisfaction[2]!) } : {}),
    };
  }
}
