import type { OpenAPIObject } from '@nestjs/swagger';

type Document = OpenAPIObject;
type OperationObject = NonNullable<Document['paths'][string]['get']>;
type ResponseObject = Extract<OperationObject['responses'][string], { description: string }>;
type SchemaObject = NonNullable<NonNullable<Document['components']>['schemas']>[string];
import { ROLES, ROLES_EXTENSION } from '../auth/roles.decorator.js';
import { aggregateOf, byStatus, COMMAND_REFUSALS, refusalCodes, type Aggregate, type CommandType, type OperationTraits, type ProblemCode } from './answers.js';
import { problem, PROBLEM_CONTENT_TYPE } from './problem.js';

/** Marks the operations that answer from the event store itself (read by the generator, then removed). */
export const READS_EVENT_STORE_EXTENSION = 'x-reads-event-store';

const PROBLEM_MEDIA_TYPE = PROBLEM_CONTENT_TYPE.split(';')[0]!;

/** RFC 9457 problem details as API.md "Errors" defines them. */
const PROBLEM_SCHEMA: SchemaObject = {
  type: 'object',
  description: 'RFC 9457 problem details; `code` is the machine code to switch on',
  required: ['type', 'title', 'status', 'detail', 'code'],
  properties: {
    type: { type: 'string', example: 'urn:connection-projects:problem:invalid-transition' },
    title: { type: 'string', example: 'Conflict' },
    status: { type: 'integer', example: 409 },
    detail: { type: 'string' },
    code: { type: 'string' },
    errors: {
      type: 'array',
      description: 'VALIDATION_FAILED: every offending field',
      items: { type: 'object', required: ['field', 'message'], properties: { field: { type: 'string' }, message: { type: 'string' } } },
    },
    missing: { type: 'array', description: 'DOCUMENTS_MISSING, DOSSIER_INCOMPLETE: every missing item at once', items: { type: 'string' } },
  },
};

/** What an example of each code says (the detail of a real answer names the project, field or document). */
const EXAMPLE_DETAIL: Record<ProblemCode, string> = {
  VALIDATION_FAILED: 'findings: findings should not be empty',
  UNAUTHORIZED: 'A Bearer token is required',
  FORBIDDEN: 'Role viewer may not call this route',
  NOT_FOUND: 'Project prj-1 does not exist',
  INVALID_TRANSITION: 'The command is not allowed in the project’s current step',
  PROJECT_CLOSED: 'Project prj-1 is cancelled (已撤销)',
  CONCURRENCY_CONFLICT: 'Another command changed this project first; nothing was written. Reload and retry.',
  STREAM_DELETED: 'The stream of this subject was deleted',
  PRECONDITION_FAILED: 'If-Match "3" does not match the current version 4',
  PAYLOAD_TOO_LARGE: 'The request body is larger than 1 MiB',
  URI_TOO_LONG: 'The path parameter is longer than 1,000 characters',
  UNSUPPORTED_MEDIA_TYPE: 'Unsupported Media Type: text/plain',
  AUTHORITY_INSUFFICIENT: 'This decision requires org level city or above (审批权限不足)',
  DOCUMENTS_MISSING: 'Documents are missing (一次性告知): LOAD_DETAILS',
  DEDICATED_LINE_REQUIRED: 'An approved capacity of 3000 must be supplied by a dedicated line (专线)',
  DUAL_SUPPLY_REQUIRED: 'A dual-source customer (高压双电源) needs two independent sources',
  UNIT_MISMATCH: 'The capacity is in kW, but a highVoltageDual customer’s capacity is stated in kVA',
  UTILITY_DESIGNATION_FORBIDDEN: 'The utility may not designate the designer, contractor or suppliers (三不指定)',
  INSPECTION_REQUIRED: 'A high-voltage project needs a passed intermediate inspection before completion (中间检查)',
  CONTRACT_REQUIRED: 'Energization needs a signed supply contract (供用电合同) first',
  DOSSIER_INCOMPLETE: 'The dossier is incomplete (归档资料不全): contract',
  OCCURRED_AT_INVALID: 'occurredAt is in the future; 业务时间不得晚于当前时间',
  ACCOUNT_CLOSED: 'Account acct-1 is closed (已销户); it accepts no command',
  NOTICE_TOO_SHORT: 'from 2025-09-01 must be at least 5 calendar days after the request\'s day 2025-08-30 (提前五天申请)',
  SUSPENSION_TOO_SHORT: '2025-09-01..2025-09-10 is 10 days; a suspension lasts at least 15 days',
  CAPACITY_EXCEEDED: '500 kVA exceeds what can still be suspended over 2025-09-01..2025-09-30: 400 (contract 400, already suspended 0)',
  WHOLE_CAPACITY_REQUIRED: 'A large-industry (two-part tariff) account suspends its whole contract capacity (400 kVA), not 200',
  SUSPENSION_LIMIT_REACHED: '2 suspensions already start in 2025; at most 2 a year',
  SUSPENSION_YEARLY_LIMIT: 'Suspended days in 2025 would exceed 183: 122 days already suspended in 2025 + 62 = 184',
  REMOVAL_EXPIRED: 'The meter was removed on 2025-03-03; reinstallation could be asked until 2025-09-03: apply as a new connection (暂拆超过六个月按新装办理)',
  RELOCATION_NOT_ALLOWED: 'A meter is relocated only when the address, tariff and supply point stay the same; not confirmed: addressUnchanged',
  TARIFF_UNCHANGED: 'The account\'s tariff category is already ordinaryIndustrial',
  BILLS_OUTSTANDING: 'Closing an account requires every bill to be settled first (结清电费后方可办理)',
  CAPACITY_SPLIT_MISMATCH: 'The parts add up to 400 kVA, not the contract capacity 200 (分户容量之和须等于合同容量)',
  NOT_LATE: 'Paid on 2025-12-20, not after the due date 2025-12-20: no late-payment charge',
  ACCOUNT_INVALID: 'Account acct-1 is not an account of customer cust-2 (非该客户的用电户)',
  CLAIM_NOT_ELIGIBLE: "Account acct-1 is commercial: only residential customers' household appliances are compensated (居民用户)",
  CLAIM_TOO_LATE: 'Filed on 2025-07-09, 8 days after the damage on 2025-07-01: a claim must be filed within 7 days (逾期不予受理)',
  IDEMPOTENCY_KEY_REUSED: 'Idempotency-Key k-1 was used with another request',
  STORE_UNAVAILABLE: 'The event store could not be reached; nothing was written',
  OUTCOME_UNKNOWN: 'The write may have happened; retry with the same Idempotency-Key',
  READ_MODEL_BEHIND: 'The read models have not reached position 1042 within 5 s; retry shortly',
};

