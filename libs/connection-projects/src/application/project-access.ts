import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '#event-sourcing';
import { DomainError, projectStreamId } from '../domain/index.js';
import { canSeeCustomer, type Identity } from './identity.js';

/**
 * Whether a stream exists for this caller, from its first event: the one that names the customer. A customer asking
 * about another's subject gets 404, not 403: existence is not disclosed.
 */
export async function assertStreamVisible(
  store: EventStore,
  streamId: string,
  customerIdOf: (data: unknown) => unknown,
  identity: Identity,
  notFound: string,
): Promise<void> {
  const [first] = await store.readStream(streamId, { limit: 1 });
  const customerId = first ? customerIdOf(first.data) : undefined;
  if (!first || !canSeeCustomer(identity, typeof customerId === 'string' ? customerId : undefined)) {
    throw new DomainError('NOT_FOUND', notFound);
  }
}

/** Answers "does this project exist for this caller?" (its application names the customer). */
@Injectable()
export class ProjectAccess {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  assertVisible(projectId: string, identity: Identity): Promise<void> {
    const customerOf = (data: unknown) => (data as { customer?: { id?: unknown } } | null)?.customer?.id;
    return assertStreamVisible(this.store, projectStreamId(projectId), customerOf, identity, `Project ${projectId} does not exist`);
  }
}
