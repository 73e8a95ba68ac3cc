import type { OrgLevel } from './project.enums.js';
import type { PolicySchedule } from './policy/policy-schedule.js';

/** The authenticated person deciding; never taken from a request body (SPEC §4). */
export interface DecisionActor {
  id: string;
  name: string;
  roles: string[];
  orgUnit: string;
  orgLevel: OrgLevel;
}

/**
 * What an application's decision knows of the supply account it names (SPEC §7.1), read by the command service from
 * that account's stream before deciding: the decider itself reads nothing.
 */
export interface NamedAccount {
  accountId: string;
  /** Absent when no such account was ever opened. */
  customerId?: string;
  closed: boolean;
}

/**
 * Everything the decider needs from the outside world: the server clock and the actor.
 * `policySchedule` picks the policy of NEW applications (`policyVersion`, when given, overrides it); existing projects
 * keep the version recorded on their application (SPEC §6).
 */
export interface DecisionContext {
  /** Server time, ISO 8601. */
  now: string;
  actor: DecisionActor;
  policyVersion?: string;
  /** The operator's schedule (SPEC §6): picks a new application's policy by its business day; default `seed` alone. */
  policySchedule?: PolicySchedule;
  /** The account an application's `accountId` names, as its stream stood when the command was decided. */
  namedAccount?: NamedAccount;
}
