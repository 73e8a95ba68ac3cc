import type { OrgLevel } from './project.enums.js';

/** The authenticated person deciding; never taken from a request body (SPEC §4). */
export interface DecisionActor {
  id: string;
  name: string;
  roles: string[];
  orgUnit: string;
  orgLevel: OrgLevel;
}

/**
 * Everything the decider needs from the outside world: the server clock and the actor.
 * `policyVersion` lets an operator switch the policy for NEW applications; existing projects keep theirs (SPEC §6).
 */
export interface DecisionContext {
  /** Server time, ISO 8601. */
  now: string;
  actor: DecisionActor;
  policyVersion?: string;
}
