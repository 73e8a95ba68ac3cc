import type { Identity } from '#connection-projects';
import { ORG_LEVELS } from '#connection-projects/domain';
import { ROLES } from './roles.decorator.js';

const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 200;

/** A verified signature is not enough: the claims must have the shape API.md defines, or the token is refused (401). */
export function identityFromClaims(claims: Record<string, unknown>): Identity | null {
  const { sub, name, roles, orgUnit, orgLevel, customerId, exp } = claims;
  // A token without an expiry would be valid forever: every token minted here has one, a forged or foreign one may not.
  if (typeof exp !== 'number') return null;
  if (!isText(sub) || !isText(name) || !isText(orgUnit)) return null;
  if (!Array.isArray(roles) || roles.length === 0 || !roles.every((r) => (ROLES as readonly unknown[]).includes(r))) return null;
  if (!(ORG_LEVELS as readonly unknown[]).includes(orgLevel)) return null;
  if (roles.includes('customer') && !isText(customerId)) return null;
  return {
    id: sub,
    name,
    roles: roles as string[],
    orgUnit,
    orgLevel: orgLevel as Identity['orgLevel'],
    ...(isText(customerId) ? { customerId } : {}),
  };
}
