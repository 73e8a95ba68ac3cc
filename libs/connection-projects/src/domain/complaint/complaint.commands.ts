import type { Channel } from '../project.enums.js';
import type { Satisfaction } from './complaint.enums.js';

/** Complaint commands (投诉, SPEC §8): the API.md body of each route, plus `complaintId` and the optional business time. */
interface ComplaintCommandBase {
  complaintId: string;
  /** ISO 8601 with offset; absent = decided as max(now, previous event). */
  occurredAt?: string;
}

/** The clerk records a complaint; the customer need not be known to the system, the account (if named) must be its. */
export interface ReceiveComplaint extends ComplaintCommandBase {
  type: 'ReceiveComplaint';
  customerId: string;
  accountId?: string;
  /** 95598 hotline, the service window, online. */
  channel: Channel;
  category: string;
  description: string;
}

export interface ContactComplainant extends ComplaintCommandBase {
  type: 'ContactComplainant';
  notes?: string;
}

export interface ReplyToComplaint extends ComplaintCommandBase {
  type: 'ReplyToComplaint';
  resolution: string;
}

/** Closed after the revisit (回访), with the customer's satisfaction. */
export interface CloseComplaint extends ComplaintCommandBase {
  type: 'CloseComplaint';
  satisfaction: Satisfaction;
}

export type ComplaintCommand = ReceiveComplaint | ContactComplainant | ReplyToComplaint | CloseComplaint;

export type ComplaintCommandType = ComplaintCommand['type'];
