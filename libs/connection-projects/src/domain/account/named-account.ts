import type { DecisionContext } from '../project.context.js';
import { DomainError } from '../project.errors.js';
import type { AccountState } from './account.state.js';

/**
 * The context of a decision on another stream whose command names a supply account (a complaint, a claim: SPEC §8).
 * The decider stays pure: the command service reads the account's folded state when the command arrives and hands it
 * over here, as it hands over the clock and the policy schedule. The decision holds what the account said then.
 */
export interface NamedAccountContext extends DecisionContext {
  /** The named account's state; absent when the command names none (or its stream could not be read as one). */
  account?: AccountState;
}

/** ACCOUNT_INVALID (SPEC §8) unless the account exists and is the customer's; the account's state when it is. */
export const requireAccountOf = (customerId: string, accountId: string, account: AccountState | undefined): AccountState => {
  if (account === undefined || account.eventCount === 0 || account.accountId !== accountId) {
    throw new DomainError('ACCOUNT_INVALID', `Account ${accountId} does not exist (用电户不存在)`);
  }
  if (account.customerId !== customerId) {
    throw new DomainError('ACCOUNT_INVALID', `Account ${accountId} is not an account of customer ${customerId} (非该客户的用电户)`);
  }
  return account;
};
