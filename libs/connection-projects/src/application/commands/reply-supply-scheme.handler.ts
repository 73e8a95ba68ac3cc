import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ReplySupplyScheme } from '../../domain/index.js';
import type { CommandAnswer, CommandMeta } from '../command-meta.js';
import { ProjectCommandService } from '../project-command.service.js';

/** 供电方案答复 (SPEC §3.3) */
export class ReplySupplySchemeCommand extends Command<CommandAnswer> {
  constructor(
    readonly projectId: string,
    readonly body: Omit<ReplySupplyScheme, 'type' | 'projectId'>,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}

@CommandHandler(ReplySupplySchemeCommand)
export class ReplySupplySchemeHandler implements ICommandHandler<ReplySupplySchemeCommand> {
  constructor(private readonly projects: ProjectCommandService) {}

  execute({ projectId, body, meta }: ReplySupplySchemeCommand): Promise<CommandAnswer> {
    return this.projects.handle({ type: 'ReplySupplyScheme', projectId, ...body }, meta);
  }
}
