import {
  ACCOUNT_COMMAND_REFUSALS,
  CLAIM_COMMAND_REFUSALS,
  COMPLAINT_COMMAND_REFUSALS,
  DOMAIN_ERROR_KINDS,
  PROJECT_COMMAND_REFUSALS,
  type AccountCommandType,
  type ClaimCommandType,
  type ComplaintCommandType,
  type DomainErrorKind,
  type ProjectCommandType,
} from '#connection-projects/domain';

export const STATUS_BY_KIND = { validation: 400, rule: 422, not_found: 404, conflict: 409, forbidden: 403 } as const satisfies Record<
  DomainErrorKind,
  number
>;

/** The codes the HTTP layer and the stores give, whatever the decision: API.md "Errors". */
const TRANSPORT_CODES = {
  VALIDATION_FAILED: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONCURRENCY_CONFLICT: 409,
  STREAM_DELETED: 409,
  PRECONDITION_FAILED: 412,
  PAYLOAD_TOO_LARGE: 413,
  URI_TOO_LONG: 414,
  UNSUPPORTED_MEDIA_TYPE: 415,
  IDEMPOTENCY_KEY_REUSED: 422,
  STORE_UNAVAILABLE: 503,
  OUTCOME_UNKNOWN: 503,
  READ_MODEL_BEHIND: 503,
} as const;

export type ProblemCode = keyof typeof DOMAIN_ERROR_KINDS | keyof typeof TRANSPORT_CODES;

/** The one error table: every machine code the API answers with, and its status. */
export const STATUS_BY_CODE = {
  ...(Object.fromEntries(Object.entries(DOMAIN_ERROR_KINDS).map(([code, kind]) => [code, STATUS_BY_KIND[kind]])) as Record<
    keyof typeof DOMAIN_ERROR_KINDS,
    number
  >),
  ...TRANSPORT_CODES,
} satisfies Record<ProblemCode, number>;

/** Each aggregate's declared refusals, by command type: the aggregates whose commands the API serves. */
const REFUSALS_BY_AGGREGATE = {
  project: PROJECT_COMMAND_REFUSALS,
  account: ACCOUNT_COMMAND_REFUSALS,
  complaint: COMPLAINT_COMMAND_REFUSALS,
  claim: CLAIM_COMMAND_REFUSALS,
} as const;
export type Aggregate = keyof typeof REFUSALS_BY_AGGREGATE;
export type CommandType = ProjectCommandType | AccountCommandType | ComplaintCommandType | ClaimCommandType;

const AGGREGATE_OF = new Map<string, Aggregate>();
for (const [aggregate, refusals] of Object.entries(REFUSALS_BY_AGGREGATE) as [Aggregate, object][]) {
  for (const type of Object.keys(refusals)) {
    // A command type names one decision: two aggregates with the same type would make a route's answers ambiguous.
    if (AGGREGATE_OF.has(type)) throw new Error(`command type ${type} is declared by both ${AGGREGATE_OF.get(type)} and ${aggregate}`);
    AGGREGATE_OF.set(type, aggregate);
  }
}

/** The command types of every aggregate whose decisions declare their refusals. */
export const COMMAND_REFUSALS: Record<CommandType, readonly ProblemCode[]> = {
  ...PROJECT_COMMAND_REFUSALS,
  ...ACCOUNT_COMMAND_REFUSALS,
  ...COMPLAINT_COMMAND_REFUSALS,
  ...CLAIM_COMMAND_REFUSALS,
};

/** The aggregate whose decision a command type names. */
export const aggregateOf = (command: CommandType): Aggregate => AGGREGATE_OF.get(command)!;

/** What the refusals of an operation depend on, read from its route. */
export interface OperationTraits {
  /** The command it hands to its decision; absent for a query. */
  command?: CommandType;
  /** Whether a path parameter names a subject (404 when there is none, or the caller may not see it). */
  subject: boolean;
  /** Whether some authenticated role may not call it (403 FORBIDDEN). */
  restricted: boolean;
  /** Whether it answers from the event store itself (history, time travel, integrity) rather than a read model. */
  readsEventStore: boolean;
}

/**
 * Every code an operation can answer with, in API.md's check order: reading the body (413, 415) → 401 → 403 role →
 * 400 shape → 404 → 412 → the decision's own (409, 403, 422) → the append (409, 422, 503); a query: 401 → 403 → 400 →
 * 404 → 503. The published document and the every-operation suite both read this.
 */
export function refusalCodes(operation: OperationTraits): ProblemCode[] {
  const codes: ProblemCode[] = [];
  const add = (...more: ProblemCode[]) => codes.push(...more);
  if (operation.command) add('PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE');
  add('UNAUTHORIZED');
  if (operation.restricted) add('FORBIDDEN');
  add('VALIDATION_FAILED');
  // The router refuses a path parameter over 1,000 characters before anything else.
  if (operation.subject) add('URI_TOO_LONG', 'NOT_FOUND');
  if (operation.command) {
    add('PRECONDITION_FAILED', ...COMMAND_REFUSALS[operation.command]);
    add('CONCURRENCY_CONFLICT', 'STREAM_DELETED', 'IDEMPOTENCY_KEY_REUSED', 'STORE_UNAVAILABLE', 'OUTCOME_UNKNOWN');
  } else {
    add('READ_MODEL_BEHIND');
    if (operation.readsEventStore) add('STORE_UNAVAILABLE');
  }
  return codes;
}

/** The codes of `codes` grouped by status, each group in the order given. */
export function byStatus(codes: readonly ProblemCode[]): Map<number, ProblemCode[]> {
  const groups = new Map<number, ProblemCode[]>();
  for (const code of codes) {
    const status = STATUS_BY_CODE[code];
    groups.set(status, [...(groups.get(status) ?? []), code]);
  }
  return new Map([...groups].sort(([a], [b]) => a - b));
}
