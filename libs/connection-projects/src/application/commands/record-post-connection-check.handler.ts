import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RecordPostConnectionCheck } from '../../domain/index.js';
import type { CommandAnswer, CommandMeta } from '../command-meta.js';
import { ProjectCommandService } from '../project-command.service.js';

/** 接电后检查 (SPEC §3.12) */
export class RecordPostConnectionCheckCommand extends Command<CommandAnswer> {
  constructor(
    readonly projectId: string,
    readonly body: Omit<RecordPostConnectionCheck, 'type' | 'projectId'>,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}

@CommandHandler(RecordPostConnectionCheckCommand)
export class RecordPostConnectionCheckHandler implements ICommandHandler<RecordPostConnectionCheckCommand> {
  constructor(private readonly projects: ProjectCommandService) {}

  execute({ projectId, body, meta }: RecordPostConnectionCheckCommand): Promise<CommandAnswer> {
    return this.projects.handle({ type: 'RecordPostConnectionCheck', projectId, ...body }, meta);
  }
}
