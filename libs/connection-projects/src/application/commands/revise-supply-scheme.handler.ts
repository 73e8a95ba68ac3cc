import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ReviseSupplyScheme } from '../../domain/index.js';
import type { CommandAnswer, CommandMeta } from '../command-meta.js';
import { ProjectCommandService } from '../project-command.service.js';

/** 供电方案变更 (SPEC §3.3) */
export class ReviseSupplySchemeCommand extends Command<CommandAnswer> {
  constructor(
    readonly projectId: string,
    readonly body: Omit<ReviseSupplyScheme, 'type' | 'projectId'>,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}

@CommandHandler(ReviseSupplySchemeCommand)
export class ReviseSupplySchemeHandler implements ICommandHandler<ReviseSupplySchemeCommand> {
  constructor(private readonly projects: ProjectCommandService) {}

  execute({ projectId, body, meta }: ReviseSupplySchemeCommand): Promise<CommandAnswer> {
    return this.projects.handle({ type: 'ReviseSupplyScheme', projectId, ...body }, meta);
  }
}
