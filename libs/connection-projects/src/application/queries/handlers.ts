import { ListAuditTrailHandler } from './audit-trail.query.js';
import { GetCustomerDossierHandler } from './customer-dossier.query.js';
import { GetSlaAlertsHandler } from './sla-alerts.query.js';
import { GetSlaDashboardHandler } from './sla-dashboard.query.js';
import { ListProjectsHandler } from './project-list.query.js';
import { GetProjectEventsHandler } from './project-events.query.js';
import { VerifyProjectIntegrityHandler } from './project-integrity.query.js';
import { GetProjectStateHandler } from './project-state.query.js';
import { GetProjectViewHandler } from './project-view.query.js';
import { GetPoliciesHandler } from './policies.query.js';

export const PROJECT_QUERY_HANDLERS = [
  GetProjectEventsHandler,
  VerifyProjectIntegrityHandler,
  GetProjectStateHandler,
  GetProjectViewHandler,
  ListProjectsHandler,
  GetCustomerDossierHandler,
  ListAuditTrailHandler,
  GetSlaDashboardHandler,
  GetSlaAlertsHandler,
  GetPoliciesHandler,
];
