import type { Projection, StoredEvent } from '#event-sourcing';
import { evolveProjectView } from './project-view.evolve.js';
import type { ProjectViewDocument } from './project-view.js';

/** One document per project (API.md project view); clocks are stored as records and evaluated at query time. */
export const projectViewProjection: Projection<StoredEvent, ProjectViewDocument> = {
  name: 'project-view',
  version: 1,
  collection: 'project-view',
  indexes: [['customerId'], ['status'], ['step'], ['orgUnit'], ['customerClass'], ['dates.appliedAt']],
  documentIds: (event) => {
    const projectId = (event.data as { projectId?: unknown } | null)?.projectId;
    return event.streamId.startsWith('project-') && typeof projectId === 'string' ? [projectId] : [];
  },
  evolve: evolveProjectView,
};
