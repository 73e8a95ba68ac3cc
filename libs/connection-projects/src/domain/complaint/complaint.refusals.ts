import type { DomainErrorCode } from '../project.errors.js';
import type { ComplaintCommandType } from './complaint.commands.js';

/**
 * The refusals each complaint decision may give, in API.md's order (409 → 422; OCCURRED_AT_INVALID the first 422, then
 * SPEC §8's order): the one source the published contract and the every-operation suite read, as project.refusals.ts
 * is for projects. Pure data; the complaint decider specs check that every refusal they provoke is declared here.
 */
export const COMPLAINT_COMMAND_REFUSALS = {
  ReceiveComplaint: ['INVALID_TRANSITION', 'OCCURRED_AT_INVALID', 'ACCOUNT_INVALID'],
  ContactComplainant: ['INVALID_TRANSITION', 'OCCURRED_AT_INVALID'],
  ReplyToComplaint: ['INVALID_TRANSITION', 'OCCURRED_AT_INVALID'],
  CloseComplaint: ['INVALID_TRANSITION', 'OCCURRED_AT_INVALID'],
} as const satisfies Record<ComplaintCommandType, readonly DomainErrorCode[]>;

export const complaintRefusalsOf = (type: ComplaintCommandType): readonly DomainErrorCode[] => COMPLAINT_COMMAND_REFUSALS[type];
