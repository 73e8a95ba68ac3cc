import { COMPLAINT_EVENT_SCHEMA, complaintEventDecoder, decodeComplaintEvent, encodeComplaintEvent } from '../complaint.event-schema.js';
import { COMPLAINT_EVENT_TYPES } from '../complaint.events.js';
import { evolveComplaint, foldComplaint } from '../complaint.evolve.js';
import { initialComplaintState } from '../complaint.state.js';
import { complainantContacted, complaintReceived, complaintReplied } from '../testing/complaint.specification.js';

const recorded = (type: string, data: unknown, schemaVersion = 1) => ({ type, schemaVersion, data, metadata: { occurredAt: '2025-10-10T08:00:00.000Z' } });

describe('decodeComplaintEvent: the one way a stored complaint event becomes a domain event', () => {
  it('decodes an event stored today with its own business time', () =>
    expect(decodeComplaintEvent(recorded('ComplaintClosed', { complaintId: 'cmp-1', satisfaction: 'neutral' }))).toEqual({
      type: 'ComplaintClosed',
      data: { complaintId: 'cmp-1', satisfaction: 'neutral' },
      occurredAt: '2025-10-10T08:00:00.000Z',
    }));

  it('leaves out a type it does not know, other aggregates’ included', () => {
    expect(decodeComplaintEvent(recorded('ComplaintEscalated', {}))).toBeNull();
    expect(decodeComplaintEvent(recorded('SupplyAccountOpened', {}))).toBeNull();
  });

  it('writes every type at schema version 1 today', () =>
    expect(COMPLAINT_EVENT_TYPES.map((type) => COMPLAINT_EVENT_SCHEMA[type])).toEqual(COMPLAINT_EVENT_TYPES.map(() => 1)));

  it('encodes an accepted event with its type, data and schema version', () =>
    expect(encodeComplaintEvent(complaintReplied())).toEqual({
      type: 'ComplaintReplied',
      schemaVersion: 1,
      data: { complaintId: 'cmp-0001', resolution: '线路故障已抢修，今后计划停电提前公告' },
    }));

  it('upcasts an old shape step by step (a schema where ComplaintClosed v1 had `verdict`)', () => {
    const decode = complaintEventDecoder(
      { ...COMPLAINT_EVENT_SCHEMA, ComplaintClosed: 2 },
      { ComplaintClosed: { 1: ({ verdict, ...rest }) => ({ ...rest, satisfaction: verdict }) } },
    );
    expect(decode(recorded('ComplaintClosed', { complaintId: 'c', verdict: 'satisfied' }))?.data).toEqual({ complaintId: 'c', satisfaction: 'satisfied' });
  });
});

describe('evolveComplaint: a tolerant reader', () => {
  it('folds the facts in order, keeping who the complaint is of and where it is answered', () =>
    expect(foldComplaint([complaintReceived({ accountId: 'acct-1', orgUnit: 'HZ-XH-BRANCH' }), complainantContacted()], initialComplaintState)).toEqual({
      eventCount: 2,
      complaintId: 'cmp-0001',
      customerId: 'c-0001',
      accountId: 'acct-1',
      orgUnit: 'HZ-XH-BRANCH',
      step: 'contacted',
      lastOccurredAt: complainantContacted().occurredAt,
    }));

  it('counts an event it does not know without changing anything else', () => {
    const received = foldComplaint([complaintReceived()], initialComplaintState);
    const next = evolveComplaint(received, { type: 'ComplaintEscalated', data: {}, occurredAt: '2025-10-12T00:00:00.000Z' } as never);
    expect(next).toEqual({ ...received, eventCount: 2, lastOccurredAt: '2025-10-12T00:00:00.000Z' });
  });
});
