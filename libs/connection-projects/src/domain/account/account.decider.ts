import type { DecisionContext } from '../project.context.js';
import { DomainError, validationFailed } from '../project.errors.js';
import type { AccountCommand } from './account.commands.js';
import type { AccountEvent } from './account.events.js';
import { evolveAccount } from './account.evolve.js';
import { initialAccountState, type AccountState } from './account.state.js';
import { assessLatePaymentCharge, recordViolation } from './decisions/charges.decision.js';
import { closeAccount, splitAccount } from './decisions/closing.decision.js';
import {
  executeMeterRelocation,
  executeReinstallation,
  executeTemporaryRemoval,
  requestMeterRelocation,
  requestReinstallation,
  requestTemporaryRemoval,
} from './decisions/meter.decision.js';
import { changeContractCapacity, openSupplyAccount } from './decisions/opening.decision.js';
import { endSuspension, grantSuspension } from './decisions/suspension.decision.js';
import { applyTariffChange, requestTariffChange, surveyTariffChange } from './decisions/tariff.decision.js';

/** Existence, then closure (API.md: 404 → 409): a closed account answers every command ACCOUNT_CLOSED (SPEC §7.1). */
const requireOpenAccount = (command: AccountCommand, state: AccountState): void => {
  if (state.eventCount === 0) throw new DomainError('NOT_FOUND', `Account ${command.accountId} does not exist`);
  if (state.closed) throw new DomainError('ACCOUNT_CLOSED', `Account ${command.accountId} is closed (已销户); it accepts no command`);
};

/**
 * One accepted command → exactly one event (SPEC §9); a refused one throws a DomainError and changes nothing. Each
 * decision checks its sequence (409), then the business time (the first 422), then the rules in SPEC order.
 */
export const decideAccount = (command: AccountCommand, state: AccountState, ctx: DecisionContext): AccountEvent[] => {
  if (command.type === 'OpenSupplyAccount') return openSupplyAccount(command, state, ctx);
  requireOpenAccount(command, state);
  switch (command.type) {
    case 'ChangeContractCapacity':
      return changeContractCapacity(command, state, ctx);
    case 'GrantSuspension':
      return grantSuspension(command, state, ctx);
    case 'EndSuspension':
      return endSuspension(command, state, ctx);
    case 'RequestTemporaryRemoval':
      return requestTemporaryRemoval(command, state, ctx);
    case 'ExecuteTemporaryRemoval':
      return executeTemporaryRemoval(command, state, ctx);
    case 'RequestReinstallation':
      return requestReinstallation(command, state, ctx);
    case 'ExecuteReinstallation':
      return executeReinstallation(command, state, ctx);
    case 'RequestMeterRelocation':
      return requestMeterRelocation(command, state, ctx);
    case 'ExecuteMeterRelocation':
      return executeMeterRelocation(command, state, ctx);
    case 'RequestTariffChange':
      return requestTariffChange(command, state, ctx);
    case 'SurveyTariffChange':
      return surveyTariffChange(command, state, ctx);
    case 'ApplyTariffChange':
      return applyTariffChange(command, state, ctx);
    case 'CloseAccount':
      return closeAccount(command, state, ctx);
    case 'SplitAccount':
      return splitAccount(command, state, ctx);
    case 'AssessLatePaymentCharge':
      return assessLatePaymentCharge(command, state, ctx);
    case 'RecordViolation':
      return recordViolation(command, state, ctx);
    default:
      throw validationFailed('type', `unknown command type '${(command as { type?: unknown }).type}'`);
  }
};

export interface AccountDecider {
  decide: typeof decideAccount;
  evolve: typeof evolveAccount;
  initialState: AccountState;
}

export const accountDecider: AccountDecider = { decide: decideAccount, evolve: evolveAccount, initialState: initialAccountState };
