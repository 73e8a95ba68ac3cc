import { projectBatch } from '#event-sourcing';
import { accountEvent, accountOpened, on } from '../../domain/account/testing/account.fixtures.js';
import * as e from '../../domain/testing/index.js';
import { storedAccountHistory } from '../account-view/stored-account-events.fixtures.js';
import { FIXTURE_ACTOR, storedHistory } from '../customer-dossier/stored-event.fixtures.js';
import { auditTrailProjection, evolveAuditRow } from './audit-trail.projection.js';

const history = storedHistory(
  [
    e.applicationAccepted({}, { occurredAt: '2025-03-03T09:00:00+08:00' }),
    e.siteSurveyed({}, { occurredAt: '2025-03-04T10:00:00+08:00' }),
    e.supplySchemeReplied({}, { occurredAt: '2025-03-05T11:00:00+08:00' }),
  ],
  { projectId: 'p-7', firstPosition: 40 },
);

describe('audit-trail projection', () => {
  it('gives one row per event, keyed by event id, with a UTC business time for range queries', () => {
    expect(history.map((event) => auditTrailProjection.documentIds(event))).toEqual([['p-7-e1'], ['p-7-e2'], ['p-7-e3']]);
    expect(evolveAuditRow(null, history[2])).toEqual({
      position: 42,
      eventId: 'p-7-e3',
      type: 'SupplySchemeReplied',
      subject: 'project',
      subjectId: 'p-7',
      projectId: 'p-7',
      streamId: 'project-p-7',
      customerId: null,
      actor: FIXTURE_ACTOR,
      occurredAt: '2025-03-05T11:00:00+08:00',
      occurredAtUtc: '2025-03-05T03:00:00.000Z',
      recordedAt: '2025-03-05T11:00:00+08:00',
      summary: '供电方案答复 Supply scheme replied: 800 kVA 10kV single',
      facts: { approvedCapacity: { value: 800, unit: 'kVA' }, supplyVoltage: '10kV', supplyMode: 'single' },
    });
  });

  it('records the customer on the application row only (later rows name the project)', () => {
    expect(evolveAuditRow(null, history[0])).toMatchObject({ customerId: 'c-0002', type: 'ApplicationAccepted' });
    expect(evolveAuditRow(null, history[1]).customerId).toBeNull();
  });

  it('ignores streams that are neither projects nor accounts', () => {
    expect(auditTrailProjection.documentIds({ ...history[0], streamId: 'other-1' })).toEqual([]);
  });

  it('gives account events rows of their own: subject account, the customer on the opening, a summary, no project id', () => {
    const account = storedAccountHistory(
      [accountOpened(), accountEvent('LatePaymentChargeAssessed', { billMonth: '2025-11', amountDue: 10000, dueDate: '2025-12-20', paidOn: '2026-01-10', daysLate: 21, charge: 520 }, on('2026-01-15'))],
      'acct-7',
      50,
    );
    expect(account.map((event) => auditTrailProjection.documentIds(event))).toEqual([['acct-7-e1'], ['acct-7-e2']]);
    expect(evolveAuditRow(null, account[0]!)).toMatchObject({
      subject: 'account', subjectId: 'acct-7', streamId: 'account-acct-7', customerId: 'c-0002',
      summary: '立户 Supply account opened: largeIndustry 400 kVA, meters 3301000001',
    });
    expect(evolveAuditRow(null, account[1]!)).toEqual({
      position: 51,
      eventId: 'acct-7-e2',
      type: 'LatePaymentChargeAssessed',
      subject: 'account',
      subjectId: 'acct-7',
      streamId: 'account-acct-7',
      customerId: null,
      actor: { id: 'system:supply-accounts', name: 'supply-accounts', role: 'system', orgUnit: 'HZ-XH-BRANCH' },
      occurredAt: '2026-01-15T01:00:00.000Z',
      occurredAtUtc: '2026-01-15T01:00:00.000Z',
      recordedAt: '2026-01-15T01:00:00.000Z',
      summary: '电费违约金 Late-payment charge: bill 2025-11, 21 days late, 520 yuan',
      facts: {}, // account events have no facts table yet: the dashboard words them by their type alone
    });
  });

  it('gives the same rows when every event is applied twice', () => {
    for (const event of history) expect(evolveAuditRow(evolveAuditRow(null, event), event)).toEqual(evolveAuditRow(null, event));
    const once = projectBatch(auditTrailProjection, history, new Map());
    const twice = projectBatch(auditTrailProjection, history.flatMap((event) => [event, event]), new Map());
    expect(twice).toEqual(once);
    expect(once.upserts).toHaveLength(3);
  });
});
