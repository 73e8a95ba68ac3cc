import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DOCUMENT_READER, type Condition, type Page, type DocumentReader } from '#read-store';
import { DomainError } from '../../domain/index.js';
import { accountViewAsOf, accountViewProjection, type AccountViewDocument } from '../../projections/account-view/index.js';
import { auditTrailProjection, redactIdNumbers, type AuditRow } from '../../projections/audit-trail/index.js';
import { claimViewAsOf, claimViewProjection, type ClaimView, type ClaimViewDocument } from '../../projections/claim-view/index.js';
import { complaintViewAsOf, complaintViewProjection, type ComplaintView, type ComplaintViewDocument } from '../../projections/complaint-view/index.js';
import {
  assembleDossier,
  customerDossierProjection,
  type CustomerDossier,
  type DossierProjectDocument,
} from '../../projections/customer-dossier/index.js';
import { CLOCK, type Clock } from '../clock.js';
import { canSeeCustomer, type Identity } from '../identity.js';

const PAGE_SIZE = 200;

/** Roles that may read ID numbers as recorded (API.md dossier row). */
export const canSeeIdNumbers = (identity: Identity): boolean =>
  identity.roles.includes('auditor') || identity.roles.includes('admin');

/** Every document of a collection that meets `where`, in ascending `order`, read page by page until the last. */
async function everyDocument<D extends object>(reads: DocumentReader, collection: string, where: Record<string, Condition>, order: string): Promise<D[]> {
  const docs: D[] = [];
  let after: string | null = null;
  do {
    const page: Page<D> = await reads.find<D>(collection, { where, orderBy: { field: order, direction: 'asc' }, limit: PAGE_SIZE, after });
    for (const { _id, _position, ...doc } of page.items) docs.push(doc as D);
    after = page.nextCursor;
  } while (after);
  return docs;
}

/** Every document of the customer in a collection indexed by customer, in `order`. */
const customerDocuments = <D extends object>(reads: DocumentReader, collection: string, customerId: string, order: string): Promise<D[]> =>
  everyDocument<D>(reads, collection, { customerId }, order);

/** Every dossier document of the customer's projects, in application order. */
export const customerProjectDocuments = (reads: DocumentReader, customerId: string): Promise<DossierProjectDocument[]> =>
  customerDocuments<DossierProjectDocument>(reads, customerDossierProjection.collection, customerId, 'applicationPosition');

/** Project ids per audit-trail query: a bounded `IN` list, each list served by the `projectId, position` index. */
const PROJECTS_PER_READ = 100;

/** Every audit row of the projects (the dossier's timeline is made of them), in log order per group of projects. */
export async function projectAuditRows(reads: DocumentReader, projectIds: readonly string[]): Promise<AuditRow[]> {
  const rows: AuditRow[] = [];
  for (let start = 0; start < projectIds.length; start += PROJECTS_PER_READ) {
    const where = { projectId: { in: projectIds.slice(start, start + PROJECTS_PER_READ) } };
    rows.push(...(await everyDocument<AuditRow>(reads, auditTrailProjection.collection, where, 'position')));
  }
  return rows;
}

/** Every account view document of the customer's supply accounts, in opening order. */
export const customerAccountDocuments = (reads: DocumentReader, customerId: string): Promise<AccountViewDocument[]> =>
  customerDocuments<AccountViewDocument>(reads, accountViewProjection.collection, customerId, 'openedAt');

/** Every complaint view document of the customer, in order of receipt. */
export const customerComplaintDocuments = (reads: DocumentReader, customerId: string): Promise<ComplaintViewDocument[]> =>
  customerDocuments<ComplaintViewDocument>(reads, complaintViewProjection.collection, customerId, 'receivedAt');

/** Every claim view document of the customer, in order of filing. */
export const customerClaimDocuments = (reads: DocumentReader, customerId: string): Promise<ClaimViewDocument[]> =>
  customerDocuments<ClaimViewDocument>(reads, claimViewProjection.collection, customerId, 'filedAt');

/** What people typed into a complaint or a claim could hold an ID number: masked for those who may not read them. */
const maskedComplaint = (view: ComplaintView): ComplaintView => ({
  ...view,
  description: redactIdNumbers(view.description),
  ...(view.contact?.notes !== undefined ? { contact: { ...view.contact, notes: redactIdNumbers(view.contact.notes) } } : {}),
  ...(view.reply ? { reply: { ...view.reply, resolution: redactIdNumbers(view.reply.resolution) } } : {}),
});
const maskedClaim = (view: ClaimView): ClaimView => ({
  ...view,
  ...(view.investigation ? { investigation: { ...view.investigation, findings: redactIdNumbers(view.investigation.findings) } } : {}),
  ...(view.notes !== undefined ? { notes: redactIdNumbers(view.notes) } : {}),
});

/** The customer dossier (客户档案): identity, every project's record, one timeline, the supply accounts, complaints and claims (SPEC §9). */
export class GetCustomerDossierQuery extends Query<CustomerDossier> {
  constructor(
    readonly customerId: string,
    readonly identity: Identity,
  ) {
    super();
  }
}

@QueryHandler(GetCustomerDossierQuery)
export class GetCustomerDossierHandler implements IQueryHandler<GetCustomerDossierQuery> {
  constructor(
    @Inject(DOCUMENT_READER) private readonly reads: DocumentReader,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ customerId, identity }: GetCustomerDossierQuery): Promise<CustomerDossier> {
    // Another customer's dossier is absent, never forbidden: its existence is not disclosed.
    if (!canSeeCustomer(identity, customerId)) throw new DomainError('NOT_FOUND', `Customer ${customerId} has no projects or accounts`);
    const [projects, accountDocs, complaintDocs, claimDocs] = await Promise.all([
      customerProjectDocuments(this.reads, customerId),
      customerAccountDocuments(this.reads, customerId),
      customerComplaintDocuments(this.reads, customerId),
      customerClaimDocuments(this.reads, customerId),
    ]);
    const now = this.clock.now().toISOString();
    const reveal = canSeeIdNumbers(identity);
    const accounts = accountDocs.map((doc) => accountViewAsOf(doc, now));
    const complaints = complaintDocs.map((doc) => complaintViewAsOf(doc, now)).map((view) => (reveal ? view : maskedComplaint(view)));
    const claims = claimDocs.map((doc) => claimViewAsOf(doc, now)).map((view) => (reveal ? view : maskedClaim(view)));
    const timelineRows = await projectAuditRows(this.reads, projects.map((p) => p.projectId));
    const dossier = assembleDossier(projects, timelineRows, { revealIdNumbers: reveal });
    if (dossier) return { ...dossier, accounts, complaints, claims };
    // A customer known only by accounts (a split's part), complaints or claims: its details were given on no application.
    if (accounts.length + complaints.length + claims.length > 0) return { customer: { id: customerId }, projects: [], timeline: [], accounts, complaints, claims };
    throw new DomainError('NOT_FOUND', `Customer ${customerId} has no projects or accounts`);
  }
}
