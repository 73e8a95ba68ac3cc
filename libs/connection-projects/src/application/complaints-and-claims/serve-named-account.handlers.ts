import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ClaimCommand, ComplaintCommand } from '../../domain/index.js';
import type { CommandMeta } from '../command-meta.js';
import { ClaimCommandService, type ClaimCommandAnswer } from './claim-command.service.js';
import { ComplaintCommandService, type ComplaintCommandAnswer } from './complaint-command.service.js';

/** Distributive Omit: each command keeps its own fields. */
type BodyOf<C, Id extends string> = C extends unknown ? Omit<C, 'type' | Id> : never;

/**
 * A step of a complaint, any of them: as for accounts (serve-account.handler.ts), every step takes the same path and
 * what tells them apart is the decider's, so one bus command carries the domain command.
 */
export class ServeComplaintCommand<C extends ComplaintCommand = ComplaintCommand> extends Command<ComplaintCommandAnswer> {
  constructor(
    readonly type: C['type'],
    readonly complaintId: string,
    readonly body: BodyOf<C, 'complaintId'>,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}

@CommandHandler(ServeComplaintCommand)
export class ServeComplaintHandler implements ICommandHandler<ServeComplaintCommand> {
  constructor(private readonly complaints: ComplaintCommandService) {}

  execute({ type, complaintId, body, meta }: ServeComplaintCommand): Promise<ComplaintCommandAnswer> {
    return this.complaints.handle({ ...body, type, complaintId } as ComplaintCommand, meta);
  }
}

/** A step of an appliance-damage claim, any of them (filing, investigation, settlement). */
export class ServeClaimCommand<C extends ClaimCommand = ClaimCommand> extends Command<ClaimCommandAnswer> {
  constructor(
    readonly type: C['type'],
    readonly claimId: string,
    readonly body: BodyOf<C, 'claimId'>,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}

@CommandHandler(ServeClaimCommand)
export class ServeClaimHandler implements ICommandHandler<ServeClaimCommand> {
  constructor(private readonly claims: ClaimCommandService) {}

  execute({ type, claimId, body, meta }: ServeClaimCommand): Promise<ClaimCommandAnswer> {
    return this.claims.handle({ ...body, type, claimId } as ClaimCommand, meta);
  }
}
