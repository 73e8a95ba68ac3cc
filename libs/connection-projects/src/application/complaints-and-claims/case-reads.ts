import type { StoredEvent } from '#event-sourcing';
import { claimStreamId, complaintStreamId } from '../../domain/index.js';
import { claimViewAsOf, claimViewProjection, evolveClaimView, type ClaimView, type ClaimViewDocument } from '../../projections/claim-view/index.js';
import {
  complaintViewAsOf,
  complaintViewProjection,
  evolveComplaintView,
  type ComplaintView,
  type ComplaintViewDocument,
} from '../../projections/complaint-view/index.js';

/**
 * Complaints and appliance-damage claims are read the same way (API.md: view, list, /events, /state, /integrity); what
 * tells them apart is this table, so one set of query handlers serves both.
 */
export type CaseSubject = 'complaint' | 'claim';

export interface CaseDocuments {
  complaint: ComplaintViewDocument;
  claim: ClaimViewDocument;
}

export interface CaseViews {
  complaint: ComplaintView;
  claim: ClaimView;
}

export interface CaseReads<S extends CaseSubject> {
  /** For "does not exist" answers. */
  noun: string;
  collection: string;
  streamId(id: string): string;
  evolve(doc: CaseDocuments[S] | null, event: StoredEvent): CaseDocuments[S] | null;
  viewAsOf(doc: CaseDocuments[S], asOf: string): CaseViews[S];
  /** The business time lists are ordered by, newest first. */
  openedAtField: 'receivedAt' | 'filedAt';
}

export const CASE_READS: { readonly [S in CaseSubject]: CaseReads<S> } = {
  complaint: {
    noun: 'Complaint',
    collection: complaintViewProjection.collection,
    streamId: complaintStreamId,
    evolve: evolveComplaintView,
    viewAsOf: (doc, asOf) => complaintViewAsOf(doc, asOf),
    openedAtField: 'receivedAt',
  },
  claim: {
    noun: 'Damage claim',
    collection: claimViewProjection.collection,
    streamId: claimStreamId,
    evolve: evolveClaimView,
    viewAsOf: (doc, asOf) => claimViewAsOf(doc, asOf),
    openedAtField: 'filedAt',
  },
};
