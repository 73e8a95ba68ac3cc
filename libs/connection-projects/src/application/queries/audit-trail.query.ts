import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { InvalidReadQueryError, DOCUMENT_READER, type Condition, type Page, type DocumentReader } from '#read-store';
import { DomainError, utcInstantOrNull } from '../../domain/index.js';
import { auditTrailProjection, type AuditRow, type AuditRowDocument } from '../../projections/audit-trail/index.js';
import { customerDossierProjection, type DossierProjectDocument } from '../../projections/customer-dossier/index.js';
import { customerProjectDocuments } from './customer-dossier.query.js';

export interface AuditFilter {
  projectId?: string;
  customerId?: string;
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
    const customers = await this.customersOf(page.items.filter((r) => r.customerId === null).map((r) => r.projectId));
    const items = page.items.map(({ _id, _position, occurredAtUtc, ...row }) => ({
      ...row,
      customerId: row.customerId ?? customers.get(row.projectId) ?? null,
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

  /** The read-store conditions, or null when the filter can match nothing (a customer without projects). */
  private async where({ projectId, customerId, actorId, type, from, to }: AuditFilter): Promise<Record<string, Condition> | null> {
    const where: Record<string, Condition> = {};
    // Rows name only their project: a customer's rows are their projects' rows, found through the dossier.
    if (customerId !== undefined) {
      const projectIds = (await customerProjectDocuments(this.reads, customerId)).map((d) => d.projectId);
      if (projectId !== undefined && !projectIds.includes(projectId)) return null;
      if (projectIds.length === 0) return null;
      where.projectId = projectId ?? { in: projectIds };
    } else if (projectId !== undefined) where.projectId = projectId;
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

  private async customersOf(projectIds: string[]): Promise<Map<string, string>> {
    const ids = [...new Set(projectIds)];
    if (ids.length === 0) return new Map();
    const docs = await this.reads.getMany<DossierProjectDocument>(customerDossierProjection.collection, ids);
    return new Map(docs.map((d) => [d.projectId, d.customerId]));
  }
}
