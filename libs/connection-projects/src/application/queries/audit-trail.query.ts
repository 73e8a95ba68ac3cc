import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { InvalidReadQueryError, DOCUMENT_READER, type Condition, type Page, type DocumentReader } from '#read-store';
import { accountStreamId, claimStreamId, complaintStreamId, DomainError, projectStreamId, utcInstantOrNull, type ClockSubject } from '../../domain/index.js';
import { accountViewProjection } from '../../projections/account-view/index.js';
import { auditTrailProjection, type AuditRow, type AuditRowDocument } from '../../projections/audit-trail/index.js';
import { claimViewProjection } from '../../projections/claim-view/index.js';
import { complaintViewProjection } from '../../projections/complaint-view/index.js';
import { customerDossierProjection } from '../../projections/customer-dossier/index.js';
import { customerAccountDocuments, customerClaimDocuments, customerComplaintDocuments, customerProjectDocuments } from './customer-dossier.query.js';

/** Where each subject's customer is read for a row that does not name it: a read model keyed by the subject's id. */
const HOLDERS: { readonly [S in ClockSubject]: string } = {
  project: customerDossierProjection.collection,
  account: accountViewProjection.collection,
  complaint: complaintViewProjection.collection,
  claim: claimViewProjection.collection,
};

export interface AuditFilter {
  projectId?: string;
  customerId?: string;
  /** API.md `subject`: the stream's kind (project, account, …). */
  subject?: ClockSubject;
  subjectId?: string;
  actorId?: string;
  type?: string;
  /** Business time bounds (ISO 8601 with offset), both inclusive, compared as instants. */
  from?: string;
  to?: string;
}

export interface AuditPage {
  items: AuditRow[];
  nextCursor: string | null;
}

/** The audit trail (API.md `/api/audit`), newest first; auditors and admins only (the route says so). */
export class ListAuditTrailQuery extends Query<AuditPage> {
  constructor(
    readonly filter: AuditFilter,
    readonly limit: number,
    readonly cursor: string | null,
  ) {
    super();
  }
}

@QueryHandler(ListAuditTrailQuery)
export class ListAuditTrailHandler implements IQueryHandler<ListAuditTrailQuery> {
  constructor(@Inject(DOCUMENT_READER) private readonly reads: DocumentReader) {}

  async execute({ filter, limit, cursor }: ListAuditTrailQuery): Promise<AuditPage> {
    const where = await this.where(filter);
    if (!where) return { items: [], nextCursor: null };
    const page = await this.find(where, limit, cursor);
    // A row stored before rows named their subject (while a rebuild runs) is a project's.
    const subjectOf = (row: { subject?: ClockSubject }): ClockSubject => row.subject ?? 'project';
    const unnamed = page.items.filter((r) => r.customerId === null);
    const customers = new Map(
      await Promise.all(
        (Object.keys(HOLDERS) as ClockSubject[]).map(async (subject) => [subject, await this.customersOf(unnamed.filter((r) => subjectOf(r) === subject), HOLDERS[subject])] as const),
      ),
    );
    const items = page.items.map(({ _id, _position, occurredAtUtc, streamId, ...row }) => ({
      ...row,
      customerId: row.customerId ?? customers.get(subjectOf(row))!.get(row.subjectId ?? row.projectId!) ?? null,
    }));
    return { items, nextCursor: page.nextCursor };
  }

  private async find(where: Record<string, Condition>, limit: number, after: string | null): Promise<Page<AuditRowDocument>> {
    try {
      return await this.reads.find<AuditRowDocument>(auditTrailProjection.collection, {
        where,
        orderBy: { field: 'position', direction: 'desc' },
        limit,
        after,
      });
    } catch (error) {
      // A cursor is client input: a forged or foreign one is a 400, not a server error.
      if (!(error instanceof InvalidReadQueryError)) throw error;
      throw new DomainError('VALIDATION_FAILED', 'The cursor is not one this query gave', {
        errors: [{ field: 'cursor', message: error.message }],
      });
    }
  }

  /** The read-store conditions, or null when the filter can match nothing (a customer without projects or accounts). */
  private async where({ projectId, customerId, subject, subjectId, actorId, type, from, to }: AuditFilter): Promise<Record<string, Condition> | null> {
    const where: Record<string, Condition> = {};
    // Rows name only their subject: a customer's rows are their projects', accounts', complaints' and claims' streams.
    if (customerId !== undefined) {
      const streams = (
        await Promise.all([
          customerProjectDocuments(this.reads, customerId).then((docs) => docs.map((d) => projectStreamId(d.projectId))),
          customerAccountDocuments(this.reads, customerId).then((docs) => docs.map((d) => accountStreamId(d.accountId))),
          customerComplaintDocuments(this.reads, customerId).then((docs) => docs.map((d) => complaintStreamId(d.complaintId))),
          customerClaimDocuments(this.reads, customerId).then((docs) => docs.map((d) => claimStreamId(d.claimId))),
        ])
      ).flat();
      if (streams.length === 0) return null;
      where.streamId = { in: streams };
    }
    if (projectId !== undefined) where.projectId = projectId;
    if (subject !== undefined) where.subject = subject;
    if (subjectId !== undefined) where.subjectId = subjectId;
    if (actorId !== undefined) where['actor.id'] = actorId;
    if (type !== undefined) where.type = type;
    // The API accepts only instants with an offset; anything else reaching here is refused, never read in the host's zone.
    const gte = from === undefined ? undefined : utcInstantOrNull(from);
    const lte = to === undefined ? undefined : utcInstantOrNull(to);
    if (gte === null || lte === null) throw new DomainError('VALIDATION_FAILED', 'from/to must be ISO 8601 date-times');
    if (gte !== undefined || lte !== undefined) {
      where.occurredAtUtc = { ...(gte !== undefined ? { gte } : {}), ...(lte !== undefined ? { lte } : {}) };
    }
    return where;
  }

  /** The customer of each row's subject, from the read model keyed by that subject's id. */
  private async customersOf(rows: AuditRowDocument[], collection: string): Promise<Map<string, string>> {
    const ids = [...new Set(rows.map((r) => r.subjectId ?? r.projectId!))];
    if (ids.length === 0) return new Map();
    const docs = await this.reads.getMany<{ customerId: string }>(collection, ids);
    return new Map(docs.map((d) => [d._id, d.customerId]));
  }
}
