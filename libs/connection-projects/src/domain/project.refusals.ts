import type { ProjectCommandType } from './project.commands.js';
import type { DomainErrorCode } from './project.errors.js';

/**
 * The refusals each decision may give, in API.md's order (409 → 403 → 422 in SPEC order): the one source the published
 * contract (every answer of every command route) and the every-operation suite read. Pure data; the decider specs check
 * that every refusal they provoke is declared here (testing/project.specification.ts). The codes any command may give
 * whatever its decision (VALIDATION_FAILED, NOT_FOUND) are the HTTP layer's, not listed here.
 */
export const PROJECT_COMMAND_REFUSALS = {
  // SPEC §7.1: ACCOUNT_INVALID is the application's last rule, after its business time.
  AcceptApplication: ['INVALID_TRANSITION', 'PROJECT_CLOSED', 'DOCUMENTS_MISSING', 'UNIT_MISMATCH', 'OCCURRED_AT_INVALID', 'ACCOUNT_INVALID'],
  RecordSiteSurvey: ['INVALID_TRANSITION', 'PROJECT_CLOSED', 'OCCURRED_AT_INVALID'],
  ReplySupplyScheme: [
    'INVALID_TRANSITION',
    'PROJECT_CLOSED',
    'AUTHORITY_INSUFFICIENT',
    'UNIT_MISMATCH',
    'DEDICATED_LINE_REQUIRED',
    'DUAL_SUPPLY_REQUIRED',
    'OCCURRED_AT_INVALID',
  ],
  ReviseSupplyScheme: [
    'INVALID_TRANSITION',
    'PROJECT_CLOSED',
    'AUTHORITY_INSUFFICIENT',
    'UNIT_MISMATCH',
    'DEDICATED_LINE_REQUIRED',
    'DUAL_SUPPLY_REQUIRED',
    'OCCURRED_AT_INVALID',
  ],
  SubmitDesign: ['INVALID_TRANSITION', 'PROJECT_CLOSED', 'UTILITY_DESIGNATION_FORBIDDEN', 'DOCUMENTS_MISSING', 'OCCURRED_AT_INVALID'],
  ReviewDesign: ['INVALID_TRANSITION', 'PROJECT_CLOSED', 'AUTHORITY_INSUFFICIENT', 'OCCURRED_AT_INVALID'],
  StartConstruction: ['INVALID_TRANSITION', 'PROJECT_CLOSED', 'UTILITY_DESIGNATION_FORBIDDEN', 'OCCURRED_AT_INVALID'],
  RecordIntermediateInspection: ['INVALID_TRANSITION', 'PROJECT_CLOSED', 'OCCURRED_AT_INVALID'],
  ReportCompletion: ['INVALID_TRANSITION', 'PROJECT_CLOSED', 'INSPECTION_REQUIRED', 'DOCUMENTS_MISSING', 'OCCURRED_AT_INVALID'],
  RecordAcceptance: ['INVALID_TRANSITION', 'PROJECT_CLOSED', 'OCCURRED_AT_INVALID'],
  SignSupplyContract: ['INVALID_TRANSITION', 'PROJECT_CLOSED', 'OCCURRED_AT_INVALID'],
  InstallMeterAndEnergize: ['INVALID_TRANSITION', 'PROJECT_CLOSED', 'CONTRACT_REQUIRED', 'OCCURRED_AT_INVALID'],
  ArchiveProject: ['INVALID_TRANSITION', 'PROJECT_CLOSED', 'DOSSIER_INCOMPLETE', 'OCCURRED_AT_INVALID'],
  CancelProject: ['INVALID_TRANSITION', 'PROJECT_CLOSED', 'OCCURRED_AT_INVALID'],
  RecordPostConnectionCheck: ['INVALID_TRANSITION', 'PROJECT_CLOSED', 'OCCURRED_AT_INVALID'],
  RequestIntermediateInspection: ['INVALID_TRANSITION', 'PROJECT_CLOSED', 'OCCURRED_AT_INVALID'],
  StartCustomerWait: ['INVALID_TRANSITION', 'PROJECT_CLOSED', 'OCCURRED_AT_INVALID'],
  EndCustomerWait: ['INVALID_TRANSITION', 'PROJECT_CLOSED', 'OCCURRED_AT_INVALID'],
} as const satisfies Record<ProjectCommandType, readonly DomainErrorCode[]>;

/** Refusals that depend on the request rather than on the decision: every command may give them. */
export const EVERY_COMMAND_REFUSALS = ['VALIDATION_FAILED', 'NOT_FOUND'] as const satisfies readonly DomainErrorCode[];

export const refusalsOf = (type: ProjectCommandType): readonly DomainErrorCode[] => PROJECT_COMMAND_REFUSALS[type];