const EXAMPLE_EXTRA: Partial<Record<ProblemCode, object>> = {
  VALIDATION_FAILED: { errors: [{ field: 'findings', message: 'findings should not be empty' }] },
  DOCUMENTS_MISSING: { missing: ['LOAD_DETAILS'] },
  DOSSIER_INCOMPLETE: { missing: ['contract'] },
};

const HEADERS_BY_STATUS: Record<number, ResponseObject['headers']> = {
  401: { 'WWW-Authenticate': { description: 'The scheme to authenticate with', required: true, schema: { type: 'string', enum: ['Bearer'] } } },
  503: { 'Retry-After': { description: 'Seconds to wait before retrying', required: true, schema: { type: 'string', pattern: '^[0-9]+$' } } },
};

/** What an example says differently when the command's subject is not a project (404 names the subject it looked for). */
const EXAMPLE_DETAIL_OF: Record<Aggregate, Partial<Record<ProblemCode, string>>> = {
  project: {},
  account: {
    NOT_FOUND: 'Account acct-1 does not exist',
    INVALID_TRANSITION: 'ExecuteTemporaryRemoval is not allowed now: no temporary removal has been requested',
    CONCURRENCY_CONFLICT: 'Another command changed this account first; nothing was written. Reload and retry.',
  },
  complaint: {
    NOT_FOUND: 'Complaint cmp-1 does not exist',
    INVALID_TRANSITION: 'ReplyToComplaint is not allowed now: complaint cmp-1 is received, not contacted (投诉须依次联系、答复、回访)',
    CONCURRENCY_CONFLICT: 'Another command changed this complaint first; nothing was written. Reload and retry.',
  },
  claim: {
    NOT_FOUND: 'Claim clm-1 does not exist',
    INVALID_TRANSITION: 'SettleDamageClaim is not allowed now: claim clm-1 is filed, not investigated',
    CONCURRENCY_CONFLICT: 'Another command changed this claim first; nothing was written. Reload and retry.',
  },
};

/** The 201 body of each aggregate's commands: `{ <subject>Id, version, position, events }` (API.md). */
const COMMAND_ANSWER_SCHEMA: Record<Aggregate, string> = {
  project: 'CommandAnswerDto',
  account: 'AccountCommandAnswerDto',
  complaint: 'ComplaintCommandAnswerDto',
  claim: 'ClaimCommandAnswerDto',
};

