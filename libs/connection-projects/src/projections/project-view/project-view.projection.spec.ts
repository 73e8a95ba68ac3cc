import { projectBatch, type StoredEvent } from '#event-sourcing';
import { MONDAY_NOON, storedEvents } from '../sla-clocks/testing/national-day.fixture.js';
import { viewAsOf } from './project-view.clocks.js';
import { projectViewProjection } from './project-view.projection.js';
import type { ProjectViewDocument } from './project-view.js';

const events = storedEvents();
const ofProject = (id: string) => events.filter((e) => e.streamId === `project-${id}`);
const fold = (history: StoredEvent[]) => history.reduce<ProjectViewDocument | null>(projectViewProjection.evolve, null);

describe('project-view projection: the clocks of a project', () => {
  it('given a low-voltage project with a rejected and a resubmitted design then it stores one record per clock and round', () => {
    expect(fold(ofProject('sla-p4'))!.clockRecords).toEqual([
      // 7 working days from Mon Sep 22: 23, 24, 25, 26, worked Sun 28, 29, 30.
      { name: 'schemeReply', startedAt: '2025-09-22T09:00:00+08:00', limit: { workingDays: 7 }, deadline: '2025-09-30T23:59:59.999+08:00', stoppedAt: '2025-09-24T10:00:00+08:00' },
      // 10 calendar days from Sep 25 (holidays do not matter).
      { name: 'designReview', startedAt: '2025-09-25T10:00:00+08:00', limit: { calendarDays: 10 }, deadline: '2025-10-05T23:59:59.999+08:00', round: 1, stoppedAt: '2025-10-09T10:00:00+08:00' },
      { name: 'designReview', startedAt: '2025-10-10T09:00:00+08:00', limit: { calendarDays: 10 }, deadline: '2025-10-20T23:59:59.999+08:00', round: 2 },
    ]);
  });

  it('given that project seen on Mon Oct 13 noon then the reply met its limit, design 1 was late and design 2 runs', () => {
    expect(viewAsOf(fold(ofProject('sla-p4'))!, MONDAY_NOON).clocks).toEqual([
      { name: 'schemeReply', status: 'metOnTime', startedAt: '2025-09-22T09:00:00+08:00', deadline: '2025-09-30T23:59:59.999+08:00', stoppedAt: '2025-09-24T10:00:00+08:00', elapsedWorkingDays: 2, pausedDays: 0 },
      // Sep 26, 28, 29, 30, Oct 9.
      { name: 'designReview', round: 1, status: 'metLate', startedAt: '2025-09-25T10:00:00+08:00', deadline: '2025-10-05T23:59:59.999+08:00', stoppedAt: '2025-10-09T10:00:00+08:00', elapsedWorkingDays: 5, pausedDays: 0 },
      // The worked Sat Oct 11 and Mon 13; due soon only from Oct 19.
      { name: 'designReview', round: 2, status: 'running', startedAt: '2025-10-10T09:00:00+08:00', deadline: '2025-10-20T23:59:59.999+08:00', elapsedWorkingDays: 2, pausedDays: 0 },
    ]);
  });

  it('given a high-voltage project then the contract, not the acceptance, starts energization (5 working days → Tue Oct 14)', () => {
    expect(fold(ofProject('sla-p5'))!.clockRecords.map((c) => [c.name, c.startedAt, c.deadline])).toEqual([
      ['schemeReply', '2025-09-01T09:00:00+08:00', '2025-09-22T23:59:59.999+08:00'],
      ['designReview', '2025-09-15T09:00:00+08:00', '2025-10-15T23:59:59.999+08:00'],
      ['energization', '2025-09-30T10:00:00+08:00', '2025-10-14T23:59:59.999+08:00'],
    ]);
  });

  it('given a project cancelled while its scheme reply was overdue then the clock shows until the cancellation, not from it on', () => {
    const doc = fold(ofProject('sla-p6'))!;
    expect(viewAsOf(doc, '2025-10-09T09:59:59.999+08:00').clocks).toEqual([
      // Sep 23, 24, 25, 26, 28, 29, 30, Oct 9.
      { name: 'schemeReply', status: 'overdue', startedAt: '2025-09-22T10:00:00+08:00', deadline: '2025-09-30T23:59:59.999+08:00', elapsedWorkingDays: 8, pausedDays: 0 },
    ]);
    expect(viewAsOf(doc, '2025-10-09T10:00:00+08:00').clocks).toEqual([]);
  });
});

describe('project-view projection: replays', () => {
  it('given every event delivered twice, and then the whole log again, then the documents are the same as after one delivery', () => {
    const project = (batches: StoredEvent[][]) => {
      const current = new Map<string, { doc: Record<string, unknown> | null; position: number }>();
      for (const batch of batches) {
        for (const { id, doc, position } of projectBatch(projectViewProjection, batch, current).upserts) current.set(id, { doc, position });
      }
      return Object.fromEntries([...current].map(([id, { doc }]) => [id, doc]));
    };
    const once = project([events]);
    expect(Object.keys(once)).toHaveLength(6);
    expect(project([events.flatMap((e) => [e, e]), events])).toEqual(once);
  });
});
