import type { DecisionContext } from './project.context.js';
import type { ProjectCommand } from './project.commands.js';
import { DomainError, validationFailed } from './project.errors.js';
import type { ProjectEvent } from './project.events.js';
import { evolve, foldProject } from './project.evolve.js';
import { initialProjectState, type ProjectState } from './project.state.js';
import { acceptApplication, recordSiteSurvey } from './decisions/application.decision.js';
import { replySupplyScheme, reviseSupplyScheme } from './decisions/scheme.decision.js';
import { reviewDesign, submitDesign } from './decisions/design.decision.js';
import {
  recordIntermediateInspection,
  reportCompletion,
  requestIntermediateInspection,
  startConstruction,
} from './decisions/construction.decision.js';
import { endCustomerWait, startCustomerWait } from './decisions/customer-wait.decision.js';
import { installMeterAndEnergize, recordAcceptance, signSupplyContract } from './decisions/acceptance.decision.js';
import { archiveProject, cancelProject, recordPostConnectionCheck } from './decisions/closing.decision.js';

/**
 * Existence and closure come first for every command (API.md: 404 → 409 → 403 → 422); each decision then checks its
 * step, its field rules, the authority, the SPEC rules in order, and last the business time.
 */
const requireOpenProject = (command: ProjectCommand, state: ProjectState): void => {
  if (state.eventCount === 0 || state.customerClass === undefined) {
    throw new DomainError('NOT_FOUND', `Project ${command.projectId} does not exist`);
  }
  if (state.cancelled) throw new DomainError('PROJECT_CLOSED', `Project ${command.projectId} is cancelled (已撤销)`);
  if (state.archived && command.type !== 'RecordPostConnectionCheck') {
    throw new DomainError(
      'PROJECT_CLOSED',
      `Project ${command.projectId} is archived (已归档); only the post-connection check may still be recorded`,
    );
  }
};

/** One accepted command → exactly one event (SPEC §4); a refused one throws a DomainError and changes nothing. */
export const decide = (command: ProjectCommand, state: ProjectState, ctx: DecisionContext): ProjectEvent[] => {
  if (command.type === 'AcceptApplication') return acceptApplication(command, state, ctx);
  requireOpenProject(command, state);
  switch (command.type) {
    case 'RecordSiteSurvey':
      return recordSiteSurvey(command, state, ctx);
    case 'ReplySupplyScheme':
      return replySupplyScheme(command, state, ctx);
    case 'ReviseSupplyScheme':
      return reviseSupplyScheme(command, state, ctx);
    case 'SubmitDesign':
      return submitDesign(command, state, ctx);
    case 'ReviewDesign':
      return reviewDesign(command, state, ctx);
    case 'StartConstruction':
      return startConstruction(command, state, ctx);
    case 'RecordIntermediateInspection':
      return recordIntermediateInspection(command, state, ctx);
    case 'ReportCompletion':
      return reportCompletion(command, state, ctx);
    case 'RecordAcceptance':
      return recordAcceptance(command, state, ctx);
    case 'SignSupplyContract':
      return signSupplyContract(command, state, ctx);
    case 'InstallMeterAndEnergize':
      return installMeterAndEnergize(command, state, ctx);
    case 'ArchiveProject':
      return archiveProject(command, state, ctx);
    case 'CancelProject':
      return cancelProject(command, state, ctx);
    case 'RecordPostConnectionCheck':
      return recordPostConnectionCheck(command, state, ctx);
    case 'RequestIntermediateInspection':
      return requestIntermediateInspection(command, state, ctx);
    case 'StartCustomerWait':
      return startCustomerWait(command, state, ctx);
    case 'EndCustomerWait':
      return endCustomerWait(command, state, ctx);
    default:
      throw validationFailed('type', `unknown command type '${(command as { type?: unknown }).type}'`);
  }
};

export interface ProjectDecider {
  decide: typeof decide;
  evolve: typeof evolve;
  initialState: ProjectState;
}

export const projectDecider: ProjectDecider = { decide, evolve, initialState: initialProjectState };

export { evolve, foldProject };
