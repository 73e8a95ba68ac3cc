import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { StartConstruction } from '../../domain/index.js';
import type { CommandAnswer, CommandMeta } from '../command-meta.js';
import { ProjectCommandService } from '../project-command.service.js';

/** 开工报告 (SPEC §3.5) */
export class StartConstructionCommand extends Command<CommandAnswer> {
  constructor(
    readonly projectId: string,
    readonly body: Omit<StartConstruction, 'type' | 'projectId'>,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}

@CommandHandler(StartConstructionCommand)
export class StartConstructionHandler implements ICommandHandler<StartConstructionCommand> {
  constructor(private readonly projects: ProjectCommandService) {}

  execute({ projectId, body, meta }: StartConstructionCommand): Promise<CommandAnswer> {
    return this.projects.handle({ type: 'StartConstruction', projectId, ...body }, meta);
  }
}
