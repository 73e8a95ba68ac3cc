import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RecordIntermediateInspection } from '../../domain/index.js';
import type { CommandAnswer, CommandMeta } from '../command-meta.js';
import { ProjectCommandService } from '../project-command.service.js';

/** 中间检查 (SPEC §3.6) */
export class RecordIntermediateInspectionCommand extends Command<CommandAnswer> {
  constructor(
    readonly projectId: string,
    readonly body: Omit<RecordIntermediateInspection, 'type' | 'projectId'>,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}

@CommandHandler(RecordIntermediateInspectionCommand)
export class RecordIntermediateInspectionHandler implements ICommandHandler<RecordIntermediateInspectionCommand> {
  constructor(private readonly projects: ProjectCommandService) {}

  execute({ projectId, body, meta }: RecordIntermediateInspectionCommand): Promise<CommandAnswer> {
    return this.projects.handle({ type: 'RecordIntermediateInspection', projectId, ...body }, meta);
  }
}
