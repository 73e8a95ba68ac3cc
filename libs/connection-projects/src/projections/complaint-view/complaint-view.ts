import type { Channel, ComplaintClockName, ComplaintStep, Satisfaction } from '../../domain/index.js';
import type { ClockInstance, EvaluatedClock } from '../../domain/sla/index.js';

export type ComplaintClockRecord = ClockInstance<ComplaintClockName>;

/** Stored per complaint (collection `complaint-view`): its facts in order, and the clock instances it is evaluated from. */
export interface ComplaintViewDocument {
  complaintId: string;
  customerId: string;
  accountId?: string;
  orgUnit: string;
  channel: Channel;
  category: string;
  description: string;
  /** received → contacted → replied → closed (SPEC §8). */
  status: ComplaintStep;
  receivedAt: string;
  contact?: { at: string; notes?: string };
  reply?: { at: string; resolution: string };
  closedAt?: string;
  /** The revisit's verdict (回访), once closed. */
  satisfaction?: Satisfaction;
  clockRecords: ComplaintClockRecord[];
  version: number;
  position: number;
  updatedAt: string;
}

/** The complaint view as API.md answers it: the document with its clocks as of a time. */
export type ComplaintView = Omit<ComplaintViewDocument, 'clockRecords'> & { clocks: EvaluatedClock<ComplaintClockName>[] };
