import type { AccountState } from '../../account/account.state.js';
import { foldAccount } from '../../account/account.evolve.js';
import { initialAccountState } from '../../account/account.state.js';
import type { NamedAccountContext } from '../../account/named-account.js';
import { FIXTURE_ACCOUNT_ID, residentialAccountOpened } from '../../account/testing/account.fixtures.js';
import { decisionContext } from '../../testing/context.fixtures.js';
import type { CloseComplaint, ContactComplainant, ReceiveComplaint, ReplyToComplaint } from '../complaint.commands.js';
import type { ComplaintEventDataMap, ComplaintEventOf, ComplaintEventType } from '../complaint.events.js';

/**
 * Complaint fixtures: customer c-0001 with its residential account (HZ-XH-BRANCH); a complaint received on
 * 2025-10-10 by a station clerk; decisions run at COMPLAINT_NOW unless a command carries its own business time.
 */
export const FIXTURE_COMPLAINT_ID = 'cmp-0001';
export const COMPLAINT_CUSTOMER_ID = 'c-0001';
export const CLERK_ORG_UNIT = 'HZ-XH-STATION-01';
export const ACCOUNT_ORG_UNIT = 'HZ-XH-BRANCH';
export const COMPLAINT_NOW = '2025-10-31T02:00:00.000Z';
export const RECEIVED_AT = '2025-10-10T08:00:00.000Z';

export const on = (day: string, time = '01:00:00'): string => `${day}T${time}.000Z`;

/** The customer's residential account as the command service reads it. */
export const customerAccount = (): AccountState => foldAccount([residentialAccountOpened()], initialAccountState);

/** A station clerk deciding at `now`, with the named account's state when there is one. */
export const serviceContext = (o: { now?: string; account?: AccountState } = {}): NamedAccountContext => ({
  ...decisionContext({ now: o.now ?? COMPLAINT_NOW, roles: ['clerk'], orgLevel: 'station', orgUnit: CLERK_ORG_UNIT }),
  ...(o.account ? { account: o.account } : {}),
});

const base = { complaintId: FIXTURE_COMPLAINT_ID };

export const receiveComplaint = (o: Partial<ReceiveComplaint> = {}): ReceiveComplaint => ({
  type: 'ReceiveComplaint',
  ...base,
  customerId: COMPLAINT_CUSTOMER_ID,
  channel: 'hotline',
  category: '停电',
  description: '小区连续三天晚间停电，未见通知',
  occurredAt: RECEIVED_AT,
  ...o,
});

export const contactComplainant = (o: Partial<ContactComplainant> = {}): ContactComplainant => ({ type: 'ContactComplainant', ...base, ...o });

export const replyToComplaint = (o: Partial<ReplyToComplaint> = {}): ReplyToComplaint => ({
  type: 'ReplyToComplaint',
  ...base,
  resolution: '线路故障已抢修，今后计划停电提前公告',
  ...o,
});

export const closeComplaint = (o: Partial<CloseComplaint> = {}): CloseComplaint => ({ type: 'CloseComplaint', ...base, satisfaction: 'satisfied', ...o });

/** An event as decided: data as given, business time `occurredAt`. */
export const complaintEvent = <T extends ComplaintEventType>(
  type: T,
  data: Omit<ComplaintEventDataMap[T], 'complaintId'> & { complaintId?: string },
  occurredAt: string,
): ComplaintEventOf<T> => ({ type, data: { complaintId: FIXTURE_COMPLAINT_ID, ...data } as ComplaintEventDataMap[T], occurredAt });

/** ComplaintReceived as the default ReceiveComplaint decides it, with no account named. */
export const complaintReceived = (o: Partial<ComplaintEventDataMap['ComplaintReceived']> = {}, occurredAt = RECEIVED_AT) =>
  complaintEvent(
    'ComplaintReceived',
    { customerId: COMPLAINT_CUSTOMER_ID, channel: 'hotline', category: '停电', description: '小区连续三天晚间停电，未见通知', orgUnit: CLERK_ORG_UNIT, ...o },
    occurredAt,
  );

export const complainantContacted = (occurredAt = on('2025-10-11')) => complaintEvent('ComplainantContacted', {}, occurredAt);
export const complaintReplied = (occurredAt = on('2025-10-15')) =>
  complaintEvent('ComplaintReplied', { resolution: '线路故障已抢修，今后计划停电提前公告' }, occurredAt);

export { FIXTURE_ACCOUNT_ID };
