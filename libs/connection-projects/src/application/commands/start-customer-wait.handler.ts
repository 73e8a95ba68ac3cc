import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { StartCustomerWait } from '../../domain/index.js';
import type { CommandAnswer, CommandMeta } from '../command-meta.js';
import { ProjectCommandService } from '../project-command.service.js';

/** 客户原因暂停计时 (SPEC §3.14) */
export class StartCustomerWaitCommand extends Command<CommandAnswer> {
  constructor(
    readonly projectId: string,
    readonly body: Omit<StartCustomerWait, 'type' | 'projectId'>,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}

@CommandHandler(StartCustomerWaitCommand)
export class StartCustomerWaitHandler implements ICommandHandler<StartCustomerWaitCommand> {
  constructor(private readonly projects: ProjectCommandService) {}

  execute({ projectId, body, meta }: StartCustomerWaitCommand): Promise<CommandAnswer> {
    return this.projects.handle({ type: 'StartCustomerWait', projectId, ...body }, meta);
  }
}
