import type { Projection, StoredEvent } from '#event-sourcing';
import { evolveSlaClocks } from './sla-clocks.evolve.js';
import type { SlaClocksDocument } from './sla-clocks.js';

/**
 * The SLA clocks of every project, for the dashboard and the alert list (SPEC §5). One document per project rather
 * than per clock: `evolve` sees one document and one event, and a clock needs its project's class, policy, org unit
 * and application time, and the cancellation must reach every open clock — all of which only the project knows.
 * The documents stay compact (dimensions + clock records, no dossier), so a dashboard scans small rows.
 */
export const slaClocksProjection: Projection<StoredEvent, SlaClocksDocument> = {
  name: 'sla-clocks',
  version: 1,
  collection: 'sla-clocks',
  // The dashboard and the alert list are answered from each API's in-memory SlaClockIndex, which loads the collection
  // once and then catches up on the documents written after the checkpoint it last read: that is the only lookup.
  indexes: [['_position']],
  documentIds: (event) => {
    const projectId = (event.data as { projectId?: unknown } | null)?.projectId;
    return event.streamId.startsWith('project-') && typeof projectId === 'string' ? [projectId] : [];
  },
  evolve: evolveSlaClocks,
};
