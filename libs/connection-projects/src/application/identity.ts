import type { OrgLevel } from '../domain/index.js';

/** The authenticated caller, from the verified token: the only source of an event's actor. */
export interface Identity {
  id: string;
  name: string;
  roles: string[];
  orgUnit: string;
  orgLevel: OrgLevel;
  /** Present for customers: they may only see and act on their own projects. */
  customerId?: string;
  /**
   * The role under which the route let this caller in (one of `roles`): what an event records as the actor's role. A
   * caller with several roles acts in the one the route allows, not in whichever its token happens to list first.
   */
  actingRole?: string;
}

export const isCustomer = (identity: Identity): boolean =>
  identity.roles.includes('customer') && !identity.roles.includes('admin');

/** A customer sees another customer's project as absent, never as forbidden: existence is not disclosed. */
export const canSeeCustomer = (identity: Identity, customerId: string | undefined): boolean =>
  !isCustomer(identity) || (customerId !== undefined && identity.customerId === customerId);
