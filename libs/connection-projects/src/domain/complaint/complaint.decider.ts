import { requireAccountOf, type NamedAccountContext } from '../account/named-account.js';
import { fact } from '../decisions/recorded-values.js';
import { businessTimeOf, type BusinessTime } from '../decisions/occurred-at.js';
import { CHANNELS } from '../project.enums.js';
import { DomainError, validationFailed } from '../project.errors.js';
import type { CloseComplaint, ComplaintCommand, ContactComplainant, ReceiveComplaint, ReplyToComplaint } from './complaint.commands.js';
import { SATISFACTIONS, type ComplaintStep } from './complaint.enums.js';
import type { ComplaintEvent, ComplaintEventDataMap, ComplaintEventType } from './complaint.events.js';
import { evolveComplaint } from './complaint.evolve.js';
import { initialComplaintState, type ComplaintState } from './complaint.state.js';

/** The one event an accepted complaint command appends (SPEC §9: exactly one event per command). */
const accept = <T extends ComplaintEventType>(type: T, data: ComplaintEventDataMap[T], at: BusinessTime): ComplaintEvent[] => [
  { type, data, occurredAt: at.occurredAt } as ComplaintEvent,
];

const businessTime = (command: ComplaintCommand, state: ComplaintState, ctx: NamedAccountContext): BusinessTime =>
  businessTimeOf(command.occurredAt, state.lastOccurredAt, ctx.now, 'complaint');

/** SPEC §8: contacted, replied, closed, in that order, each once: anything else is out of sequence (409). */
const requireStep = (command: ComplaintCommand, state: ComplaintState, expected: ComplaintStep): void => {
  if (state.step !== expected) {
    throw new DomainError(
      'INVALID_TRANSITION',
      `${command.type} is not allowed now: complaint ${command.complaintId} is ${state.step ?? 'not received'}, not ${expected} (投诉须依次联系、答复、回访)`,
    );
  }
};

/** 受理投诉: a new stream; the named account must be the customer's, and gives the complaint its org unit. */
const receiveComplaint = (command: ReceiveComplaint, state: ComplaintState, ctx: NamedAccountContext): ComplaintEvent[] => {
  if (!(CHANNELS as readonly string[]).includes(command.channel)) throw validationFailed('channel', `unknown channel '${command.channel}'`);
  if (state.eventCount > 0) throw new DomainError('INVALID_TRANSITION', `Complaint ${command.complaintId} has already been received`);
  const at = businessTime(command, state, ctx);
  const account = command.accountId === undefined ? undefined : requireAccountOf(command.customerId, command.accountId, ctx.account);
  return accept(
    'ComplaintReceived',
    fact({
      complaintId: command.complaintId,
      customerId: command.customerId,
      accountId: command.accountId,
      channel: command.channel,
      category: command.category,
      description: command.description,
      orgUnit: account?.orgUnit ?? ctx.actor.orgUnit,
    }),
    at,
  );
};

const contactComplainant = (command: ContactComplainant, state: ComplaintState, ctx: NamedAccountContext): ComplaintEvent[] => {
  requireStep(command, state, 'received');
  const at = businessTime(command, state, ctx);
  return accept('ComplainantContacted', fact({ complaintId: command.complaintId, notes: command.notes }), at);
};

const replyToComplaint = (command: ReplyToComplaint, state: ComplaintState, ctx: NamedAccountContext): ComplaintEvent[] => {
  requireStep(command, state, 'contacted');
  const at = businessTime(command, state, ctx);
  return accept('ComplaintReplied', { complaintId: command.complaintId, resolution: command.resolution }, at);
};

const closeComplaint = (command: CloseComplaint, state: ComplaintState, ctx: NamedAccountContext): ComplaintEvent[] => {
  if (!(SATISFACTIONS as readonly string[]).includes(command.satisfaction)) {
    throw validationFailed('satisfaction', `unknown satisfaction '${command.satisfaction}'`);
  }
  requireStep(command, state, 'replied');
  const at = businessTime(command, state, ctx);
  return accept('ComplaintClosed', { complaintId: command.complaintId, satisfaction: command.satisfaction }, at);
};

/**
 * One accepted command → exactly one event (SPEC §9); a refused one throws a DomainError and changes nothing. Each
 * decision checks its sequence (409), then the business time (the first 422), then the rules in SPEC order.
 */
export const decideComplaint = (command: ComplaintCommand, state: ComplaintState, ctx: NamedAccountContext): ComplaintEvent[] => {
  if (command.type !== 'ReceiveComplaint' && state.eventCount === 0) {
    throw new DomainError('NOT_FOUND', `Complaint ${command.complaintId} does not exist`);
  }
  switch (command.type) {
    case 'ReceiveComplaint':
      return receiveComplaint(command, state, ctx);
    case 'ContactComplainant':
      return contactComplainant(command, state, ctx);
    case 'ReplyToComplaint':
      return replyToComplaint(command, state, ctx);
    case 'CloseComplaint':
      return closeComplaint(command, state, ctx);
    default:
      throw validationFailed('type', `unknown command type '${(command as { type?: unknown }).type}'`);
  }
};

export interface ComplaintDecider {
  decide: typeof decideComplaint;
  evolve: typeof evolveComplaint;
  initialState: ComplaintState;
}

export const complaintDecider: ComplaintDecider = { decide: decideComplaint, evolve: evolveComplaint, initialState: initialComplaintState };
