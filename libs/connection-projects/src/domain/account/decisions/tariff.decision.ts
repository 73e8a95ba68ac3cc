import type { DecisionContext } from '../../project.context.js';
import { DomainError, validationFailed } from '../../project.errors.js';
import { fact } from '../../decisions/recorded-values.js';
import { TARIFF_CATEGORIES } from '../account.enums.js';
import type { ApplyTariffChange, RequestTariffChange, SurveyTariffChange } from '../account.commands.js';
import type { AccountEvent } from '../account.events.js';
import type { AccountState } from '../account.state.js';
import { accept, businessTime, invalidTransition } from './account-rules.js';

/** SPEC §7.2 d 改类 requested: one request at a time, to another category. */
export const requestTariffChange = (command: RequestTariffChange, state: AccountState, ctx: DecisionContext): AccountEvent[] => {
  if (!(TARIFF_CATEGORIES as readonly string[]).includes(command.newCategory)) {
    throw validationFailed('newCategory', `unknown tariff category '${command.newCategory}'`);
  }
  if (state.tariffChange) throw invalidTransition(command, `a change to ${state.tariffChange.newCategory} is already requested`);
  const at = businessTime(command, state, ctx);
  const current = state.tariffCategory ?? command.newCategory;
  if (command.newCategory === current) {
    throw new DomainError('TARIFF_UNCHANGED', `The account's tariff category is already ${current}`);
  }
  return accept(
    'TariffChangeRequested',
    { accountId: command.accountId, currentCategory: current, newCategory: command.newCategory, reason: command.reason },
    at,
  );
};

/** The surveyor's finding on an open request; a refusal ends the request. */
export const surveyTariffChange = (command: SurveyTariffChange, state: AccountState, ctx: DecisionContext): AccountEvent[] => {
  if (!state.tariffChange || state.tariffChange.approved) {
    throw invalidTransition(command, state.tariffChange ? 'the change has already been surveyed' : 'no tariff change has been requested');
  }
  const at = businessTime(command, state, ctx);
  return accept(
    'TariffChangeSurveyed',
    { accountId: command.accountId, newCategory: state.tariffChange.newCategory, findings: command.findings, approved: command.approved },
    at,
  );
};

/** The change applied: only after an approved survey. */
export const applyTariffChange = (command: ApplyTariffChange, state: AccountState, ctx: DecisionContext): AccountEvent[] => {
  if (!state.tariffChange?.approved) {
    throw invalidTransition(command, state.tariffChange ? 'the change has not been surveyed yet' : 'no approved tariff change is open');
  }
  const at = businessTime(command, state, ctx);
  return accept(
    'TariffCategoryChanged',
    fact({
      accountId: command.accountId,
      previousCategory: state.tariffCategory ?? state.tariffChange.newCategory,
      newCategory: state.tariffChange.newCategory,
      notes: command.notes,
    }),
    at,
  );
};
