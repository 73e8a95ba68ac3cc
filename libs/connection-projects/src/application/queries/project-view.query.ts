import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DOCUMENT_READER, type DocumentReader } from '#read-store';
import { DomainError } from '../../domain/index.js';
import { projectViewProjection, viewAsOf, type ProjectView, type ProjectViewDocument } from '../../projections/project-view/index.js';
import { CLOCK, type Clock } from '../clock.js';
import { canSeeCustomer, type Identity } from '../identity.js';

/** The project view from the read model, its clocks evaluated now. */
export class GetProjectViewQuery extends Query<ProjectView> {
  constructor(
    readonly projectId: string,
    readonly identity: Identity,
  ) {
    super();
  }
}

@QueryHandler(GetProjectViewQuery)
export class GetProjectViewHandler implements IQueryHandler<GetProjectViewQuery> {
  constructor(
    @Inject(DOCUMENT_READER) private readonly reads: DocumentReader,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ projectId, identity }: GetProjectViewQuery): Promise<ProjectView> {
    const stored = await this.reads.get<ProjectViewDocument>(projectViewProjection.collection, projectId);
    if (!stored || !canSeeCustomer(identity, stored.customerId)) {
      throw new DomainError('NOT_FOUND', `Project ${projectId} does not exist`);
    }
    const { _id, _position, ...doc } = stored;
    return viewAsOf(doc, this.clock.now().toISOString());
  }
}
