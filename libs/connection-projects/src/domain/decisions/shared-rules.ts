import type { DecisionContext } from '../project.context.js';
import type { ProjectCommand } from '../project.commands.js';
import { isHighVoltage, type CustomerClass, type OrgLevel } from '../project.enums.js';
import { DomainError, validationFailed } from '../project.errors.js';
import type { ProjectEvent, ProjectEventDataMap, ProjectEventType } from '../project.events.js';
import type { ProjectState } from '../project.state.js';
import type { Capacity } from '../project.values.js';
import { policyFor, type ConnectionPolicy } from '../policy/index.js';
import { orgLevelAtLeast } from '../policy/authority.js';
import { decideOccurredAt } from './occurred-at.js';

/** The single event an accepted command appends; occurredAt is decided last, after every rule (API.md order). */
export const accept = <T extends ProjectEventType>(
  type: T,
  data: ProjectEventDataMap[T],
  command: ProjectCommand,
  state: ProjectState,
  ctx: DecisionContext,
): ProjectEvent[] => [
  { type, data, occurredAt: decideOccurredAt(command.occurredAt, state.lastOccurredAt, ctx.now) } as ProjectEvent,
];

export const invalidTransition = (command: ProjectCommand, why: string): DomainError =>
  new DomainError('INVALID_TRANSITION', `${command.type} is not allowed now: ${why}`);

/** The project's class; a history without an application never reaches a decision (NOT_FOUND first). */
export const classOf = (state: ProjectState): CustomerClass => state.customerClass ?? 'lowVoltage';

export const policyOf = (state: ProjectState): ConnectionPolicy => policyFor(state.policyVersion);

export const requireAuthority = (ctx: DecisionContext, required: OrgLevel, what: string): void => {
  if (!orgLevelAtLeast(ctx.actor.orgLevel, required)) {
    throw new DomainError(
      'AUTHORITY_INSUFFICIENT',
      `${what} requires org level ${required} or above; ${ctx.actor.name} is at ${ctx.actor.orgLevel} (审批权限不足)`,
    );
  }
};

export const expectedUnit = (customerClass: CustomerClass): Capacity['unit'] => (isHighVoltage(customerClass) ? 'kVA' : 'kW');

export const requirePositive = (field: string, capacity: Capacity): void => {
  if (!(typeof capacity?.value === 'number' && Number.isFinite(capacity.value) && capacity.value > 0)) {
    throw validationFailed(field, 'capacity must be a positive number');
  }
};

export const requireUnit = (field: string, capacity: Capacity, customerClass: CustomerClass): void => {
  const unit = expectedUnit(customerClass);
  if (capacity.unit !== unit) {
    throw new DomainError(
      'UNIT_MISMATCH',
      `${field} is in ${capacity.unit}, but a ${customerClass} customer's capacity is stated in ${unit} (容量单位与客户类别不符)`,
    );
  }
};

export const requireNonEmpty = (field: string, values: readonly string[] | undefined, why: string): void => {
  if (!values || values.length === 0 || values.every((v) => typeof v !== 'string' || v.trim() === '')) {
    throw validationFailed(field, why);
  }
};

export const missingDocuments = (what: string, missing: readonly string[]): DomainError =>
  new DomainError('DOCUMENTS_MISSING', `${what} is missing documents (一次性告知): ${missing.join(', ')}`, {
    missing: [...missing],
  });
