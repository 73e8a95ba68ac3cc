import type { DecisionContext, NamedAccount } from '../project.context.js';
import type { AcceptApplication, RecordSiteSurvey } from '../project.commands.js';
import { DomainError, validationFailed } from '../project.errors.js';
import type { ProjectEvent } from '../project.events.js';
import type { ProjectState } from '../project.state.js';
import { DEFAULT_POLICY_SCHEDULE, missingFrom, policyFor, policyInForce, requiredApplicationDocuments } from '../policy/index.js';
import { accept, invalidTransition, missingDocuments, requirePositive, requireUnit } from './shared-rules.js';
import { capacity, customer, fact } from './recorded-values.js';

/** SPEC §3.1 受理. The policy in force now is recorded on the event and governs the project for life (§6). */
export const acceptApplication = (command: AcceptApplication, state: ProjectState, ctx: DecisionContext): ProjectEvent[] => {
  if (state.eventCount > 0) {
    if (state.archived || state.cancelled) {
      throw new DomainError('PROJECT_CLOSED', `Project ${command.projectId} is closed; an application cannot reopen it`);
    }
    throw invalidTransition(command, `project ${command.projectId} already exists`);
  }
  requirePositive('requestedCapacity.value', command.requestedCapacity);
  const { customerClass, subtype } = command;
  if (customerClass === 'residential' && subtype !== undefined) {
    throw validationFailed('subtype', 'a residential application has no subtype (industrial/commercial is for low and high voltage)');
  }
  if (customerClass !== 'residential' && subtype === undefined) {
    throw validationFailed('subtype', `a ${customerClass} application needs a subtype: industrial or commercial`);
  }
  if (command.accountId !== undefined && command.businessType !== 'capacityIncrease') {
    throw validationFailed('accountId', 'only a capacity increase (增容) names an existing supply account');
  }

  // The application's business day picks the version (SPEC §6); a malformed occurredAt is refused later, so the pick
  // then falls back to the server's day (the event is never written anyway).
  const pickAt = command.occurredAt !== undefined && !Number.isNaN(Date.parse(command.occurredAt)) ? command.occurredAt : ctx.now;
  const policyVersion = ctx.policyVersion ?? policyInForce(ctx.policySchedule ?? DEFAULT_POLICY_SCHEDULE, pickAt);
  const policy = policyFor(policyVersion);
  const missing = missingFrom(requiredApplicationDocuments(policy, command), command.documents ?? []);
  if (missing.length > 0) throw missingDocuments('The application', missing);
  requireUnit('requestedCapacity', command.requestedCapacity, customerClass);

  const accepted = accept(
    'ApplicationAccepted',
    fact({
      projectId: command.projectId,
      customer: customer(command.customer),
      customerClass,
      subtype,
      businessType: command.businessType,
      requestedCapacity: capacity(command.requestedCapacity),
      supplyAddress: command.supplyAddress,
      orgUnit: command.orgUnit,
      channel: command.channel,
      rented: command.rented,
      documents: command.documents,
      policyVersion,
      accountId: command.accountId,
    }),
    command,
    state,
    ctx,
  );
  if (command.accountId !== undefined) requireOwnActiveAccount(command.accountId, command.customer.id, ctx.namedAccount);
  return accepted;
};

/** SPEC §7.1: the application's last 422 rule, checked on what the command service read of the named account. */
const requireOwnActiveAccount = (accountId: string, customerId: string, named: NamedAccount | undefined): void => {
  const known = named?.accountId === accountId ? named : undefined;
  const why =
    known?.customerId === undefined
      ? 'does not exist'
      : known.customerId !== customerId
        ? "is not this customer's"
        : known.closed
          ? 'is closed (已销户)'
          : null;
  if (why) throw new DomainError('ACCOUNT_INVALID', `Supply account ${accountId} ${why}; a capacity increase names an active account of its customer`);
};

/** SPEC §3.2 现场勘察: repeatable (the last one counts) until the scheme is replied. */
export const recordSiteSurvey = (command: RecordSiteSurvey, state: ProjectState, ctx: DecisionContext): ProjectEvent[] => {
  if (state.scheme) throw invalidTransition(command, 'the supply scheme has already been replied; surveys come before it');
  return accept(
    'SiteSurveyed',
    { projectId: command.projectId, findings: command.findings, proposedScheme: command.proposedScheme },
    command,
    state,
    ctx,
  );
};
