import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { SignSupplyContract } from '../../domain/index.js';
import type { CommandAnswer, CommandMeta } from '../command-meta.js';
import { ProjectCommandService } from '../project-command.service.js';

/** 供用电合同 (SPEC §3.9) */
export class SignSupplyContractCommand extends Command<CommandAnswer> {
  constructor(
    readonly projectId: string,
    readonly body: Omit<SignSupplyContract, 'type' | 'projectId'>,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}

@CommandHandler(SignSupplyContractCommand)
export class SignSupplyContractHandler implements ICommandHandler<SignSupplyContractCommand> {
  constructor(private readonly projects: ProjectCommandService) {}

  execute({ projectId, body, meta }: SignSupplyContractCommand): Promise<CommandAnswer> {
    return this.projects.handle({ type: 'SignSupplyContract', projectId, ...body }, meta);
  }
}
