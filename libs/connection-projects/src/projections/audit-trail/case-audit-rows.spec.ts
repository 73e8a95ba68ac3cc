import { CLAIM_EVENT_SCHEMA, claimStreamId, COMPLAINT_EVENT_SCHEMA, complaintStreamId } from '../../domain/index.js';
import { claimFiled, damageInvestigated } from '../../domain/claim/testing/claim.fixtures.js';
import { complaintEvent, complaintReceived, on } from '../../domain/complaint/testing/complaint.fixtures.js';
import { stored } from '../complaint-view/stored-case-events.fixtures.js';
import { auditTrailProjection, evolveAuditRow } from './audit-trail.projection.js';

const ACTOR = { id: 'u-clerk', name: '王芳', role: 'clerk', orgUnit: 'HZ-XH-STATION-01' };

describe('audit-trail projection: complaint and claim streams', () => {
  const complaint = stored(
    [complaintReceived(), complaintEvent('ComplaintClosed', { satisfaction: 'dissatisfied' }, on('2025-10-17'))],
    complaintStreamId('cmp-0001'),
    COMPLAINT_EVENT_SCHEMA,
  );
  const claim = stored(
    [
      claimFiled(),
      damageInvestigated(),
      { type: 'DamageClaimSettled', data: { claimId: 'clm-0001', utilityLiable: true, appliances: [], total: 3374.33 }, occurredAt: on('2025-07-04') },
    ],
    claimStreamId('clm-0001'),
    CLAIM_EVENT_SCHEMA,
  );

  it('given a complaint\'s receipt then a row of subject complaint naming its customer, with a summary of its structured fields', () => {
    expect(auditTrailProjection.documentIds(complaint[0]!)).toEqual(['complaint-cmp-0001-e1']);
    expect(evolveAuditRow(null, complaint[0]!)).toEqual({
      position: 1,
      eventId: 'complaint-cmp-0001-e1',
      type: 'ComplaintReceived',
      subject: 'complaint',
      subjectId: 'cmp-0001',
      streamId: 'complaint-cmp-0001',
      customerId: 'c-0001',
      actor: ACTOR,
      occurredAt: '2025-10-10T08:00:00.000Z',
      recordedAt: '2025-10-10T08:00:00.000Z',
      occurredAtUtc: '2025-10-10T08:00:00.000Z',
      summary: '受理投诉 Complaint received: 停电 via hotline',
      facts: {},
    });
    expect(evolveAuditRow(null, complaint[1]!)).toMatchObject({ subject: 'complaint', subjectId: 'cmp-0001', customerId: null, summary: '回访办结 Complaint closed: dissatisfied' });
  });

  it('given a claim\'s events then rows of subject claim: filed (its customer), investigated, settled with the total', () => {
    expect(claim.map((event) => evolveAuditRow(null, event)).map(({ subject, subjectId, customerId, summary }) => ({ subject, subjectId, customerId, summary }))).toEqual([
      { subject: 'claim', subjectId: 'clm-0001', customerId: 'c-0001', summary: '家电损坏理赔申请 Damage claim filed: 1 appliance(s) damaged 2025-07-01, account acct-p-0001' },
      { subject: 'claim', subjectId: 'clm-0001', customerId: null, summary: '损坏调查 Damage investigated: utility liable' },
      { subject: 'claim', subjectId: 'clm-0001', customerId: null, summary: '理赔 Damage claim settled: 3374.33 yuan' },
    ]);
  });
});
