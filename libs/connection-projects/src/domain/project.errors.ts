/**
 * Transport-neutral domain errors (STYLE.md "Errors"). The HTTP filter maps `kind` to a status:
 * validation 400, not_found 404, conflict 409, forbidden 403, rule 422.
 */
export type DomainErrorKind = 'validation' | 'rule' | 'not_found' | 'conflict' | 'forbidden';

/** Every code the decider may raise (API.md), with its kind: the kind follows from the code, never chosen ad hoc. */
export const DOMAIN_ERROR_KINDS = {
  VALIDATION_FAILED: 'validation',
  NOT_FOUND: 'not_found',
  INVALID_TRANSITION: 'conflict',
  PROJECT_CLOSED: 'conflict',
  AUTHORITY_INSUFFICIENT: 'forbidden',
  DOCUMENTS_MISSING: 'rule',
  DEDICATED_LINE_REQUIRED: 'rule',
  DUAL_SUPPLY_REQUIRED: 'rule',
  UNIT_MISMATCH: 'rule',
  UTILITY_DESIGNATION_FORBIDDEN: 'rule',
  INSPECTION_REQUIRED: 'rule',
  CONTRACT_REQUIRED: 'rule',
  DOSSIER_INCOMPLETE: 'rule',
  OCCURRED_AT_INVALID: 'rule',
  // Supply accounts (SPEC §7): 409 on a closed account, then the 422 rules in the order §7.2–§7.3 list them.
  ACCOUNT_CLOSED: 'conflict',
  NOTICE_TOO_SHORT: 'rule',
  SUSPENSION_TOO_SHORT: 'rule',
  CAPACITY_EXCEEDED: 'rule',
  WHOLE_CAPACITY_REQUIRED: 'rule',
  SUSPENSION_LIMIT_REACHED: 'rule',
  SUSPENSION_YEARLY_LIMIT: 'rule',
  REMOVAL_EXPIRED: 'rule',
  RELOCATION_NOT_ALLOWED: 'rule',
  TARIFF_UNCHANGED: 'rule',
  BILLS_OUTSTANDING: 'rule',
  CAPACITY_SPLIT_MISMATCH: 'rule',
  NOT_LATE: 'rule',
  // A named account (an application's capacity increase, SPEC §7.1; complaints and claims, §8), then the claim's own rules.
  ACCOUNT_INVALID: 'rule',
  CLAIM_NOT_ELIGIBLE: 'rule',
  CLAIM_TOO_LATE: 'rule',
} as const satisfies Record<string, DomainErrorKind>;

export type DomainErrorCode = keyof typeof DOMAIN_ERROR_KINDS;
export const DOMAIN_ERROR_CODES = Object.keys(DOMAIN_ERROR_KINDS) as DomainErrorCode[];

export interface FieldError {
  field: string;
  message: string;
}

export interface DomainErrorDetails {
  /** Codes of missing documents or dossier items: the complete list, in one answer (一次性告知). */
  missing?: string[];
  /** For VALIDATION_FAILED: which field and why (problem+json `errors`). */
  errors?: FieldError[];
}

export class DomainError extends Error {
  readonly kind: DomainErrorKind;
  readonly missing?: string[];
  readonly errors?: FieldError[];

  constructor(
    readonly code: DomainErrorCode,
    message: string,
    details: DomainErrorDetails = {},
  ) {
    super(message);
    this.name = 'DomainError';
    this.kind = DOMAIN_ERROR_KINDS[code];
    if (details.missing) this.missing = details.missing;
    if (details.errors) this.errors = details.errors;
  }
}

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError;

/** A field-level refusal that only the project's state can tell (e.g. a voltage that does not fit the class). */
export const validationFailed = (field: string, message: string): DomainError =>
  new DomainError('VALIDATION_FAILED', `${field}: ${message}`, { errors: [{ field, message }] });
