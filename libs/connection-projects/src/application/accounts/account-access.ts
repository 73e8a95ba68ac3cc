import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '#event-sourcing';
import { accountStreamId } from '../../domain/index.js';
import type { Identity } from '../identity.js';
import { assertStreamVisible } from '../project-access.js';

/** Answers "does this account exist for this caller?" (its opening names the customer). */
@Injectable()
export class AccountAccess {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  assertVisible(accountId: string, identity: Identity): Promise<void> {
    const customerOf = (data: unknown) => (data as { customerId?: unknown } | null)?.customerId;
    return assertStreamVisible(this.store, accountStreamId(accountId), customerOf, identity, `Account ${accountId} does not exist`);
  }
}
