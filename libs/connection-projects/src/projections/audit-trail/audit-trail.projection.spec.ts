import { projectBatch } from '#event-sourcing';
import * as e from '../../domain/testing/index.js';
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
      projectId: 'p-7',
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

  it('ignores streams that are not projects', () => {
    expect(auditTrailProjection.documentIds({ ...history[0], streamId: 'other-1' })).toEqual([]);
  });

  it('gives the same rows when every event is applied twice', () => {
    for (const event of history) expect(evolveAuditRow(evolveAuditRow(null, event), event)).toEqual(evolveAuditRow(null, event));
    const once = projectBatch(auditTrailProjection, history, new Map());
    const twice = projectBatch(auditTrailProjection, history.flatMap((event) => [event, event]), new Map());
    expect(twice).toEqual(once);
    expect(once.upserts).toHaveLength(3);
  });
});
