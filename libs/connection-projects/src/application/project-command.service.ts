import { Inject, Injectable } from '@nestjs/common';
import { CommandHandler, EVENT_STORE, type EventStore } from '#event-sourcing';
import { decide, DomainError, type PolicySchedule, type ProjectCommand, type ProjectEvent, type ProjectState } from '../domain/index.js';
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

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(POLICY_SCHEDULE) private readonly policySchedule: PolicySchedule,
  ) {
    this.handler = new CommandHandler(store, projectAggregate, {
      commandIdNamespace: COMMAND_ID_NAMESPACE,
      keptStates: FOLDED_STATES_KEPT,
    });
  }

  async handle(command: ProjectCommand, meta: CommandMeta): Promise<CommandAnswer> {
    const { identity } = meta;
    const answer = await this.handler.handle(
      command.projectId,
      envelopeOf(meta),
      ({ state, version }) => {
        const exists = version > 0;
        if (command.type !== 'AcceptApplication' && (!exists || !canSeeCustomer(identity, state.customerId))) {
          throw new DomainError('NOT_FOUND', `Project ${command.projectId} does not exist`);
        }
        if (meta.ifMatch !== undefined && meta.ifMatch !== version) throw new PreconditionFailedError(meta.ifMatch, version);
        return decide(command, state, { now: this.clock.now().toISOString(), actor: identity, policySchedule: this.policySchedule });
      },
    );
    const { streamId, ...rest } = answer;
    return { projectId: streamId.slice('project-'.length), ...rest };
  }
}
