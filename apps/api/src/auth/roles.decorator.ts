import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';

export const ROLES = [
  'clerk',
  'surveyor',
  'schemeApprover',
  'designReviewer',
  'inspector',
  'meterTechnician',
  'archivist',
  'auditor',
  'viewer',
  'customer',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLES_KEY = 'roles';
export const PUBLIC_KEY = 'public';

/** The roles of an operation as the OpenAPI generator reads them (whether it can answer 403), then removes. */
export const ROLES_EXTENSION = 'x-roles';

/** Who may call a route (API.md roles table); `admin` may call everything. */
export const Roles = (...roles: Role[]) => applyDecorators(SetMetadata(ROLES_KEY, roles), ApiExtension(ROLES_EXTENSION, roles));

/** Routes anyone may call without a token: health and the API documentation. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Every role: for queries open to all authenticated callers (customers are then confined to their own data). */
export const ANY_ROLE: Role[] = [...ROLES];
