import type { DecisionContext } from '../project.context.js';
import type { RecordIntermediateInspection, ReportCompletion, RequestIntermediateInspection, StartConstruction } from '../project.commands.js';
import { isHighVoltage } from '../project.enums.js';
import { DomainError, validationFailed } from '../project.errors.js';
import type { ProjectEvent } from '../project.events.js';
import type { ProjectState } from '../project.state.js';
import { missingFrom, requiredCompletionDocuments } from '../policy/index.js';
import { accept, classOf, invalidTransition, missingDocuments, policyOf, requireNonEmpty } from './shared-rules.js';
import { contractor, fact, party } from './recorded-values.js';
import { refuseUtilityDesignation } from './design.decision.js';

/** SPEC §3.5 开工报告: after design approval; the contractor and suppliers are the customer's choice (三不指定). */
export const startConstruction = (command: StartConstruction, state: ProjectState, ctx: DecisionContext): ProjectEvent[] => {
  if (classOf(state) === 'residential') throw invalidTransition(command, 'residential projects have no construction step');
  if (state.constructionStarted) throw invalidTransition(command, 'construction has already started');
  if (!state.designApproved) throw invalidTransition(command, 'construction starts after the design is approved');
  if (command.plannedCompletion < command.plannedStart) {
    throw validationFailed('plannedCompletion', 'planned completion cannot precede the planned start');
  }
  refuseUtilityDesignation([
    ['contractor', command.contractor],
    ...(command.suppliers ?? []).map((s): [string, typeof s] => ['supplier', s]),
  ]);
  return accept(
    'ConstructionStarted',
    fact({
      projectId: command.projectId,
      contractor: contractor(command.contractor),
      plannedStart: command.plannedStart,
      plannedCompletion: command.plannedCompletion,
      suppliers: command.suppliers?.map(party),
    }),
    command,
    state,
    ctx,
  );
};

/** Inspections belong to the works in progress: after construction start, not while a completion awaits acceptance. */
const requireWorksInProgress = (
  command: RecordIntermediateInspection | ReportCompletion | RequestIntermediateInspection,
  state: ProjectState,
): void => {
  if (classOf(state) === 'residential') throw invalidTransition(command, 'residential projects have no construction step');
  if (!state.constructionStarted) throw invalidTransition(command, 'construction has not started');
  if (state.acceptancePassed) throw invalidTransition(command, 'acceptance has already passed');
  if (state.completionAwaitingAcceptance) throw invalidTransition(command, 'a completion report is awaiting its acceptance');
};

/** SPEC §3.6 中间检查. */
export const recordIntermediateInspection = (
  command: RecordIntermediateInspection,
  state: ProjectState,
  ctx: DecisionContext,
): ProjectEvent[] => {
  requireWorksInProgress(command, state);
  requireNonEmpty('items', command.items, 'an inspection names the items it checked');
  if (command.result === 'rectificationRequired') {
    requireNonEmpty('defects', command.defects, 'a rectification requirement lists the defects found');
  }
  return accept(
    'IntermediateInspectionRecorded',
    fact({
      projectId: command.projectId,
      items: command.items,
      result: command.result,
      defects: command.defects,
      copiesTo: command.copiesTo,
      round: state.inspections.length + 1,
    }),
    command,
    state,
    ctx,
  );
};

/** SPEC §3.13 中间检查申请: while the works are in progress; one request open at a time, answered by the next inspection. */
export const requestIntermediateInspection = (
  command: RequestIntermediateInspection,
  state: ProjectState,
  ctx: DecisionContext,
): ProjectEvent[] => {
  requireWorksInProgress(command, state);
  if (state.inspectionRequestOpen) {
    throw invalidTransition(command, 'an intermediate inspection request is already open; the next inspection answers it');
  }
  return accept(
    'IntermediateInspectionRequested',
    fact({ projectId: command.projectId, stage: command.stage, contact: command.contact, round: state.inspectionRequests + 1 }),
    command,
    state,
    ctx,
  );
};

/** SPEC §3.6–§3.7 竣工报告: HV needs a passed inspection and no open rectification, then the complete documents. */
export const reportCompletion = (command: ReportCompletion, state: ProjectState, ctx: DecisionContext): ProjectEvent[] => {
  requireWorksInProgress(command, state);
  const customerClass = classOf(state);
  if (isHighVoltage(customerClass)) {
    const passed = state.inspections.some((i) => i.result === 'passed');
    const latest = state.inspections.at(-1);
    if (!passed || latest?.result === 'rectificationRequired') {
      throw new DomainError(
        'INSPECTION_REQUIRED',
        passed
          ? 'The latest intermediate inspection requires rectification; record a passed re-inspection first (中间检查整改未完成)'
          : 'A high-voltage project needs at least one passed intermediate inspection before completion (中间检查)',
      );
    }
  }
  const missing = missingFrom(requiredCompletionDocuments(policyOf(state), customerClass), command.documents ?? []);
  if (missing.length > 0) throw missingDocuments('The completion report', missing);
  return accept('CompletionReported', { projectId: command.projectId, documents: command.documents }, command, state, ctx);
};
