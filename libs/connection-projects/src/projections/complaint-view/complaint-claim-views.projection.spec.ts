import type { StoredEvent } from '#event-sourcing';
import { stored } from './stored-case-events.fixtures.js';
import { CLAIM_EVENT_SCHEMA, claimStreamId, COMPLAINT_EVENT_SCHEMA, complaintStreamId } from '../../domain/index.js';
import { claimFiled, damageInvestigated, FIXTURE_ACCOUNT_ID, TELEVISION } from '../../domain/claim/testing/claim.fixtures.js';
import { complainantContacted, complaintEvent, complaintReceived, complaintReplied, on } from '../../domain/complaint/testing/complaint.fixtures.js';
import { claimViewAsOf, claimViewProjection, type ClaimViewDocument } from '../claim-view/index.js';
import { complaintViewAsOf } from './complaint-view.as-of.js';
import { complaintViewProjection } from './complaint-view.projection.js';
import type { ComplaintViewDocument } from './complaint-view.js';

const foldComplaint = (history: StoredEvent[]) => history.reduce<ComplaintViewDocument | null>(complaintViewProjection.evolve, null);
const foldClaim = (history: StoredEvent[]) => history.reduce<ClaimViewDocument | null>(claimViewProjection.evolve, null);

// Received Friday 2025-10-10 16:00 in Shanghai. Contact: 1 working day → the worked Saturday Oct 11. Reply: 7 working
// days → Oct 11, 13, 14, 15, 16, 17, 20.
const CONTACT_DEADLINE = '2025-10-11T23:59:59.999+08:00';
const REPLY_DEADLINE = '2025-10-20T23:59:59.999+08:00';
const complaint = stored(
  [complaintReceived(), complainantContacted(), complaintReplied(), complaintEvent('ComplaintClosed', { satisfaction: 'neutral' }, on('2025-10-17'))],
  complaintStreamId('cmp-0001'),
  COMPLAINT_EVENT_SCHEMA,
);

describe('complaint-view projection: given a complaint\'s facts then its document and view', () => {
  it('given received, contacted, replied and closed then the document records each with its clock records', () => {
    expect(foldComplaint(complaint)).toEqual({
      complaintId: 'cmp-0001',
      customerId: 'c-0001',
      orgUnit: 'HZ-XH-STATION-01',
      channel: 'hotline',
      category: '停电',
      description: '小区连续三天晚间停电，未见通知',
      status: 'closed',
      receivedAt: '2025-10-10T08:00:00.000Z',
      contact: { at: '2025-10-11T01:00:00.000Z' },
      reply: { at: '2025-10-15T01:00:00.000Z', resolution: '线路故障已抢修，今后计划停电提前公告' },
      closedAt: '2025-10-17T01:00:00.000Z',
      satisfaction: 'neutral',
      clockRecords: [
        { name: 'complaintContact', startedAt: '2025-10-10T08:00:00.000Z', limit: { workingDays: 1 }, deadline: CONTACT_DEADLINE, stoppedAt: '2025-10-11T01:00:00.000Z' },
        { name: 'complaintReply', startedAt: '2025-10-10T08:00:00.000Z', limit: { workingDays: 7 }, deadline: REPLY_DEADLINE, stoppedAt: '2025-10-15T01:00:00.000Z' },
      ],
      version: 4,
      position: 4,
      updatedAt: '2025-10-17T01:00:00.000Z',
    });
  });

  it('given only the receipt then on Monday Oct 13 the contact is overdue and the reply running', () => {
    const view = complaintViewAsOf(foldComplaint(complaint.slice(0, 1))!, '2025-10-13T02:00:00.000Z');
    expect(view.status).toBe('received');
    expect(view.clocks.map((c) => [c.name, c.status, c.elapsedWorkingDays])).toEqual([
      ['complaintContact', 'overdue', 2],
      ['complaintReply', 'running', 2],
    ]);
  });

  it('given a contact before any receipt then there is no document', () => expect(foldComplaint(complaint.slice(1, 2))).toBeNull());
});

// Filed 2025-07-02 09:00 in Shanghai: investigation due 24 hours later, dueSoon from 6 hours before.
const INVESTIGATION_DEADLINE = '2025-07-03T09:00:00.000+08:00';
const claim = stored(
  [
    claimFiled(),
    damageInvestigated(),
    // 2022-03-10 → 2025-07-01: 39 whole months of an electronic appliance's 120; 4999 × 81 / 120 = 3374.325 → 3374.33.
    {
      type: 'DamageClaimSettled',
      data: { claimId: 'clm-0001', utilityLiable: true, appliances: [{ name: '电视机', basis: 'depreciated', compensation: 3374.33, monthsUsed: 39, lifeYears: 10 }], total: 3374.33 },
      occurredAt: on('2025-07-04'),
    },
  ],
  claimStreamId('clm-0001'),
  CLAIM_EVENT_SCHEMA,
);

describe('claim-view projection: given a claim\'s facts then its document and view', () => {
  it('given filed, investigated and settled then each appliance carries its finding and its compensation', () => {
    expect(foldClaim(claim)).toEqual({
      claimId: 'clm-0001',
      customerId: 'c-0001',
      accountId: FIXTURE_ACCOUNT_ID,
      orgUnit: 'HZ-XH-BRANCH',
      status: 'settled',
      damagedOn: '2025-07-01',
      filedAt: '2025-07-02T01:00:00.000Z',
      appliances: [{ ...TELEVISION, repairable: false, basis: 'depreciated', compensation: 3374.33, monthsUsed: 39, lifeYears: 10 }],
      investigation: { at: '2025-07-02T09:00:00.000Z', findings: '雷击致线路过电压，表后线路受损', utilityLiable: true },
      settledAt: '2025-07-04T01:00:00.000Z',
      total: 3374.33,
      clockRecords: [
        { name: 'damageInvestigation', startedAt: '2025-07-02T01:00:00.000Z', limit: { hours: 24 }, deadline: INVESTIGATION_DEADLINE, stoppedAt: '2025-07-02T09:00:00.000Z' },
      ],
      version: 3,
      position: 3,
      updatedAt: '2025-07-04T01:00:00.000Z',
    });
  });

  it('given only the filing then the clock runs, is due soon from 6 hours before its deadline, then overdue', () => {
    const doc = foldClaim(claim.slice(0, 1))!;
    const statusAt = (asOf: string) => claimViewAsOf(doc, asOf).clocks.map((c) => [c.status, c.deadline]);
    expect(statusAt('2025-07-02T18:59:59.999Z')).toEqual([['running', INVESTIGATION_DEADLINE]]);
    expect(statusAt('2025-07-02T19:00:00.000Z')).toEqual([['dueSoon', INVESTIGATION_DEADLINE]]);
    expect(statusAt('2025-07-03T01:00:00.001Z')).toEqual([['overdue', INVESTIGATION_DEADLINE]]);
  });
});
