import { SetMetadata } from '@nestjs/common';

export const READS_ACCOUNTS = 'readsAccounts';

/**
 * On a query whose answer holds supply accounts (the account routes, a dossier's accounts): `minPosition=N` then also
 * waits until the supply-accounts process manager has handled the log up to N and what it wrote is projected, so a
 * client that energized a project at N reads the account that energization opened (SPEC §7.1).
 */
export const ReadsAccounts = (): ClassDecorator & MethodDecorator => SetMetadata(READS_ACCOUNTS, true);
