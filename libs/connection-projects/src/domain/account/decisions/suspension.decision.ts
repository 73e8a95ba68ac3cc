import { addDays, yearOf } from '../../calendar/index.js';
import type { DecisionContext } from '../../project.context.js';
import { DomainError, validationFailed } from '../../project.errors.js';
import { capacity } from '../../decisions/recorded-values.js';
import { isTwoPartTariff } from '../account.enums.js';
import type { EndSuspension, GrantSuspension } from '../account.commands.js';
import type { AccountEvent } from '../account.events.js';
import type { AccountState } from '../account.state.js';
import { micros } from '../decimal.js';
import {
  SUSPENDED_DAYS_PER_YEAR,
  SUSPENSION_MIN_DAYS,
  SUSPENSION_NOTICE_DAYS,
  SUSPENSIONS_PER_YEAR,
  inclusiveDays,
  maxSuspendedOver,
  suspendedDaysIn,
  suspensionToEnd,
  suspensionsStartingIn,
} from '../suspensions.js';
import { accept, businessTime, invalidTransition, requireContractUnit, requireDate, requirePositiveCapacity } from './account-rules.js';

const meterRemoved = (state: AccountState): boolean => state.removal === 'removed' || state.removal === 'reinstallationRequested';

const noticeTooShort = (what: string, day: string, requestDay: string): DomainError =>
  new DomainError(
    'NOTICE_TOO_SHORT',
    `${what} ${day} must be at least ${SUSPENSION_NOTICE_DAYS} calendar days after the request's day ${requestDay} (i.e. on or after ${addDays(requestDay, SUSPENSION_NOTICE_DAYS)}; 提前五天申请)`,
  );

/** SPEC §7.2 a 暂停, its rules in the order listed there. */
export const grantSuspension = (command: GrantSuspension, state: AccountState, ctx: DecisionContext): AccountEvent[] => {
  const { from, until } = command;
  requireDate('from', from);
  requireDate('until', until);
  requirePositiveCapacity('capacity', command.capacity);
  if (until < from) throw validationFailed('until', 'must not be before from');
  if (yearOf(from) !== yearOf(until)) throw validationFailed('until', 'a suspension lies within one calendar year');
  if (meterRemoved(state)) throw invalidTransition(command, 'the meter is temporarily removed (暂拆); reinstall it first');

  const at = businessTime(command, state, ctx);
  if (from < addDays(at.day, SUSPENSION_NOTICE_DAYS)) throw noticeTooShort('from', from, at.day);
  const days = inclusiveDays(from, until);
  if (days < SUSPENSION_MIN_DAYS) {
    throw new DomainError('SUSPENSION_TOO_SHORT', `${from}..${until} is ${days} days; a suspension lasts at least ${SUSPENSION_MIN_DAYS} days`);
  }
  requireContractUnit('capacity', command.capacity, state);
  const contract = state.contractCapacity?.value ?? 0;
  const alreadySuspended = maxSuspendedOver(state.suspensions, from, until);
  const available = (micros(contract) - micros(alreadySuspended)) / 1_000_000;
  if (micros(command.capacity.value) > micros(available)) {
    throw new DomainError(
      'CAPACITY_EXCEEDED',
      `${command.capacity.value} ${command.capacity.unit} exceeds what can still be suspended over ${from}..${until}: ${available} (contract ${contract}, already suspended ${alreadySuspended})`,
    );
  }
  if (isTwoPartTariff(state.tariffCategory) && micros(command.capacity.value) !== micros(contract)) {
    throw new DomainError(
      'WHOLE_CAPACITY_REQUIRED',
      `A large-industry (two-part tariff) account suspends its whole contract capacity (${contract} ${command.capacity.unit}), not ${command.capacity.value}`,
    );
  }
  const year = yearOf(from);
  const starting = suspensionsStartingIn(state.suspensions, year).length;
  if (starting >= SUSPENSIONS_PER_YEAR) {
    throw new DomainError('SUSPENSION_LIMIT_REACHED', `${starting} suspensions already start in ${year}; at most ${SUSPENSIONS_PER_YEAR} a year`);
  }
  const before = suspendedDaysIn(state.suspensions, year);
  if (before + days > SUSPENDED_DAYS_PER_YEAR) {
    throw new DomainError(
      'SUSPENSION_YEARLY_LIMIT',
      `${before} days already suspended in ${year} + ${days} = ${before + days}, over the ${SUSPENDED_DAYS_PER_YEAR} days a year allows`,
    );
  }
  return accept('SuspensionGranted', { accountId: command.accountId, capacity: capacity(command.capacity), from, until, days }, at);
};

/** SPEC §7.2 a 提前恢复: inside a granted, not yet ended suspension (it may be asked before the suspension begins). */
export const endSuspension = (command: EndSuspension, state: AccountState, ctx: DecisionContext): AccountEvent[] => {
  requireDate('restoreOn', command.restoreOn);
  const suspension = suspensionToEnd(state.suspensions, command.restoreOn);
  if (!suspension) throw invalidTransition(command, `no granted, not yet ended suspension includes ${command.restoreOn}`);
  const at = businessTime(command, state, ctx);
  if (command.restoreOn < addDays(at.day, SUSPENSION_NOTICE_DAYS)) throw noticeTooShort('restoreOn', command.restoreOn, at.day);
  const suspendedDays = inclusiveDays(suspension.from, addDays(command.restoreOn, -1));
  return accept(
    'SuspensionEnded',
    {
      accountId: command.accountId,
      from: suspension.from,
      until: suspension.until,
      restoreOn: command.restoreOn,
      suspendedDays,
      basicChargeWaived: suspendedDays >= SUSPENSION_MIN_DAYS,
    },
    at,
  );
};
