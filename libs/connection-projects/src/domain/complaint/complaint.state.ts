import type { ComplaintStep } from './complaint.enums.js';

/** What the rules need, folded from the complaint's events; `eventCount` 0 means the complaint does not exist. */
export interface ComplaintState {
  eventCount: number;
  complaintId?: string;
  customerId?: string;
  accountId?: string;
  orgUnit?: string;
  /** The last of its facts recorded (SPEC §8: received → contacted → replied → closed). */
  step?: ComplaintStep;
  lastOccurredAt?: string;
}

export const initialComplaintState: ComplaintState = { eventCount: 0 };
