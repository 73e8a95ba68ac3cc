import type { DecisionActor, DecisionContext } from '../project.context.js';
import type { OrgLevel } from '../project.enums.js';

/** Server time of every fixture decision: later than any fixture history, so defaulted times equal it. */
export const FIXTURE_NOW = '2025-04-01T02:00:00.000Z';
/** Business time of the first event of fixture histories; later events follow hour by hour. */
export const FIXTURE_HISTORY_START = '2025-03-03T01:00:00.000Z';
export const FIXTURE_PROJECT_ID = 'p-0001';

const ORG_UNIT_BY_LEVEL: Record<OrgLevel, string> = {
  station: 'HZ-XH-STATION-01',
  branch: 'HZ-XH-BRANCH',
  city: 'HZ-CITY',
};

/** A city-level actor by default, so authority never gets in the way unless a spec lowers it. */
export const decisionContext = (
  overrides: Partial<DecisionActor> & { now?: string; policyVersion?: string } = {},
): DecisionContext => {
  const { now = FIXTURE_NOW, policyVersion, ...actor } = overrides;
  const orgLevel = actor.orgLevel ?? 'city';
  return {
    now,
    actor: {
      id: 'u-100',
      name: '王工',
      roles: ['admin'],
      orgUnit: ORG_UNIT_BY_LEVEL[orgLevel],
      orgLevel,
      ...actor,
    },
    ...(policyVersion !== undefined ? { policyVersion } : {}),
  };
};

export const actorAt = (orgLevel: OrgLevel, now?: string): DecisionContext =>
  decisionContext({ orgLevel, ...(now ? { now } : {}) });
