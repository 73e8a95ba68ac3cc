import type { DecisionContext } from '../../project.context.js';
import { DomainError, validationFailed } from '../../project.errors.js';
import { capacity, customer } from '../../decisions/recorded-values.js';
import type { CloseAccount, SplitAccount } from '../account.commands.js';
import type { AccountEvent } from '../account.events.js';
import type { AccountState } from '../account.state.js';
import { micros } from '../decimal.js';
import { accept, businessTime, requireContractUnit, requirePositiveCapacity } from './account-rules.js';

const billsOutstanding = (what: string): DomainError =>
  new DomainError('BILLS_OUTSTANDING', `${what} requires every bill to be settled first (结清电费后方可办理)`);

/** SPEC §7.2 e 销户: terminal, once the bills are settled. */
export const closeAccount = (command: CloseAccount, state: AccountState, ctx: DecisionContext): AccountEvent[] => {
  if (!(typeof command.finalReading === 'number' && Number.isFinite(command.finalReading) && command.finalReading >= 0)) {
    throw validationFailed('finalReading', 'must be a number, 0 or more');
  }
  const at = businessTime(command, state, ctx);
  if (command.billsSettled !== true) throw billsOutstanding('Closing an account');
  return accept('SupplyAccountClosed', { accountId: command.accountId, finalReading: command.finalReading }, at);
};

/** The account id of the n-th part of a split (1-based), SPEC §7.2 f. */
export const splitPartAccountId = (accountId: string, n: number): string => `${accountId}-${n}`;

/**
 * SPEC §7.2 f 分户: closes the original; the parts' capacities add up to the contract capacity exactly, and the process
 * manager opens one account per part in this order.
 */
export const splitAccount = (command: SplitAccount, state: AccountState, ctx: DecisionContext): AccountEvent[] => {
  if (!Array.isArray(command.parts) || command.parts.length < 2) throw validationFailed('parts', 'a split has at least two parts');
  command.parts.forEach((part, i) => requirePositiveCapacity(`parts[${i}].capacity`, part.capacity));
  const at = businessTime(command, state, ctx);
  if (command.billsSettled !== true) throw billsOutstanding('Splitting an account');
  command.parts.forEach((part, i) => requireContractUnit(`parts[${i}].capacity`, part.capacity, state));
  const total = command.parts.reduce((sum, part) => sum + micros(part.capacity.value), 0);
  const contract = state.contractCapacity?.value ?? 0;
  if (total !== micros(contract)) {
    throw new DomainError(
      'CAPACITY_SPLIT_MISMATCH',
      `The parts add up to ${total / 1_000_000} ${state.contractCapacity?.unit ?? ''}, not the contract capacity ${contract} (分户容量之和须等于合同容量)`,
    );
  }
  return accept(
    'SupplyAccountSplit',
    {
      accountId: command.accountId,
      parts: command.parts.map((part, i) => ({
        accountId: splitPartAccountId(command.accountId, i + 1),
        customer: customer(part.customer),
        capacity: capacity(part.capacity),
      })),
    },
    at,
  );
};
