import { schemaDecoder, schemaEncoder, type RecordedEvent, type UpcastersOf } from '../event-decoding.js';
import { isComplaintEventType, type ComplaintEvent, type ComplaintEventType } from './complaint.events.js';

/** The schema version each complaint event type is written with today; raised only with an upcaster from the one before. */
export const COMPLAINT_EVENT_SCHEMA: { readonly [T in ComplaintEventType]: number } = {
  ComplaintReceived: 1,
  ComplainantContacted: 1,
  ComplaintReplied: 1,
  ComplaintClosed: 1,
};

export type ComplaintUpcasters = UpcastersOf<ComplaintEventType>;

/** None yet: every stored shape is today's. */
export const COMPLAINT_UPCASTERS: ComplaintUpcasters = {};

export type ComplaintEventDecoder = (recorded: RecordedEvent) => ComplaintEvent | null;

export const complaintEventDecoder = (schema: typeof COMPLAINT_EVENT_SCHEMA, upcasters: ComplaintUpcasters): ComplaintEventDecoder =>
  schemaDecoder<ComplaintEventType, ComplaintEvent>(isComplaintEventType, schema, upcasters);

/** The one decode function of the complaint aggregate: its repository and every reader of its stream go through it. */
export const decodeComplaintEvent: ComplaintEventDecoder = complaintEventDecoder(COMPLAINT_EVENT_SCHEMA, COMPLAINT_UPCASTERS);

export const encodeComplaintEvent = schemaEncoder<ComplaintEventType, ComplaintEvent>(COMPLAINT_EVENT_SCHEMA);
