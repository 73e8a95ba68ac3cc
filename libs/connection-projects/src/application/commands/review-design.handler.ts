import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ReviewDesign } from '../../domain/index.js';
import type { CommandAnswer, CommandMeta } from '../command-meta.js';
import { ProjectCommandService } from '../project-command.service.js';

/** 设计审查意见 (SPEC §3.4) */
export class ReviewDesignCommand extends Command<CommandAnswer> {
  constructor(
    readonly projectId: string,
    readonly body: Omit<ReviewDesign, 'type' | 'projectId'>,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}

@CommandHandler(ReviewDesignCommand)
export class ReviewDesignHandler implements ICommandHandler<ReviewDesignCommand> {
  constructor(private readonly projects: ProjectCommandService) {}

  execute({ projectId, body, meta }: ReviewDesignCommand): Promise<CommandAnswer> {
    return this.projects.handle({ type: 'ReviewDesign', projectId, ...body }, meta);
  }
}
