import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { InstallMeterAndEnergize } from '../../domain/index.js';
import type { CommandAnswer, CommandMeta } from '../command-meta.js';
import { ProjectCommandService } from '../project-command.service.js';

/** 装表接电 (SPEC §3.10) */
export class InstallMeterAndEnergizeCommand extends Command<CommandAnswer> {
  constructor(
    readonly projectId: string,
    readonly body: Omit<InstallMeterAndEnergize, 'type' | 'projectId'>,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}

@CommandHandler(InstallMeterAndEnergizeCommand)
export class InstallMeterAndEnergizeHandler implements ICommandHandler<InstallMeterAndEnergizeCommand> {
  constructor(private readonly projects: ProjectCommandService) {}

  execute({ projectId, body, meta }: InstallMeterAndEnergizeCommand): Promise<CommandAnswer> {
    return this.projects.handle({ type: 'InstallMeterAndEnergize', projectId, ...body }, meta);
  }
}
