import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ArchiveProject } from '../../domain/index.js';
import type { CommandAnswer, CommandMeta } from '../command-meta.js';
import { ProjectCommandService } from '../project-command.service.js';

/** 资料归档 (SPEC §3.11) */
export class ArchiveProjectCommand extends Command<CommandAnswer> {
  constructor(
    readonly projectId: string,
    readonly body: Omit<ArchiveProject, 'type' | 'projectId'>,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}

@CommandHandler(ArchiveProjectCommand)
export class ArchiveProjectHandler implements ICommandHandler<ArchiveProjectCommand> {
  constructor(private readonly projects: ProjectCommandService) {}

  execute({ projectId, body, meta }: ArchiveProjectCommand): Promise<CommandAnswer> {
    return this.projects.handle({ type: 'ArchiveProject', projectId, ...body }, meta);
  }
}
