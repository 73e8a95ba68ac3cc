import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '#event-sourcing';
import { DomainError, projectStreamId } from '../domain/index.js';
import { canSeeCustomer, type Identity } from './identity.js';

/** Answers "does this project exist for this caller?": a customer asking about another's project gets 404, not 403. */
@Injectable()
export class ProjectAccess {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async assertVisible(projectId: string, identity: Identity): Promise<void> {
    const [first] = await this.store.readStream(projectStreamId(projectId), { limit: 1 });
    const customerId = (first?.data as { customer?: { id?: string } } | undefined)?.customer?.id;
    if (!first || !canSeeCustomer(identity, customerId)) {
      throw new DomainError('NOT_FOUND', `Project ${projectId} does not exist`);
    }
  }
}
