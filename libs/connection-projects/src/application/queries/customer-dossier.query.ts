import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DOCUMENT_READER, type Page, type DocumentReader } from '#read-store';
import { DomainError } from '../../domain/index.js';
import {
  assembleDossier,
  customerDossierProjection,
  type CustomerDossier,
  type DossierProjectDocument,
} from '../../projections/customer-dossier/index.js';
import { canSeeCustomer, type Identity } from '../identity.js';

const PAGE_SIZE = 200;

/** Roles that may read ID numbers as recorded (API.md dossier row). */
export const canSeeIdNumbers = (identity: Identity): boolean =>
  identity.roles.includes('auditor') || identity.roles.includes('admin');

/** Every dossier document of the customer's projects, read page by page until the last. */
export async function customerProjectDocuments(reads: DocumentReader, customerId: string): Promise<DossierProjectDocument[]> {
  const docs: DossierProjectDocument[] = [];
  let after: string | null = null;
  do {
    const page: Page<DossierProjectDocument> = await reads.find<DossierProjectDocument>(customerDossierProjection.collection, {
      where: { customerId },
      orderBy: { field: 'applicationPosition', direction: 'asc' },
      limit: PAGE_SIZE,
      after,
    });
    for (const { _id, _position, ...doc } of page.items) docs.push(doc as DossierProjectDocument);
    after = page.nextCursor;
  } while (after);
  return docs;
}

/** The customer dossier (客户档案): identity, every project's record, one timeline. */
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
  constructor(@Inject(DOCUMENT_READER) private readonly reads: DocumentReader) {}

  async execute({ customerId, identity }: GetCustomerDossierQuery): Promise<CustomerDossier> {
    // Another customer's dossier is absent, never forbidden: its existence is not disclosed.
    const dossier = canSeeCustomer(identity, customerId)
      ? assembleDossier(await customerProjectDocuments(this.reads, customerId), { revealIdNumbers: canSeeIdNumbers(identity) })
      : null;
    if (!dossier) throw new DomainError('NOT_FOUND', `Customer ${customerId} has no projects`);
    return dossier;
  }
}
