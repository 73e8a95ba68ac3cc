import type { DecisionContext } from '../project.context.js';
import type { ArchiveProject, CancelProject, RecordPostConnectionCheck } from '../project.commands.js';
import { DomainError } from '../project.errors.js';
import type { ProjectEvent } from '../project.events.js';
import type { ProjectState } from '../project.state.js';
import { accept, invalidTransition, policyOf } from './shared-rules.js';

import { missingDossierItems } from './dossier.js';

/** SPEC §3.11 资料归档: after energization, with a complete dossier. */
export const archiveProject = (command: ArchiveProject, state: ProjectState, ctx: DecisionContext): ProjectEvent[] => {
  if (!state.energized) throw invalidTransition(command, 'a project is archived after energization');
  const missing = missingDossierItems(state, policyOf(state));
  if (missing.length > 0) {
    throw new DomainError('DOSSIER_INCOMPLETE', `The dossier is incomplete (归档资料不全): ${missing.join(', ')}`, { missing });
  }
  return accept('ProjectArchived', { projectId: command.projectId, archiveNo: command.archiveNo }, command, state, ctx);
};

/** SPEC §3.12 撤销: any time before energization; terminal. */
export const cancelProject = (command: CancelProject, state: ProjectState, ctx: DecisionContext): ProjectEvent[] => {
  if (state.energized) throw invalidTransition(command, 'an energized project cannot be cancelled');
  return accept(
    'ProjectCancelled',
    { projectId: command.projectId, reason: command.reason, requestedBy: command.requestedBy },
    command,
    state,
    ctx,
  );
};

/** SPEC §3.12 送电后回访检查: once, after energization, before or after archiving. */
export const recordPostConnectionCheck = (
  command: RecordPostConnectionCheck,
  state: ProjectState,
  ctx: DecisionContext,
): ProjectEvent[] => {
  if (!state.energized) throw invalidTransition(command, 'the post-connection check follows energization');
  if (state.postConnectionChecked) throw invalidTransition(command, 'the post-connection check has already been recorded');
  return accept('PostConnectionCheckRecorded', { projectId: command.projectId, findings: command.findings }, command, state, ctx);
};
