import type { DecisionContext } from '../project.context.js';
import type { EndCustomerWait, StartCustomerWait } from '../project.commands.js';
import type { ProjectEvent } from '../project.events.js';
import type { ProjectState } from '../project.state.js';
import { fact } from './recorded-values.js';
import { accept, invalidTransition } from './shared-rules.js';

/** SPEC §3.14: waits are recorded while the project is active and not yet energized (closure is checked before). */
const requireNotEnergized = (command: StartCustomerWait | EndCustomerWait, state: ProjectState): void => {
  if (state.energized) throw invalidTransition(command, 'the project is energized: it no longer waits on the customer');
};

/** SPEC §3.14 客户原因暂停计时: at most one wait open; other commands go on normally during it. */
export const startCustomerWait = (command: StartCustomerWait, state: ProjectState, ctx: DecisionContext): ProjectEvent[] => {
  requireNotEnergized(command, state);
  if (state.customerWaitOpen) throw invalidTransition(command, 'a wait on the customer is already open; end it first');
  return accept('CustomerWaitStarted', { projectId: command.projectId, kind: command.kind, reason: command.reason }, command, state, ctx);
};

/** SPEC §3.14: ends the open wait; there must be one. */
export const endCustomerWait = (command: EndCustomerWait, state: ProjectState, ctx: DecisionContext): ProjectEvent[] => {
  requireNotEnergized(command, state);
  if (!state.customerWaitOpen) throw invalidTransition(command, 'no wait on the customer is open');
  return accept('CustomerWaitEnded', fact({ projectId: command.projectId, notes: command.notes }), command, state, ctx);
};
