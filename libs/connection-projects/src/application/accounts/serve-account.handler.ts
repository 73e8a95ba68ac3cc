import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { AccountCommand } from '../../domain/index.js';
import type { CommandMeta } from '../command-meta.js';
import { AccountCommandService, type AccountCommandAnswer } from './account-command.service.js';

/** Distributive Omit: each command keeps its own fields. */
type BodyOf<C> = C extends AccountCommand ? Omit<C, 'type' | 'accountId'> : never;

/**
 * A service on a supply account (SPEC §7.2–§7.3), any of them: every account service takes the same path (access,
 * If-Match, decide, append), and what tells them apart is the decider's, so one bus command carries the domain command
 * rather than fifteen handlers that would differ only in a type string.
 */
export class ServeAccountCommand<C extends AccountCommand = AccountCommand> extends Command<AccountCommandAnswer> {
  constructor(
    readonly type: C['type'],
    readonly accountId: string,
    readonly body: BodyOf<C>,
    readonly meta: CommandMeta,
  ) {
    super();
  }
}

@CommandHandler(ServeAccountCommand)
export class ServeAccountHandler implements ICommandHandler<ServeAccountCommand> {
  constructor(private readonly accounts: AccountCommandService) {}

  execute({ type, accountId, body, meta }: ServeAccountCommand): Promise<AccountCommandAnswer> {
    return this.accounts.handle({ ...body, type, accountId } as AccountCommand, meta);
  }
}
