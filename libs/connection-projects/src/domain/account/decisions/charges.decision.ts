import type { DecisionContext } from '../../project.context.js';
import { DomainError, validationFailed } from '../../project.errors.js';
import { fact } from '../../decisions/recorded-values.js';
import { VIOLATION_KINDS } from '../account.enums.js';
import type { AssessLatePaymentCharge, RecordViolation } from '../account.commands.js';
import type { AccountEvent } from '../account.events.js';
import type { AccountState } from '../account.state.js';
import { latePaymentCharge, violationCharges, violationInputsNeeded } from '../charges.js';
import { hasAtMostTwoDecimals } from '../decimal.js';
import { accept, businessTime, requireDate, requirePositive } from './account-rules.js';

const BILL_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * SPEC §7.3 电费违约金. The bill's dates are not checked against the account's history: back-billing from before a split
 * or a migration is ordinary.
 */
export const assessLatePaymentCharge = (command: AssessLatePaymentCharge, state: AccountState, ctx: DecisionContext): AccountEvent[] => {
  if (typeof command.billMonth !== 'string' || !BILL_MONTH.test(command.billMonth)) throw validationFailed('billMonth', 'must be YYYY-MM');
  requirePositive('amountDue', command.amountDue);
  if (!hasAtMostTwoDecimals(command.amountDue)) throw validationFailed('amountDue', 'yuan with at most two decimals');
  requireDate('dueDate', command.dueDate);
  requireDate('paidOn', command.paidOn);
  const at = businessTime(command, state, ctx);
  const { daysLate, charge } = latePaymentCharge(state.tariffCategory, command.amountDue, command.dueDate, command.paidOn);
  if (daysLate === 0) {
    throw new DomainError('NOT_LATE', `Paid on ${command.paidOn}, not after the due date ${command.dueDate}: no late-payment charge`);
  }
  return accept(
    'LatePaymentChargeAssessed',
    {
      accountId: command.accountId,
      billMonth: command.billMonth,
      amountDue: command.amountDue,
      dueDate: command.dueDate,
      paidOn: command.paidOn,
      daysLate,
      charge,
    },
    at,
  );
};

/** SPEC §7.3 违约用电: the inputs the kind needs for the account's tariff, and the amounts computed from them. */
export const recordViolation = (command: RecordViolation, state: AccountState, ctx: DecisionContext): AccountEvent[] => {
  if (!(VIOLATION_KINDS as readonly string[]).includes(command.kind)) throw validationFailed('kind', `unknown violation kind '${command.kind}'`);
  const needed = violationInputsNeeded(command.kind, state.tariffCategory);
  for (const field of needed) requirePositive(field, command[field]);
  const at = businessTime(command, state, ctx);
  const inputs = Object.fromEntries(needed.map((field) => [field, command[field]]));
  const { backCharge, penalty } = violationCharges(command.kind, state.tariffCategory, inputs);
  return accept('ViolationRecorded', fact({ accountId: command.accountId, kind: command.kind, ...inputs, backCharge, penalty }), at);
};
