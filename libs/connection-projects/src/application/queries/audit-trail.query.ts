import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { InvalidReadQueryError, DOCUMENT_READER, type Condition, type Page, type DocumentReader } from '#read-store';
import { accountStreamId, DomainError, projectStreamId, utcInstantOrNull, type ClockSubject } from '../../domain/index.js';
import { accountViewProjection, type AccountViewDocument } from '../../projections/account-view/index.js';
import { auditTrailProjection, type AuditRow, type AuditRowDocument } from '../../projections/audit-trail/index.js';
import { customerDossierProjection, type DossierProjectDocument } from '../../projections/customer-dossier/index.js';
import { customerAccountDocuments, customerProjectDocuments } from './customer-dossier.query.js';

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
    const unnamed = page.items.filter((r) => r.customerId === null);
    // A row stored before rows named their subject (while a rebuild runs) is a project's.
    const customers = await this.customersOf(unnamed.filter((r) => r.subject !== 'account'), customerDossierProjection.collection);
    const holders = await this.customersOf(unnamed.filter((r) => r.subject === 'account'), accountViewProjection.collection);
    const items = page.items.map(({ _id, _position, occurredAtUtc, streamId, ...row }) => ({
      ...row,
      customerId: row.customerId ?? (row.subject === 'account' ? holders : customers).get(row.subjectId ?? row.projectId) ?? null,
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
    // Rows name only their subject: a customer's rows are their projects' and accounts' streams.
    if (customerId !== undefined) {
      const projects = (await customerProjectDocuments(this.reads, customerId)).map((d) => projectStreamId(d.projectId));
      const accounts = (await customerAccountDocuments(this.reads, customerId)).map((d) => accountStreamId(d.accountId));
      if (projects.length + accounts.length === 0) return null;
      where.streamId = { in: [...projects, ...accounts] };
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
    const docs = await this.reads.getMany<DossierProjectDocument | AccountViewDocument>(collection, ids);
    return new Map(docs.map((d) => ['accountId' in d ? d.accountId : d.projectId, d.customerId]));
  }
}
