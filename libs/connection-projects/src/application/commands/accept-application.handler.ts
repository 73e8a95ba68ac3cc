import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { AcceptApplication } from '../../domain/index.js';
import type { CommandAnswer, CommandMeta } from '../command-meta.js';
import { ProjectCommandService } from '../project-command.service.js';

/** 受理 (SPEC §3.1) */
export class AcceptApplicationCommand extends Command<CommandAnswer> {
  constructor(
    readonly projectId: string,
    readonly body: Omit<AcceptApplication, 'type' | 'projectId'>,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}

@CommandHandler(AcceptApplicationCommand)
export class AcceptApplicationHandler implements ICommandHandler<AcceptApplicationCommand> {
  constructor(private readonly projects: ProjectCommandService) {}

  execute({ projectId, body, meta }: AcceptApplicationCommand): Promise<CommandAnswer> {
    return this.projects.handle({ type: 'AcceptApplication', projectId, ...body }, meta);
  }
}
