import { Inject, Injectable } from '@nestjs/common';
import { CommandHandler, EVENT_STORE, type EventStore } from '#event-sourcing';
import { decideAccount, DomainError, type AccountCommand, type AccountEvent, type AccountState } from '../../domain/index.js';
import { CLOCK, type Clock } from '../clock.js';
import { envelopeOf, type CommandMeta } from '../command-meta.js';
import { canSeeCustomer } from '../identity.js';
import { PreconditionFailedError } from '../precondition-failed.error.js';
import { accountAggregate } from './account.aggregate.js';

/** Kept folded states per process: the accounts being served now (a service touches one account a few times). */
export const ACCOUNT_STATES_KEPT = 1_000;

/** Derived command ids (and so event ids) depend on it: it never changes. */
const COMMAND_ID_NAMESPACE = 'connection-projects/account-command';

/** The answer of an accepted account command (API.md): `{ accountId, version, position, events }`. */
export interface AccountCommandAnswer {
  accountId: string;
  version: number;
  position: number;
  events: string[];
  replayed?: boolean;
}

/**
 * Account commands of people (clerk, meter technician, surveyor, inspector) through the generic command handler:
 * an account exists only once the process manager has opened it, a customer sees only its own accounts (anything else
 * is 404), If-Match, then the decider.
 */
@Injectable()
export class AccountCommandService {
  private readonly handler: CommandHandler<AccountEvent, AccountState>;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.handler = new CommandHandler(store, accountAggregate, { commandIdNamespace: COMMAND_ID_NAMESPACE, keptStates: ACCOUNT_STATES_KEPT });
  }

  async handle(command: AccountCommand, meta: CommandMeta): Promise<AccountCommandAnswer> {
    if (command.type === 'OpenSupplyAccount' || command.type === 'ChangeContractCapacity') {
      // SPEC §7.1: opened or resized only by the process manager, never through a person's request.
      throw new DomainError('VALIDATION_FAILED', `${command.type} is issued by the supply-accounts process manager only`);
    }
    const { identity } = meta;
    const answer = await this.handler.handle(
      command.accountId,
      envelopeOf(meta),
      ({ state, version }) => {
        if (version === 0 || !canSeeCustomer(identity, state.customerId)) {
          throw new DomainError('NOT_FOUND', `Account ${command.accountId} does not exist`);
        }
        if (meta.ifMatch !== undefined && meta.ifMatch !== version) throw new PreconditionFailedError(meta.ifMatch, version);
        return decideAccount(command, state, { now: this.clock.now().toISOString(), actor: identity });
      },
    );
    const { streamId, ...rest } = answer;
    return { accountId: streamId.slice('account-'.length), ...rest };
  }

  /**
   * The account as a decision on another stream sees it (a complaint or claim naming it, SPEC §8): read up to the
   * stream's head, for the process manager may have opened or changed it from another process; undefined when it
   * does not exist.
   */
  async current(accountId: string): Promise<AccountState | undefined> {
    const { state, version } = await this.handler.load(accountId, { fresh: true });
    return version === 0 ? undefined : state;
  }
}
