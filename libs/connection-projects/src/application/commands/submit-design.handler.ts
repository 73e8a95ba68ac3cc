import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { SubmitDesign } from '../../domain/index.js';
import type { CommandAnswer, CommandMeta } from '../command-meta.js';
import { ProjectCommandService } from '../project-command.service.js';

/** 设计送审 (SPEC §3.4) */
export class SubmitDesignCommand extends Command<CommandAnswer> {
  constructor(
    readonly projectId: string,
    readonly body: Omit<SubmitDesign, 'type' | 'projectId'>,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}

@CommandHandler(SubmitDesignCommand)
export class SubmitDesignHandler implements ICommandHandler<SubmitDesignCommand> {
  constructor(private readonly projects: ProjectCommandService) {}

  execute({ projectId, body, meta }: SubmitDesignCommand): Promise<CommandAnswer> {
    return this.projects.handle({ type: 'SubmitDesign', projectId, ...body }, meta);
  }
}
