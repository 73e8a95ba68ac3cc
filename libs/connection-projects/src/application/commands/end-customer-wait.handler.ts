import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EndCustomerWait } from '../../domain/index.js';
import type { CommandAnswer, CommandMeta } from '../command-meta.js';
import { ProjectCommandService } from '../project-command.service.js';

/** 恢复计时: the wait on the customer ends (SPEC §3.14) */
export class EndCustomerWaitCommand extends Command<CommandAnswer> {
  constructor(
    readonly projectId: string,
    readonly body: Omit<EndCustomerWait, 'type' | 'projectId'>,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}

@CommandHandler(EndCustomerWaitCommand)
export class EndCustomerWaitHandler implements ICommandHandler<EndCustomerWaitCommand> {
  constructor(private readonly projects: ProjectCommandService) {}

  execute({ projectId, body, meta }: EndCustomerWaitCommand): Promise<CommandAnswer> {
    return this.projects.handle({ type: 'EndCustomerWait', projectId, ...body }, meta);
  }
}
