import type { Projection, StoredEvent } from '#event-sourcing';
import { evolveDossierProject } from './customer-dossier.evolve.js';
import type { DossierProjectDocument } from './customer-dossier.js';

/**
 * The customer dossier (客户档案), stored one document per project and found by `customerId`: a project's later events
 * carry only its project id, so a document keyed by customer could not be found from them by a pure projection.
 * Version 2: timeline entries carry their facts. Version 3: no timeline (the query reads the audit trail's rows).
 */
export const customerDossierProjection: Projection<StoredEvent, DossierProjectDocument> = {
  name: 'customer-dossier',
  version: 3,
  collection: 'customer-dossier-project',
  indexes: [['customerId', 'applicationPosition']],
  documentIds: (event) => {
    const projectId = (event.data as { projectId?: unknown } | null)?.projectId;
    return event.streamId.startsWith('project-') && typeof projectId === 'string' ? [projectId] : [];
  },
  evolve: evolveDossierProject,
};
