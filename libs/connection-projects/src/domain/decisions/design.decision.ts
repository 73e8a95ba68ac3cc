import type { DecisionContext } from '../project.context.js';
import type { ReviewDesign, SubmitDesign } from '../project.commands.js';
import type { ChosenParty } from '../project.values.js';
import { DomainError } from '../project.errors.js';
import type { ProjectEvent } from '../project.events.js';
import type { ProjectState } from '../project.state.js';
import { missingFrom, requiredDesignDocuments, requiredOrgLevel } from '../policy/index.js';
import {
  accept,
  classOf,
  invalidTransition,
  missingDocuments,
  policyOf,
  requireAuthority,
  requireNonEmpty,
} from './shared-rules.js';
import { designer } from './recorded-values.js';

/**
 * 三不指定: the utility designates no designer, contractor or equipment supplier (SPEC §3.4). Shared with construction
 * start. `parties` pairs a label (for the message) with the party.
 */
export const refuseUtilityDesignation = (parties: [string, ChosenParty | undefined][]): void => {
  const designated = parties.filter(([, party]) => party?.selectedBy === 'utility').map(([label, party]) => `${label} ${party!.name}`);
  if (designated.length > 0) {
    throw new DomainError(
      'UTILITY_DESIGNATION_FORBIDDEN',
      `The utility may not designate ${designated.join(', ')}: designers, contractors and suppliers are the customer's choice (三不指定)`,
    );
  }
};

/** SPEC §3.4 设计送审: non-residential, after the scheme reply, one review pending at a time. */
export const submitDesign = (command: SubmitDesign, state: ProjectState, ctx: DecisionContext): ProjectEvent[] => {
  const customerClass = classOf(state);
  if (customerClass === 'residential') throw invalidTransition(command, 'residential projects have no design review');
  if (!state.scheme) throw invalidTransition(command, 'the design is submitted after the supply scheme reply');
  if (state.designPendingReview) throw invalidTransition(command, `design round ${state.designRounds} is still awaiting its review`);
  if (state.designApproved) throw invalidTransition(command, 'the design has already been approved');
  if (state.constructionStarted) throw invalidTransition(command, 'construction has already started');

  refuseUtilityDesignation([['designer', command.designer]]);
  const missing = missingFrom(requiredDesignDocuments(policyOf(state), customerClass), command.documents ?? []);
  if (missing.length > 0) throw missingDocuments('The design submission', missing);

  return accept(
    'DesignSubmitted',
    { projectId: command.projectId, designer: designer(command.designer), documents: command.documents, round: state.designRounds + 1 },
    command,
    state,
    ctx,
  );
};

/** SPEC §3.4 审查意见: approved, or rejected with all written opinions at once; authority on the scheme in force (§2). */
export const reviewDesign = (command: ReviewDesign, state: ProjectState, ctx: DecisionContext): ProjectEvent[] => {
  if (!state.designPendingReview) throw invalidTransition(command, 'no design submission is awaiting review');
  if (command.result === 'rejected') {
    requireNonEmpty('opinions', command.opinions, 'a rejected design needs its written opinions, all at once (一次性书面意见)');
  }
  const scheme = state.scheme;
  const required = requiredOrgLevel(policyOf(state), 'designReview', {
    customerClass: classOf(state),
    capacity: scheme?.approvedCapacity?.value ?? 0,
    supplyMode: scheme?.supplyMode ?? 'single',
  });
  requireAuthority(ctx, required, 'Reviewing the design (设计审查)');
  return accept(
    'DesignReviewed',
    { projectId: command.projectId, result: command.result, opinions: command.opinions, round: state.designRounds },
    command,
    state,
    ctx,
  );
};
