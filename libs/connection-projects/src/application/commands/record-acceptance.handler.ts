import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RecordAcceptance } from '../../domain/index.js';
import type { CommandAnswer, CommandMeta } from '../command-meta.js';
import { ProjectCommandService } from '../project-command.service.js';

/** 竣工验收 (SPEC §3.8) */
export class RecordAcceptanceCommand extends Command<CommandAnswer> {
  constructor(
    readonly projectId: string,
    readonly body: Omit<RecordAcceptance, 'type' | 'projectId'>,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}

@CommandHandler(RecordAcceptanceCommand)
export class RecordAcceptanceHandler implements ICommandHandler<RecordAcceptanceCommand> {
  constructor(private readonly projects: ProjectCommandService) {}

  execute({ projectId, body, meta }: RecordAcceptanceCommand): Promise<CommandAnswer> {
    return this.projects.handle({ type: 'RecordAcceptance', projectId, ...body }, meta);
  }
}
