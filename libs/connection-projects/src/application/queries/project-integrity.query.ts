import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { EVENT_STORE, verifyChain, type EventStore } from '#event-sourcing';
import { projectStreamId } from '../../domain/index.js';
import type { Identity } from '../identity.js';
import { ProjectAccess } from '../project-access.js';

export interface IntegrityReport {
  valid: boolean;
  events: number;
  brokenAt?: number;
}

/** Recomputes the project's hash chain from the stored events: any edit of a stored event breaks it. */
export class VerifyProjectIntegrityQuery extends Query<IntegrityReport> {
  constructor(
    readonly projectId: string,
    readonly identity: Identity,
  ) {
    super();
  }
}

@QueryHandler(VerifyProjectIntegrityQuery)
export class VerifyProjectIntegrityHandler implements IQueryHandler<VerifyProjectIntegrityQuery> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly access: ProjectAccess,
  ) {}

  async execute({ projectId, identity }: VerifyProjectIntegrityQuery): Promise<IntegrityReport> {
    await this.access.assertVisible(projectId, identity);
    return verifyChain(await this.store.readStream(projectStreamId(projectId)));
  }
}
