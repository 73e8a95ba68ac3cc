import { describe, expect, it } from '@jest/globals';
import type { SlaAlert } from './api-types.js';
import { positionsSignature, sortAlerts } from './sort.js';

const alert = (projectId: string, status: 'overdue' | 'dueSoon', days: number, deadline: string): SlaAlert => ({
  subject: 'project',
  subjectId: projectId,
  projectId,
  customerId: `c-${projectId}`,
  clock: 'schemeReply',
  deadline,
  status,
  orgUnit: 'hz',
  ...(status === 'overdue' ? { workingDaysOver: days } : { workingDaysLeft: days }),
});

describe('sorting the 预警清单', () => {
  const alerts = [
    alert('b', 'dueSoon', 1, '2026-11-24T23:59:59.999+08:00'),
    alert('a', 'overdue', 20, '2025-10-15T23:59:59.999+08:00'),
    alert('c', 'overdue', 3, '2026-11-18T23:59:59.999+08:00'),
  ];

  it('by days left or over: the most overdue first when ascending, the most time left first when descending', () => {
    expect(sortAlerts(alerts, 'days', 'ascending').map((a) => a.projectId)).toEqual(['a', 'c', 'b']);
    expect(sortAlerts(alerts, 'days', 'descending').map((a) => a.projectId)).toEqual(['b', 'c', 'a']);
  });

  it('by deadline and by project, without changing the list it was given', () => {
    expect(sortAlerts(alerts, 'deadline', 'descending').map((a) => a.projectId)).toEqual(['b', 'c', 'a']);
    expect(sortAlerts(alerts, 'projectId', 'ascending').map((a) => a.projectId)).toEqual(['a', 'b', 'c']);
    expect(alerts.map((a) => a.projectId)).toEqual(['b', 'a', 'c']);
  });

  it('notices a new projection position whatever order the projections are listed in', () => {
    const before = positionsSignature([{ name: 'x', position: 4 }, { name: 'y', position: 7 }]);
    expect(positionsSignature([{ name: 'y', position: 7 }, { name: 'x', position: 4 }])).toBe(before);
    expect(positionsSignature([{ name: 'y', position: 8 }, { name: 'x', position: 4 }])).not.toBe(before);
  });
});
