import { isLocalDate, shanghaiDateOf, type LocalDate } from '../calendar/local-date.js';
import { DEFAULT_POLICY_VERSION, hasPolicy, POLICY_VERSIONS } from './policy.registry.js';

/** One entry of the policy schedule (SPEC §6): from that day on (Asia/Shanghai), new applications get that version. */
export interface PolicyScheduleEntry {
  version: string;
  /** YYYY-MM-DD */
  effectiveFrom: LocalDate;
}

/** Entries in the order they take effect (strictly increasing days). */
export type PolicySchedule = readonly PolicyScheduleEntry[];

/** No configuration: the seed policy alone, in force since before any application. */
export const DEFAULT_POLICY_SCHEDULE: PolicySchedule = Object.freeze([{ version: DEFAULT_POLICY_VERSION, effectiveFrom: '2000-01-01' }]);

export class PolicyScheduleError extends Error {}

/**
 * `POLICY_SCHEDULE`, e.g. `seed@2000-01-01,sgcc-assessment@2026-07-01`; absent or blank: the default. A version alone
 * (`sgcc-assessment`) takes effect from 2000-01-01. Throws a PolicyScheduleError naming what is wrong: an unknown
 * version, a malformed entry or date, or days out of order.
 */
export function parsePolicySchedule(text: string | undefined): PolicySchedule {
  if (text === undefined || text.trim() === '') return DEFAULT_POLICY_SCHEDULE;
  const entries = text.split(',').map((raw): PolicyScheduleEntry => {
    const entry = raw.trim();
    const match = /^([A-Za-z0-9._-]+)(?:@(\S+))?$/.exec(entry);
    if (!match) throw new PolicyScheduleError(`POLICY_SCHEDULE entry '${entry}' is malformed: write version@YYYY-MM-DD, e.g. seed@2000-01-01`);
    const [, version, effectiveFrom = '2000-01-01'] = match;
    if (!hasPolicy(version!)) {
      throw new PolicyScheduleError(`POLICY_SCHEDULE names an unknown policy version '${version}' (shipped: ${POLICY_VERSIONS.join(', ')})`);
    }
    if (!isLocalDate(effectiveFrom)) throw new PolicyScheduleError(`POLICY_SCHEDULE entry '${entry}' has no valid date (YYYY-MM-DD)`);
    return { version: version!, effectiveFrom };
  });
  for (let i = 1; i < entries.length; i++) {
    if (entries[i]!.effectiveFrom <= entries[i - 1]!.effectiveFrom) {
      throw new PolicyScheduleError(`POLICY_SCHEDULE entries must take effect on increasing days: '${entries[i]!.version}@${entries[i]!.effectiveFrom}' does not follow '${entries[i - 1]!.version}@${entries[i - 1]!.effectiveFrom}'`);
    }
  }
  return Object.freeze(entries);
}

/**
 * The version in force for an application at business time `at` (SPEC §6): the latest entry on or before its Shanghai
 * day; a day before the first entry gets the first entry (the schedule says nothing earlier).
 */
export function policyInForce(schedule: PolicySchedule, at: string): string {
  const day = shanghaiDateOf(at);
  let version = schedule[0]?.version ?? DEFAULT_POLICY_VERSION;
  for (const entry of schedule) if (entry.effectiveFrom <= day) version = entry.version;
  return version;
}
