import * as e from '../../domain/testing/index.js';
import { evolveAuditRow } from '../audit-trail/audit-trail.projection.js';
import { mergedTimeline, timelineEntryOf } from './customer-dossier.timeline.js';
import { storedHistory } from './stored-event.fixtures.js';

const at = (day: number) => `2025-03-${String(day).padStart(2, '0')}T09:00:00+08:00`;
const events = storedHistory(
  [
    e.applicationAccepted({}, { occurredAt: at(3) }),
    e.siteSurveyed({}, { occurredAt: at(4) }),
    e.supplySchemeReplied({}, { occurredAt: at(5) }),
  ],
  { projectId: 'p-1', firstPosition: 11 },
);
const rowOf = evolveAuditRow.bind(null, null);

describe('dossier timeline from audit rows', () => {
  it('takes an entry from a project row: its summary and facts, who recorded it by name and role, never the ID number', () => {
    expect(timelineEntryOf(rowOf(events[2]))).toEqual({
      position: 13,
      projectId: 'p-1',
      eventId: 'p-1-e3',
      type: 'SupplySchemeReplied',
      occurredAt: at(5),
      recordedAt: at(5),
      summary: '供电方案答复 Supply scheme replied: 800 kVA 10kV single',
      facts: { approvedCapacity: { value: 800, unit: 'kVA' }, supplyVoltage: '10kV', supplyMode: 'single' },
      actor: { name: '王工', role: 'clerk' },
    });
    expect(JSON.stringify(mergedTimeline(events.map(rowOf)))).not.toContain('91330100MA2XXXXX08');
  });

  it('leaves out rows that are not on a project timeline: unknown event types, rows of other subjects', () => {
    expect(timelineEntryOf(rowOf({ ...events[1], type: 'SomethingNew' }))).toBeNull();
    const accountRow = { ...rowOf(events[1]), subject: 'account' as const, subjectId: 'acct-1' };
    delete (accountRow as { projectId?: string }).projectId;
    expect(timelineEntryOf(accountRow)).toBeNull();
  });

  it('orders by business time, then log position, whatever order the rows come in', () => {
    const late = { ...rowOf(events[0]), position: 20, eventId: 'late', occurredAt: at(4) };
    const timeline = mergedTimeline([rowOf(events[2]), late, rowOf(events[1]), rowOf(events[0])]);
    expect(timeline.map((t) => t.eventId)).toEqual(['p-1-e1', 'p-1-e2', 'late', 'p-1-e3']);
  });
});
