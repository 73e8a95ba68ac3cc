import { addMonthsClamped } from '../../calendar/index.js';
import type { DecisionContext } from '../../project.context.js';
import { DomainError, validationFailed } from '../../project.errors.js';
import { fact } from '../../decisions/recorded-values.js';
import type {
  ExecuteMeterRelocation,
  ExecuteReinstallation,
  ExecuteTemporaryRemoval,
  RequestMeterRelocation,
  RequestReinstallation,
  RequestTemporaryRemoval,
} from '../account.commands.js';
import type { AccountEvent } from '../account.events.js';
import type { AccountState } from '../account.state.js';
import { accept, businessTime, invalidTransition } from './account-rules.js';

/** SPEC §7.2 b: a removed meter may be reinstalled within 6 months of its removal day; later is a new connection. */
export const REINSTALLATION_WINDOW_MONTHS = 6;

/** 暂拆 requested: one removal at a time, with the meter in place. */
export const requestTemporaryRemoval = (command: RequestTemporaryRemoval, state: AccountState, ctx: DecisionContext): AccountEvent[] => {
  if (state.removal !== 'none') throw invalidTransition(command, `a temporary removal is already under way (${state.removal})`);
  const at = businessTime(command, state, ctx);
  return accept('TemporaryRemovalRequested', { accountId: command.accountId, reason: command.reason }, at);
};

/** 暂拆 executed by the meter technician: only a requested removal. */
export const executeTemporaryRemoval = (command: ExecuteTemporaryRemoval, state: AccountState, ctx: DecisionContext): AccountEvent[] => {
  if (state.removal !== 'removalRequested') throw invalidTransition(command, 'no temporary removal has been requested');
  const at = businessTime(command, state, ctx);
  return accept('MeterTemporarilyRemoved', fact({ accountId: command.accountId, notes: command.notes }), at);
};

/** 复装 requested: of a removed meter, within 6 months of the removal day (month arithmetic as SPEC §5). */
export const requestReinstallation = (command: RequestReinstallation, state: AccountState, ctx: DecisionContext): AccountEvent[] => {
  if (state.removal !== 'removed') {
    throw invalidTransition(
      command,
      state.removal === 'reinstallationRequested' ? 'a reinstallation has already been requested' : 'the meter has not been removed',
    );
  }
  const at = businessTime(command, state, ctx);
  const removedOn = state.removedOn ?? at.day;
  const lastDay = addMonthsClamped(removedOn, REINSTALLATION_WINDOW_MONTHS);
  if (at.day > lastDay) {
    throw new DomainError(
      'REMOVAL_EXPIRED',
      `The meter was removed on ${removedOn}; reinstallation could be asked until ${lastDay}: apply as a new connection (暂拆超过六个月按新装办理)`,
    );
  }
  return accept('ReinstallationRequested', fact({ accountId: command.accountId, reason: command.reason }), at);
};

/** 复装 executed: the meters installed replace the account's. */
export const executeReinstallation = (command: ExecuteReinstallation, state: AccountState, ctx: DecisionContext): AccountEvent[] => {
  if (!Array.isArray(command.meterNumbers) || command.meterNumbers.length === 0) {
    throw validationFailed('meterNumbers', 'at least one meter number');
  }
  if (state.removal !== 'reinstallationRequested') throw invalidTransition(command, 'no reinstallation has been requested');
  const at = businessTime(command, state, ctx);
  return accept('MeterReinstalled', { accountId: command.accountId, meterNumbers: [...command.meterNumbers] }, at);
};

/** 移表: one at a time, with the meter in place; only when address, tariff and supply point all stay. */
export const requestMeterRelocation = (command: RequestMeterRelocation, state: AccountState, ctx: DecisionContext): AccountEvent[] => {
  if (state.relocation) throw invalidTransition(command, 'a meter relocation is already requested');
  if (state.removal === 'removed' || state.removal === 'reinstallationRequested') {
    throw invalidTransition(command, 'the meter is temporarily removed (暂拆)');
  }
  const at = businessTime(command, state, ctx);
  const unchanged = { addressUnchanged: command.addressUnchanged, tariffUnchanged: command.tariffUnchanged, supplyPointUnchanged: command.supplyPointUnchanged };
  const changed = Object.entries(unchanged)
    .filter(([, value]) => value !== true)
    .map(([field]) => field);
  if (changed.length > 0) {
    throw new DomainError(
      'RELOCATION_NOT_ALLOWED',
      `A meter is relocated only when the address, tariff and supply point stay the same; not confirmed: ${changed.join(', ')} (移表须不改变用电地址、用电类别和供电点)`,
    );
  }
  return accept('MeterRelocationRequested', { accountId: command.accountId, newLocation: command.newLocation, ...unchanged }, at);
};

/** 移表 executed by the meter technician. */
export const executeMeterRelocation = (command: ExecuteMeterRelocation, state: AccountState, ctx: DecisionContext): AccountEvent[] => {
  if (!state.relocation) throw invalidTransition(command, 'no meter relocation has been requested');
  const at = businessTime(command, state, ctx);
  return accept('MeterRelocated', fact({ accountId: command.accountId, newLocation: state.relocation.newLocation, notes: command.notes }), at);
};
