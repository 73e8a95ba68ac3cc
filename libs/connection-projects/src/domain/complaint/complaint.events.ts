import type { EventOf, EventsOf } from '../event-decoding.js';
import type { Channel } from '../project.enums.js';
import type { Satisfaction } from './complaint.enums.js';

/**
 * Events of a complaint (投诉, SPEC §8): stable string types, each event's data written out as the fact it records
 * (STYLE.md), mapped field by field from its command. Never rename a type or change a stored shape in place: a new
 * schema version and an upcaster (complaint.event-schema.ts) instead.
 */
export const complaintStreamId = (complaintId: string): string => `complaint-${complaintId}`;

/** Every event names its complaint (STYLE.md: data carries the aggregate's id). */
interface ComplaintFact {
  complaintId: string;
}

/** 受理投诉: `orgUnit` is the account's when one is named, else the recording clerk's (the unit answerable for it). */
export interface ComplaintReceivedData extends ComplaintFact {
  customerId: string;
  accountId?: string;
  channel: Channel;
  category: string;
  description: string;
  orgUnit: string;
}

/** The complainant reached (the `complaintContact` clock stops). */
export interface ComplainantContactedData extends ComplaintFact {
  notes?: string;
}

/** 答复 (the `complaintReply` clock stops). */
export interface ComplaintRepliedData extends ComplaintFact {
  resolution: string;
}

/** 回访 done: terminal. */
export interface ComplaintClosedData extends ComplaintFact {
  satisfaction: Satisfaction;
}

export interface ComplaintEventDataMap {
  ComplaintReceived: ComplaintReceivedData;
  ComplainantContacted: ComplainantContactedData;
  ComplaintReplied: ComplaintRepliedData;
  ComplaintClosed: ComplaintClosedData;
}

export type ComplaintEventType = keyof ComplaintEventDataMap;

export type ComplaintEventOf<T extends ComplaintEventType> = EventOf<ComplaintEventDataMap, T>;

export type ComplaintEvent = EventsOf<ComplaintEventDataMap>;

export const COMPLAINT_EVENT_TYPES = ['ComplaintReceived', 'ComplainantContacted', 'ComplaintReplied', 'ComplaintClosed'] as const satisfies readonly ComplaintEventType[];

export const isComplaintEventType = (type: string): type is ComplaintEventType => (COMPLAINT_EVENT_TYPES as readonly string[]).includes(type);
