import { isLocalDate } from '../../calendar/index.js';
import type { DecisionContext } from '../../project.context.js';
import { DomainError, validationFailed } from '../../project.errors.js';
import type { Capacity } from '../../project.values.js';
import { businessTimeOf, type BusinessTime } from '../../decisions/occurred-at.js';
import type { AccountCommand } from '../account.commands.js';
import type { AccountEvent, AccountEventDataMap, AccountEventType } from '../account.events.js';
import type { AccountState } from '../account.state.js';

/** The one event an accepted account command appends (SPEC §9: exactly one event per command). */
export const accept = <T extends AccountEventType>(type: T, data: AccountEventDataMap[T], at: BusinessTime): AccountEvent[] => [
  { type, data, occurredAt: at.occurredAt } as AccountEvent,
];

export const invalidTransition = (command: AccountCommand, why: string): DomainError =>
  new DomainError('INVALID_TRANSITION', `${command.type} is not allowed now: ${why}`);

/** SPEC §7.2: the request's day that the notice and expiry rules count from is the business time's day. */
export const businessTime = (command: AccountCommand, state: AccountState, ctx: DecisionContext): BusinessTime =>
  businessTimeOf(command.occurredAt, state.lastOccurredAt, ctx.now, 'account');

export const requireDate = (field: string, value: string): void => {
  if (typeof value !== 'string' || !isLocalDate(value)) throw validationFailed(field, 'must be a date YYYY-MM-DD');
};

const isPositive = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n > 0;

export const requirePositive = (field: string, value: number | undefined): void => {
  if (!isPositive(value)) throw validationFailed(field, 'must be a positive number');
};

export const requirePositiveCapacity = (field: string, capacity: Capacity): void => requirePositive(`${field}.value`, capacity?.value);

/** Capacities of an account are stated in its contract capacity's unit (kW low voltage, kVA high voltage). */
export const requireContractUnit = (field: string, capacity: Capacity, state: AccountState): void => {
  const unit = state.contractCapacity?.unit;
  if (unit !== undefined && capacity.unit !== unit) {
    throw new DomainError('UNIT_MISMATCH', `${field} is in ${capacity.unit}, but the account's contract capacity is in ${unit} (容量单位与合同容量不符)`);
  }
};
