import type { ConnectionPolicy } from './connection-policy.js';
import { SEED_POLICY } from './seed.policy.js';
import { SGCC_ASSESSMENT_POLICY } from './sgcc-assessment.policy.js';

export const DEFAULT_POLICY_VERSION = 'seed';

/** Every policy ever shipped stays here: old projects are judged by the version recorded on their application. */
const POLICIES: Readonly<Record<string, ConnectionPolicy>> = {
  [SEED_POLICY.version]: SEED_POLICY,
  [SGCC_ASSESSMENT_POLICY.version]: SGCC_ASSESSMENT_POLICY,
};

/** Every shipped policy, in the order they were shipped (GET /api/policies). */
export const SHIPPED_POLICIES: readonly ConnectionPolicy[] = Object.values(POLICIES);

export const POLICY_VERSIONS: readonly string[] = Object.keys(POLICIES);

export const hasPolicy = (version: string): boolean => Object.hasOwn(POLICIES, version);

/** Throws on an unknown version: that is a deployment error (a policy removed from the registry), never a client's. */
export const policyFor = (version: string = DEFAULT_POLICY_VERSION): ConnectionPolicy => {
  if (!hasPolicy(version)) throw new Error(`Unknown policy version '${version}'`);
  return POLICIES[version]!;
};
