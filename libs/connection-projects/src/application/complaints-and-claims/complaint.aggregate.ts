import type { Aggregate } from '#event-sourcing';
import {
  complaintStreamId,
  decodeComplaintEvent,
  encodeComplaintEvent,
  evolveComplaint,
  initialComplaintState,
  type ComplaintEvent,
  type ComplaintState,
} from '../../domain/index.js';

/** The complaint as the generic command handler sees it: stream, fold, and its one decode/encode. */
export const complaintAggregate: Aggregate<ComplaintEvent, ComplaintState> = {
  streamId: complaintStreamId,
  initialState: initialComplaintState,
  evolve: evolveComplaint,
  decode: decodeComplaintEvent,
  encode: (event) => ({ ...encodeComplaintEvent(event), occurredAt: event.occurredAt }),
};
