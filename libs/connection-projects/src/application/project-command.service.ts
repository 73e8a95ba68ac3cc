import { Inject, Injectable } from '@nestjs/common';
import { AggregateStreams, CommandHandler, EVENT_STORE, type EventStore } from '#event-sourcing';
import {
  decide,
  DomainError,
  type AccountEvent,
  type AccountState,
  type NamedAccount,
  type PolicySchedule,
  type ProjectCommand,
  type ProjectEvent,
  type ProjectState,
} from '../domain/index.js';
import { accountAggregate } from './accounts/account.aggregate.js';
import { POLICY_SCHEDULE } from './policy-schedule.provider.js';
import { CLOCK, type Clock } from './clock.js';
import { envelopeOf, type CommandAnswer, type CommandMeta } from './command-meta.js';
import { canSeeCustomer } from './identity.js';
import { PreconditionFailedError } from './precondition-failed.error.js';
import { projectAggregate } from './project.aggregate.js';

/** Kept folded states per process: the projects in flight (a command touches one project a few times in minutes). */
export const FOLDED_STATES_KEPT = 1_000;

/** Derived command ids (and so event ids) depend on it: it never changes. */
const COMMAND_ID_NAMESPACE = 'connection-projects/command';

/**
 * Project commands through the generic command handler: what is the project's own is who may see it (a customer sees
 * only its own projects: anything else is 404), If-Match, and the decider.
 */
@Injectable()
export class ProjectCommandService {
  private readonly handler: CommandHandler<ProjectEvent, ProjectState>;
  /** Accounts an application names, read afresh each time (no kept states: another process may have closed one). */
  private readonly accounts: AggregateStreams<AccountEvent, AccountState>;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(POLICY_SCHEDULE) private readonly policySchedule: PolicySchedule,
  ) {
    this.handler = new CommandHandler(store, projectAggregate, {
      commandIdNamespace: COMMAND_ID_NAMESPACE,
      keptStates: FOLDED_STATES_KEPT,
    });
    this.accounts = new AggregateStreams(store, accountAggregate);
  }

  async handle(command: ProjectCommand, meta: CommandMeta): Promise<CommandAnswer> {
    const { identity } = meta;
    const namedAccount = command.type === 'AcceptApplication' ? await this.namedAccount(command.accountId) : undefined;
    const answer = await this.handler.handle(
      command.projectId,
      envelopeOf(meta),
      ({ state, version }) => {
        const exists = version > 0;
        if (command.type !== 'AcceptApplication' && (!exists || !canSeeCustomer(identity, state.customerId))) {
          throw new DomainError('NOT_FOUND', `Project ${command.projectId} does not exist`);
        }
        if (meta.ifMatch !== undefined && meta.ifMatch !== version) throw new PreconditionFailedError(meta.ifMatch, version);
        const now = this.clock.now().toISOString();
        return decide(command, state, { now, actor: identity, policySchedule: this.policySchedule, namedAccount });
      },
    );
    const { streamId, ...rest } = answer;
    return { projectId: streamId.slice('project-'.length), ...rest };
  }

  /**
   * What the decider needs of the account an application names (SPEC §7.1): the decider is pure, so its stream is read
   * here. Not part of the application's transaction: the rule holds for the account as it stood when read.
   */
  private async namedAccount(accountId: string | undefined): Promise<NamedAccount | undefined> {
    if (accountId === undefined) return undefined;
    const { state, version } = await this.accounts.load(accountId);
    return { accountId, ...(version > 0 && state.customerId !== undefined ? { customerId: state.customerId } : {}), closed: state.closed };
  }
}
