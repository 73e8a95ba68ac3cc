import type { DomainErrorCode } from '../project.errors.js';
import type { AccountCommandType } from './account.commands.js';

/**
 * The refusals each account decision may give, in API.md's order (409 → 422; OCCURRED_AT_INVALID the first 422, then
 * SPEC §7.2–§7.3's order): the one source the published contract and the every-operation suite read, as
 * project.refusals.ts is for projects. Pure data; the account decider specs check that every refusal they provoke is
 * declared here (testing/account.specification.ts). The first two are issued only by the supply-accounts process
 * manager (SPEC §7.1) and have no route.
 */
export const ACCOUNT_COMMAND_REFUSALS = {
  OpenSupplyAccount: ['ACCOUNT_CLOSED', 'INVALID_TRANSITION', 'OCCURRED_AT_INVALID'],
  ChangeContractCapacity: ['ACCOUNT_CLOSED', 'OCCURRED_AT_INVALID'],
  GrantSuspension: [
    'ACCOUNT_CLOSED',
    'INVALID_TRANSITION',
    'OCCURRED_AT_INVALID',
    'NOTICE_TOO_SHORT',
    'SUSPENSION_TOO_SHORT',
    'UNIT_MISMATCH',
    'CAPACITY_EXCEEDED',
    'WHOLE_CAPACITY_REQUIRED',
    'SUSPENSION_LIMIT_REACHED',
    'SUSPENSION_YEARLY_LIMIT',
  ],
  EndSuspension: ['ACCOUNT_CLOSED', 'INVALID_TRANSITION', 'OCCURRED_AT_INVALID', 'NOTICE_TOO_SHORT'],
  RequestTemporaryRemoval: ['ACCOUNT_CLOSED', 'INVALID_TRANSITION', 'OCCURRED_AT_INVALID'],
  ExecuteTemporaryRemoval: ['ACCOUNT_CLOSED', 'INVALID_TRANSITION', 'OCCURRED_AT_INVALID'],
  RequestReinstallation: ['ACCOUNT_CLOSED', 'INVALID_TRANSITION', 'OCCURRED_AT_INVALID', 'REMOVAL_EXPIRED'],
  ExecuteReinstallation: ['ACCOUNT_CLOSED', 'INVALID_TRANSITION', 'OCCURRED_AT_INVALID'],
  RequestMeterRelocation: ['ACCOUNT_CLOSED', 'INVALID_TRANSITION', 'OCCURRED_AT_INVALID', 'RELOCATION_NOT_ALLOWED'],
  ExecuteMeterRelocation: ['ACCOUNT_CLOSED', 'INVALID_TRANSITION', 'OCCURRED_AT_INVALID'],
  RequestTariffChange: ['ACCOUNT_CLOSED', 'INVALID_TRANSITION', 'OCCURRED_AT_INVALID', 'TARIFF_UNCHANGED'],
  SurveyTariffChange: ['ACCOUNT_CLOSED', 'INVALID_TRANSITION', 'OCCURRED_AT_INVALID'],
  ApplyTariffChange: ['ACCOUNT_CLOSED', 'INVALID_TRANSITION', 'OCCURRED_AT_INVALID'],
  CloseAccount: ['ACCOUNT_CLOSED', 'OCCURRED_AT_INVALID', 'BILLS_OUTSTANDING'],
  SplitAccount: ['ACCOUNT_CLOSED', 'OCCURRED_AT_INVALID', 'BILLS_OUTSTANDING', 'UNIT_MISMATCH', 'CAPACITY_SPLIT_MISMATCH'],
  AssessLatePaymentCharge: ['ACCOUNT_CLOSED', 'OCCURRED_AT_INVALID', 'NOT_LATE'],
  RecordViolation: ['ACCOUNT_CLOSED', 'OCCURRED_AT_INVALID'],
} as const satisfies Record<AccountCommandType, readonly DomainErrorCode[]>;

export const accountRefusalsOf = (type: AccountCommandType): readonly DomainErrorCode[] => ACCOUNT_COMMAND_REFUSALS[type];
