import type { DecisionContext } from '../project.context.js';
import type { ReplySupplyScheme, ReviseSupplyScheme, SupplySchemeFields } from '../project.commands.js';
import {
  HIGH_VOLTAGE_SUPPLY_VOLTAGES,
  LOW_VOLTAGE_SUPPLY_VOLTAGES,
  isHighVoltage,
  type SupplyVoltage,
} from '../project.enums.js';
import { DomainError, validationFailed } from '../project.errors.js';
import type { ProjectEvent } from '../project.events.js';
import type { ProjectState } from '../project.state.js';
import { requiredOrgLevel } from '../policy/index.js';
import {
  accept,
  classOf,
  invalidTransition,
  policyOf,
  requireAuthority,
  requirePositive,
  requireUnit,
} from './shared-rules.js';
import { supplyScheme } from './recorded-values.js';

const hasText = (value: string | undefined): boolean => typeof value === 'string' && value.trim() !== '';

/** Rules shared by the reply and its revisions (SPEC §3.3), in the API.md order: 400, 403, then 422 in SPEC order. */
const checkScheme = (scheme: SupplySchemeFields, state: ProjectState, ctx: DecisionContext, what: string): void => {
  const customerClass = classOf(state);
  const policy = policyOf(state);
  requirePositive('approvedCapacity.value', scheme.approvedCapacity);
  const voltages: readonly SupplyVoltage[] = isHighVoltage(customerClass) ? HIGH_VOLTAGE_SUPPLY_VOLTAGES : LOW_VOLTAGE_SUPPLY_VOLTAGES;
  if (!voltages.includes(scheme.supplyVoltage)) {
    throw validationFailed('supplyVoltage', `a ${customerClass} customer is supplied at ${voltages.join(' / ')}, not ${scheme.supplyVoltage}`);
  }

  const capacity = scheme.approvedCapacity.value;
  const required = requiredOrgLevel(policy, 'schemeReply', { customerClass, capacity, supplyMode: scheme.supplyMode });
  requireAuthority(ctx, required, what);

  requireUnit('approvedCapacity', scheme.approvedCapacity, customerClass);
  if (capacity >= policy.thresholds.dedicatedLineKva && scheme.supplyMode !== 'dedicatedLine') {
    throw new DomainError(
      'DEDICATED_LINE_REQUIRED',
      `An approved capacity of ${capacity} (≥ ${policy.thresholds.dedicatedLineKva} kVA) must be supplied by a dedicated line (专线)`,
    );
  }
  const dualSupplied = scheme.supplyMode === 'dual' || (scheme.supplyMode === 'dedicatedLine' && hasText(scheme.backupSource));
  if (customerClass === 'highVoltageDual' && !dualSupplied) {
    throw new DomainError(
      'DUAL_SUPPLY_REQUIRED',
      'A dual-source customer (高压双电源) needs two independent sources: supply mode dual, or a dedicated line with a backupSource (双专线)',
    );
  }
};

export const replySupplyScheme = (command: ReplySupplyScheme, state: ProjectState, ctx: DecisionContext): ProjectEvent[] => {
  if (state.siteSurveys === 0) throw invalidTransition(command, 'the site survey (现场勘察) comes before the scheme reply');
  if (state.scheme) throw invalidTransition(command, 'the scheme has already been replied; change it with a revision');
  checkScheme(command, state, ctx, 'Replying the supply scheme (供电方案答复)');
  return accept('SupplySchemeReplied', { projectId: command.projectId, ...supplyScheme(command) }, command, state, ctx);
};

/** A correction is a new event, never an edit (SPEC §4); not once construction (or a residential acceptance) has passed. */
export const reviseSupplyScheme = (command: ReviseSupplyScheme, state: ProjectState, ctx: DecisionContext): ProjectEvent[] => {
  if (!state.scheme) throw invalidTransition(command, 'there is no supply scheme to revise yet');
  if (state.constructionStarted) throw invalidTransition(command, 'construction has started; the scheme can no longer be revised');
  if (state.acceptancePassed) throw invalidTransition(command, 'acceptance has passed; the scheme can no longer be revised');
  if (!hasText(command.reason)) throw validationFailed('reason', 'a scheme revision states its reason');
  checkScheme(command, state, ctx, 'Revising the supply scheme (供电方案变更)');
  return accept(
    'SupplySchemeRevised',
    { projectId: command.projectId, ...supplyScheme(command), reason: command.reason },
    command,
    state,
    ctx,
  );
};
