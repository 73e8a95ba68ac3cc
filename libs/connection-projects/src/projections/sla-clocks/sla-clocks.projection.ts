import type { Projection, StoredEvent } from '#event-sourcing';
import { accountClocksDocumentId } from './sla-clocks.account.js';
import { caseClocksDocumentId } from './sla-clocks.complaint-claim.js';
import { evolveSlaClocks } from './sla-clocks.evolve.js';
import type { SlaClocksDocument } from './sla-clocks.js';

/**
 * The SLA clocks of every project, account, complaint and claim, for the dashboard and the alert list (SPEC §5, §7.2). One document per
 * subject rather than per clock: `evolve` sees one document and one event, and a clock needs its subject's class,
 * policy, org unit and beginning, and a cancellation (closure) must reach every open clock — all of which only the
 * subject knows. The documents stay compact (dimensions + clock records, no dossier), so a dashboard scans small rows.
 * Version 2: documents name their subject, and accounts have theirs. Version 3: complaints and claims have theirs.
 */
export const slaClocksProjection: Projection<StoredEvent, SlaClocksDocument> = {
  name: 'sla-clocks',
  version: 3,
  collection: 'sla-clocks',
  // The dashboard and the alert list are answered from each API's in-memory SlaClockIndex, which loads the collection
  // once and then catches up on the documents written after the checkpoint it last read: that is the only lookup.
  indexes: [['_position']],
  documentIds: (event) => {
    const { projectId, accountId, complaintId, claimId } = (event.data as Record<string, unknown> | null) ?? {};
    if (event.streamId.startsWith('project-')) return typeof projectId === 'string' ? [projectId] : [];
    if (event.streamId.startsWith('account-')) return typeof accountId === 'string' ? [accountClocksDocumentId(accountId)] : [];
    if (event.streamId.startsWith('complaint-')) return typeof complaintId === 'string' ? [caseClocksDocumentId('complaint', complaintId)] : [];
    if (event.streamId.startsWith('claim-')) return typeof claimId === 'string' ? [caseClocksDocumentId('claim', claimId)] : [];
    return [];
  },
  evolve: evolveSlaClocks,
};
