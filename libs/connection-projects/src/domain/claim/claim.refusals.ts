import type { DomainErrorCode } from '../project.errors.js';
import type { ClaimCommandType } from './claim.commands.js';

/**
 * The refusals each claim decision may give, in API.md's order (409 → 422; OCCURRED_AT_INVALID the first 422, then
 * SPEC §8's order: the account, its eligibility, the 7 days): the one source the published contract and the
 * every-operation suite read. Pure data; the claim decider specs check that every refusal they provoke is declared here.
 */
export const CLAIM_COMMAND_REFUSALS = {
  FileDamageClaim: ['INVALID_TRANSITION', 'OCCURRED_AT_INVALID', 'ACCOUNT_INVALID', 'CLAIM_NOT_ELIGIBLE', 'CLAIM_TOO_LATE'],
  InvestigateDamage: ['INVALID_TRANSITION', 'OCCURRED_AT_INVALID'],
  SettleDamageClaim: ['INVALID_TRANSITION', 'OCCURRED_AT_INVALID'],
} as const satisfies Record<ClaimCommandType, readonly DomainErrorCode[]>;

export const claimRefusalsOf = (type: ClaimCommandType): readonly DomainErrorCode[] => CLAIM_COMMAND_REFUSALS[type];
