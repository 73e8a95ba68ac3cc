import { CLAIM_EVENT_SCHEMA, claimStreamId, COMPLAINT_EVENT_SCHEMA, complaintStreamId } from '../../domain/index.js';
import { claimFiled, damageInvestigated } from '../../domain/claim/testing/claim.fixtures.js';
import { complainantContacted, complaintEvent, complaintReceived, complaintReplied, on } from '../../domain/complaint/testing/complaint.fixtures.js';
import { stored } from '../complaint-view/stored-case-events.fixtures.js';
import { slaClocksProjection } from './sla-clocks.projection.js';
import { OPEN_FOREVER, type SlaClocksDocument } from './sla-clocks.js';

const fold = (history: ReturnType<typeof stored>) => history.reduce<SlaClocksDocument | null>(slaClocksProjection.evolve, null);

const complaint = stored(
  [complaintReceived(), complainantContacted(), complaintReplied(), complaintEvent('ComplaintClosed', { satisfaction: 'neutral' }, on('2025-10-17'))],
  complaintStreamId('cmp-0001'),
  COMPLAINT_EVENT_SCHEMA,
);
const claim = stored([claimFiled(), damageInvestigated()], claimStreamId('clm-0001'), CLAIM_EVENT_SCHEMA);

describe('sla-clocks projection: given a complaint\'s or a claim\'s events then its document', () => {
  it('given a complaint received on Friday 2025-10-10, contacted, replied and closed then its two clocks and its satisfaction', () => {
    expect(slaClocksProjection.documentIds(complaint[0]!)).toEqual(['complaint/cmp-0001']);
    expect(fold(complaint)).toEqual({
      subject: 'complaint',
      subjectId: 'cmp-0001',
      customerId: 'c-0001',
      orgUnit: 'HZ-XH-STATION-01',
      appliedAt: '2025-10-10T08:00:00.000Z',
      lastStartedAt: '2025-10-10T08:00:00.000Z',
      openUntil: '2025-10-15T01:00:00.000Z',
      closedAt: '2025-10-17T01:00:00.000Z',
      satisfaction: 'neutral',
      clocks: [
        // Due the worked Saturday Oct 11, due soon from Friday Oct 10 (Shanghai); stopped Saturday: 1 working day.
        {
          name: 'complaintContact', startedAt: '2025-10-10T08:00:00.000Z', limit: { workingDays: 1 }, deadline: '2025-10-11T15:59:59.999Z',
          dueSoonFrom: '2025-10-09T16:00:00.000Z', stoppedAt: '2025-10-11T01:00:00.000Z', workingDaysToStop: 1,
        },
        // Due Monday Oct 20 (Oct 11, 13–17, 20), due soon from Friday Oct 17; stopped Wednesday Oct 15: Oct 11, 13, 14, 15.
        {
          name: 'complaintReply', startedAt: '2025-10-10T08:00:00.000Z', limit: { workingDays: 7 }, deadline: '2025-10-20T15:59:59.999Z',
          dueSoonFrom: '2025-10-16T16:00:00.000Z', stoppedAt: '2025-10-15T01:00:00.000Z', workingDaysToStop: 4,
        },
      ],
    });
  });

  it('given a claim filed at 09:00 in Shanghai then its 24-hour clock is due soon 6 hours before its deadline', () => {
    expect(slaClocksProjection.documentIds(claim[0]!)).toEqual(['claim/clm-0001']);
    const filed = {
      subject: 'claim',
      subjectId: 'clm-0001',
      customerId: 'c-0001',
      orgUnit: 'HZ-XH-BRANCH',
      appliedAt: '2025-07-02T01:00:00.000Z',
      lastStartedAt: '2025-07-02T01:00:00.000Z',
      openUntil: OPEN_FOREVER,
      clocks: [
        { name: 'damageInvestigation', startedAt: '2025-07-02T01:00:00.000Z', limit: { hours: 24 }, deadline: '2025-07-03T01:00:00.000Z', dueSoonFrom: '2025-07-02T19:00:00.000Z' },
      ],
    };
    expect(fold(claim.slice(0, 1))).toEqual(filed);
    // Investigated at 17:00 the same day: within the day, 0 working days.
    expect(fold(claim)).toEqual({
      ...filed,
      openUntil: '2025-07-02T09:00:00.000Z',
      clocks: [{ ...filed.clocks[0], stoppedAt: '2025-07-02T09:00:00.000Z', workingDaysToStop: 0 }],
    });
  });

  it('given an investigation of a claim never filed then there is no document', () => expect(fold(claim.slice(1))).toBeNull());
});
