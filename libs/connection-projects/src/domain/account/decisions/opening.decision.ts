import type { DecisionContext } from '../../project.context.js';
import { DomainError, validationFailed } from '../../project.errors.js';
import { capacity, fact } from '../../decisions/recorded-values.js';
import { TARIFF_CATEGORIES } from '../account.enums.js';
import type { ChangeContractCapacity, OpenSupplyAccount } from '../account.commands.js';
import type { AccountEvent } from '../account.events.js';
import type { AccountState } from '../account.state.js';
import { accept, businessTime, invalidTransition, requirePositiveCapacity } from './account-rules.js';

/** SPEC §7.1 立户: issued by the process manager on energization or split; once per stream. */
export const openSupplyAccount = (command: OpenSupplyAccount, state: AccountState, ctx: DecisionContext): AccountEvent[] => {
  if (state.eventCount > 0) {
    if (state.closed) throw new DomainError('ACCOUNT_CLOSED', `Account ${command.accountId} is closed (已销户)`);
    throw invalidTransition(command, `account ${command.accountId} is already open`);
  }
  requirePositiveCapacity('contractCapacity', command.contractCapacity);
  if (!(TARIFF_CATEGORIES as readonly string[]).includes(command.tariffCategory)) {
    throw validationFailed('tariffCategory', `unknown tariff category '${command.tariffCategory}'`);
  }
  const at = businessTime(command, state, ctx);
  return accept(
    'SupplyAccountOpened',
    fact({
      accountId: command.accountId,
      customerId: command.customerId,
      projectId: command.projectId,
      supplyAddress: command.supplyAddress,
      orgUnit: command.orgUnit,
      contractCapacity: capacity(command.contractCapacity),
      supplyVoltage: command.supplyVoltage,
      tariffCategory: command.tariffCategory,
      meterNumbers: [...command.meterNumbers],
      openedAt: command.openedAt,
      splitFrom: command.splitFrom,
    }),
    at,
  );
};

/** SPEC §7.1 增容 on an existing account: the project's approved capacity becomes the contract capacity. */
export const changeContractCapacity = (command: ChangeContractCapacity, state: AccountState, ctx: DecisionContext): AccountEvent[] => {
  requirePositiveCapacity('contractCapacity', command.contractCapacity);
  const at = businessTime(command, state, ctx);
  return accept(
    'ContractCapacityChanged',
    {
      accountId: command.accountId,
      projectId: command.projectId,
      previousCapacity: capacity(state.contractCapacity ?? command.contractCapacity),
      contractCapacity: capacity(command.contractCapacity),
    },
    at,
  );
};