const etagHeader = (aggregate: Aggregate) => ({
  ETag: {
    description: `The ${aggregate}’s stream version after the command, quoted (the answer’s \`version\`)`,
    required: true,
    schema: { type: 'string', pattern: '^"[0-9]+"$' },
  },
});

/** The `x-` extensions Nest copied onto an operation from its decorators. */
const extensionsOf = (operation: OperationObject): Record<string, unknown> => operation as unknown as Record<string, unknown>;

/** A command route's method is named after its command (`grantSuspension` → GrantSuspension), whatever its aggregate. */
const commandOf = (operation: OperationObject): CommandType | undefined => {
  const method = operation.operationId?.split('_').at(-1) ?? '';
  const type = method.charAt(0).toUpperCase() + method.slice(1);
  return type in COMMAND_REFUSALS ? (type as CommandType) : undefined;
};

/** What the refusals of one operation depend on, read from the document Nest generated from its route. */
export function traitsOf(method: string, path: string, operation: OperationObject): OperationTraits & { authenticated: boolean } {
  const command = method === 'post' ? commandOf(operation) : undefined;
  if (method === 'post' && !command) throw new Error(`${operation.operationId}: a command route whose decision declares no refusals`);
  const roles = extensionsOf(operation)[ROLES_EXTENSION] as string[] | undefined;
  return {
    ...(command ? { command } : {}),
    authenticated: (operation.security?.length ?? 0) > 0,
    subject: path.includes('{'),
    restricted: ROLES.some((role) => role !== 'admin' && !(roles ?? []).includes(role)),
    readsEventStore: extensionsOf(operation)[READS_EVENT_STORE_EXTENSION] === true,
  };
}

function problemResponse(status: number, codes: ProblemCode[], description: string | undefined, aggregate: Aggregate): ResponseObject {
  const detail = (code: ProblemCode) => EXAMPLE_DETAIL_OF[aggregate][code] ?? EXAMPLE_DETAIL[code];
  const examples = Object.fromEntries(codes.map((code) => [code, { summary: code, value: problem(status, code, detail(code), EXAMPLE_EXTRA[code]) }]));
  const schema: SchemaObject = {
    allOf: [
      { $ref: '#/components/schemas/Problem' },
      { type: 'object', required: ['code'], properties: { status: { type: 'integer', enum: [status] }, code: { type: 'string', enum: codes } } },
    ],
  };
  return {
    description: description ?? codes.join(', '),
    ...(HEADERS_BY_STATUS[status] ? { headers: HEADERS_BY_STATUS[status] } : {}),
    content: { [PROBLEM_MEDIA_TYPE]: { schema, examples } },
  };
}

/**
 * Adds to every operation each answer it can give besides its success (API.md: a client generated from the document
 * must know them all): one problem+json response per status, its `code` an enum of exactly that operation's codes,
 * with examples and headers, and a command's 201 with its body and ETag. Nothing here names a route: the codes come
 * from the decisions' declarations and the HTTP layer's table (answers.ts).
 */
export function describeEveryAnswer(document: OpenAPIObject): OpenAPIObject {
  document.components = { ...document.components, schemas: { ...document.components?.schemas, Problem: PROBLEM_SCHEMA } };
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item) as [string, OperationObject][]) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const traits = traitsOf(method, path, operation);
      delete extensionsOf(operation)[ROLES_EXTENSION];
      delete extensionsOf(operation)[READS_EVENT_STORE_EXTENSION];
      // A query names its subject in its path (a 404 example of an account route speaks of an account).
      const aggregate = traits.command ? aggregateOf(traits.command) : path.startsWith('/api/accounts') ? 'account' : 'project';
      if (traits.command) {
        const created = (operation.responses['201'] ?? { description: '' }) as ResponseObject;
        operation.responses['201'] = {
          ...created,
          headers: { ...created.headers, ...etagHeader(aggregate) },
          content: created.content ?? { 'application/json': { schema: { $ref: `#/components/schemas/${COMMAND_ANSWER_SCHEMA[aggregate]}` } } },
        };
      }
      if (!traits.authenticated) continue;
      for (const [status, codes] of byStatus(refusalCodes(traits))) {
        const existing = operation.responses[String(status)] as ResponseObject | undefined;
        operation.responses[String(status)] = problemResponse(status, codes, existing?.description, aggregate);
      }
    }
  }
  return document;
}
