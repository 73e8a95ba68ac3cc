import { CommandHandler, type Aggregate, type EventStore, type HandledCommand } from '#event-sourcing';
import { DomainError, type NamedAccountContext } from '../../domain/index.js';
import type { AccountCommandService } from '../accounts/account-command.service.js';
import type { Clock } from '../clock.js';
import { envelopeOf, type CommandMeta } from '../command-meta.js';
import { canSeeCustomer } from '../identity.js';
import { PreconditionFailedError } from '../precondition-failed.error.js';

/** Kept folded states per process, per aggregate: the complaints and claims being handled now (a few steps each). */
export const NAMED_ACCOUNT_STATES_KEPT = 1_000;

/** What tells a complaint from a claim on the command path; the rules themselves are their deciders'. */
export interface NamedAccountStream<Command, Event, State, Key extends string> {
  /** The subject's word in a 404 ("Complaint cmp-1 does not exist"). */
  subject: string;
  /** What the answer names the subject's id (API.md: `{ complaintId | claimId, version, position, events }`). */
  answerKey: Key;
  aggregate: Aggregate<Event, State>;
  decide(command: Command, state: State, ctx: NamedAccountContext): Event[];
  /** Derived command ids (and so event ids) depend on it: it never changes. */
  commandIdNamespace: string;
  idOf(command: Command): string;
  /** The command that opens a stream: the only one on a subject that does not exist yet. */
  opens: string;
  /** The account the command names, whose state its decision needs (read before deciding). */
  accountIdOf(command: Command): string | undefined;
}

/** The answer of an accepted command on such a stream, its id named after the subject (API.md). */
export type NamedAccountAnswer<Key extends string> = Omit<HandledCommand, 'streamId'> & Record<Key, string>;

/**
 * The command path of complaints and claims (SPEC §8), through the generic command handler: the account a command
 * names is read first (its own stream, not this one's transaction: the decision holds what the account said then),
 * then existence and visibility (404), If-Match (412), and the pure decider with the account in its context.
 */
export abstract class NamedAccountCommands<Command extends { type: string }, Event, State extends { customerId?: string }, Key extends string> {
  private readonly handler: CommandHandler<Event, State>;

  protected constructor(
    store: EventStore,
    private readonly clock: Clock,
    private readonly accounts: AccountCommandService,
    private readonly stream: NamedAccountStream<Command, Event, State, Key>,
  ) {
    this.handler = new CommandHandler(store, stream.aggregate, { commandIdNamespace: stream.commandIdNamespace, keptStates: NAMED_ACCOUNT_STATES_KEPT });
  }

  async handle(command: Command, meta: CommandMeta): Promise<NamedAccountAnswer<Key>> {
    const { stream } = this;
    const id = stream.idOf(command);
    const accountId = stream.accountIdOf(command);
    const account = accountId === undefined ? undefined : await this.accounts.current(accountId);
    const { identity } = meta;
    const { streamId, ...answer } = await this.handler.handle(id, envelopeOf(meta), ({ state, version }) => {
      const opening = command.type === stream.opens;
      if ((!opening && version === 0) || (version > 0 && !canSeeCustomer(identity, state.customerId))) {
        throw new DomainError('NOT_FOUND', `${stream.subject} ${id} does not exist`);
      }
      if (meta.ifMatch !== undefined && meta.ifMatch !== version) throw new PreconditionFailedError(meta.ifMatch, version);
      return stream.decide(command, state, { now: this.clock.now().toISOString(), actor: identity, ...(account ? { account } : {}) });
    });
    return { [stream.answerKey]: streamId.slice(stream.aggregate.streamId('').length), ...answer } as NamedAccountAnswer<Key>;
  }
}
