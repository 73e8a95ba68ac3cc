import { ORG_LEVELS, type CustomerClass, type OrgLevel, type SupplyMode } from '../project.enums.js';
import type { AuthorityDecision, AuthorityRule, ConnectionPolicy } from './connection-policy.js';

export interface AuthorityCase {
  customerClass: CustomerClass;
  /** Capacity number of the scheme judged; kW and kVA compare by number (SPEC §2). */
  capacity: number;
  supplyMode: SupplyMode;
}

const applies = (rule: AuthorityRule, c: AuthorityCase): boolean => {
  const w = rule.when;
  return (
    (w.classes === undefined || w.classes.includes(c.customerClass)) &&
    (w.supplyModes === undefined || w.supplyModes.includes(c.supplyMode)) &&
    (w.capacityAtLeast === undefined || c.capacity >= w.capacityAtLeast) &&
    (w.capacityAbove === undefined || c.capacity > w.capacityAbove) &&
    (w.capacityAtMost === undefined || c.capacity <= w.capacityAtMost) &&
    (w.capacityBelow === undefined || c.capacity < w.capacityBelow)
  );
};

const rank = (level: OrgLevel): number => ORG_LEVELS.indexOf(level);

export const orgLevelAtLeast = (actual: OrgLevel, required: OrgLevel): boolean => rank(actual) >= rank(required);

/** The rows of the table that apply to this case, strictest first. */
export const applicableAuthorityRules = (
  policy: ConnectionPolicy,
  decision: AuthorityDecision,
  c: AuthorityCase,
): AuthorityRule[] =>
  policy.authority
    .filter((rule) => rule.decision === decision && applies(rule, c))
    .sort((a, b) => rank(b.level) - rank(a.level));

/** The lowest org level allowed to make the decision: the strictest applicable row; station when none applies. */
export const requiredOrgLevel = (policy: ConnectionPolicy, decision: AuthorityDecision, c: AuthorityCase): OrgLevel =>
  applicableAuthorityRules(policy, decision, c)[0]?.level ?? 'station';
