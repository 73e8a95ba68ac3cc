import type { AnyProjection } from '#event-sourcing';
import { accountViewProjection } from './account-view/index.js';
import { claimViewProjection } from './claim-view/index.js';
import { complaintViewProjection } from './complaint-view/index.js';
import { auditTrailProjection } from './audit-trail/index.js';
import { customerDossierProjection } from './customer-dossier/index.js';
import { projectViewProjection } from './project-view/index.js';
import { slaClocksProjection } from './sla-clocks/index.js';

export * from './account-view/index.js';
export * from './claim-view/index.js';
export * from './complaint-view/index.js';
export { auditTrailProjection, type AuditRow, type AuditRowDocument } from './audit-trail/index.js';
export * from './customer-dossier/index.js';
export * from './project-view/index.js';
export * from './sla-clocks/index.js';

/** Every read model of the bounded context, run by the projection runner (in-process or in apps/projector). */
export const PROJECTIONS: AnyProjection[] = [
  projectViewProjection,
  customerDossierProjection,
  auditTrailProjection,
  slaClocksProjection,
  accountViewProjection,
  complaintViewProjection,
  claimViewProjection,
];
