import type { ReadStore } from '#read-store';
import { SlaClockIndex } from '../sla/sla-clock-index.js';
import { utcInstant } from '../../domain/calendar/index.js';
import type { SlaClocksDocument } from '../../projections/sla-clocks/index.js';
import { listSlaAlerts } from '../../projections/sla-clocks/testing/sla-alerts.reference.js';
import {
  AFTER_HOLIDAY,
  BEFORE_HOLIDAY,
  MONDAY_NOON,
  projectNationalDay,
  XIHU,
  YUHANG,
} from '../../projections/sla-clocks/testing/national-day.fixture.js';
import { GetSlaAlertsHandler, GetSlaAlertsQuery, type SlaAlertsParams } from './sla-alerts.query.js';

/** The 预警清单 over the National Day fixture (see national-day.fixture.ts and the dashboard spec for the working days). */
let readStore: ReadStore;
let close: () => Promise<void>;
beforeAll(async () => ({ readStore, close } = await projectNationalDay()));
afterAll(() => close());

const alerts = async (params: SlaAlertsParams = {}) =>
  (await new GetSlaAlertsHandler(new SlaClockIndex(readStore), { now: () => new Date(MONDAY_NOON) }).execute(new GetSlaAlertsQuery(params))).items;
const keys = (items: { subjectId: string; clock: string; status: string }[]) => items.map((a) => `${a.subjectId} ${a.clock} ${a.status}`);

describe('SLA alerts on Mon Oct 13 noon', () => {
  it('given the fixture then p1\'s overdue scheme reply comes before p5\'s energization due tomorrow', async () => {
    expect(await alerts({ asOf: MONDAY_NOON })).toEqual([
      {
        subject: 'project', subjectId: 'sla-p1',
        projectId: 'sla-p1', customerId: 'c-sla-p1', orgUnit: XIHU, customerClass: 'residential',
        clock: 'schemeReply', status: 'overdue',
        startedAt: '2025-09-30T02:00:00.000Z',
        deadline: '2025-10-05T23:59:59.999+08:00', // 5 calendar days beat 3 working days (Oct 11) across the holiday
        elapsedWorkingDays: 4, // Oct 9, 10, 11, 13
        workingDaysOver: 4, // after Sun Oct 5 up to Mon Oct 13: Oct 9, 10, worked Sat 11, 13
      },
      {
        subject: 'project', subjectId: 'sla-p5',
        projectId: 'sla-p5', customerId: 'c-sla-p5', orgUnit: XIHU, customerClass: 'highVoltageSingle',
        clock: 'energization', status: 'dueSoon',
        startedAt: '2025-09-30T02:00:00.000Z',
        deadline: '2025-10-14T23:59:59.999+08:00', // Oct 9, 10, 11, 13, 14
        elapsedWorkingDays: 4,
        workingDaysLeft: 1, // Tue Oct 14
      },
    ]);
  });

  it('given no asOf then the server clock\'s now is used', async () => {
    expect(keys(await alerts())).toEqual(['sla-p1 schemeReply overdue', 'sla-p5 energization dueSoon']);
  });

  it('given a status then only that status', async () => {
    expect(keys(await alerts({ asOf: MONDAY_NOON, status: 'overdue' }))).toEqual(['sla-p1 schemeReply overdue']);
    expect(keys(await alerts({ asOf: MONDAY_NOON, status: 'dueSoon' }))).toEqual(['sla-p5 energization dueSoon']);
  });

  it('given an org unit or a class then only its projects: p6 (Yuhang) was cancelled while overdue, so Yuhang has none', async () => {
    expect(await alerts({ asOf: MONDAY_NOON, orgUnit: YUHANG })).toEqual([]);
    expect(keys(await alerts({ asOf: MONDAY_NOON, orgUnit: XIHU }))).toHaveLength(2);
    expect(keys(await alerts({ asOf: MONDAY_NOON, customerClass: 'residential' }))).toEqual(['sla-p1 schemeReply overdue']);
  });
});

describe('SLA alerts as of other times', () => {
  it('given Tue Sep 30 18:00 then only p6, due by the end of that day', async () => {
    expect(await alerts({ asOf: BEFORE_HOLIDAY })).toEqual([
      expect.objectContaining({
        projectId: 'sla-p6', clock: 'schemeReply', status: 'dueSoon', orgUnit: YUHANG,
        deadline: '2025-09-30T23:59:59.999+08:00', // 7 working days from Mon Sep 22 (worked Sun 28 included)
        workingDaysLeft: 0,
        elapsedWorkingDays: 7,
      }),
    ]);
  });

  it('given Thu Oct 9 09:00 then three overdue clocks, earliest deadline first, ties by project; p6 not yet cancelled', async () => {
    const items = await alerts({ asOf: AFTER_HOLIDAY });
    expect(items.map((a) => [a.projectId, a.clock, a.round ?? null, a.deadline, a.workingDaysOver])).toEqual([
      ['sla-p6', 'schemeReply', null, '2025-09-30T23:59:59.999+08:00', 1], // Oct 9 (the holiday does not count)
      ['sla-p1', 'schemeReply', null, '2025-10-05T23:59:59.999+08:00', 1],
      ['sla-p4', 'designReview', 1, '2025-10-05T23:59:59.999+08:00', 1], // reviewed at 10:00, not yet seen
    ]);
  });

  it('given Tue Oct 14 noon then p1 is answered (09:00) and p5 is due by the end of today', async () => {
    expect(await alerts({ asOf: '2025-10-14T12:00:00+08:00' })).toEqual([
      expect.objectContaining({ projectId: 'sla-p5', status: 'dueSoon', workingDaysLeft: 0, elapsedWorkingDays: 5 }),
    ]);
  });

  it('given Wed Oct 15 then p5 is overdue by one working day', async () => {
    expect(await alerts({ asOf: '2025-10-15T08:00:00+08:00' })).toEqual([
      expect.objectContaining({ projectId: 'sla-p5', status: 'overdue', workingDaysOver: 1 }),
    ]);
  });
});

describe('SLA alerts: the in-memory index against the reference over every document', () => {
  it('given asOf every 6 hours from Sep 20 to Nov 20 then the answer equals the in-memory list over every document', async () => {
    const all: SlaClocksDocument[] = [];
    for await (const doc of readStore.scan<SlaClocksDocument>('sla-clocks')) all.push(doc);
    let nonEmpty = 0;
    for (let ms = Date.parse('2025-09-20T00:00:00+08:00'); ms <= Date.parse('2025-11-20T00:00:00+08:00'); ms += 6 * 3600_000) {
      const asOf = new Date(ms).toISOString();
      const items = await alerts({ asOf });
      expect({ asOf, items }).toEqual({ asOf, items: listSlaAlerts(all, utcInstant(asOf)) });
      if (items.length) nonEmpty += 1;
    }
    expect(nonEmpty).toBeGreaterThan(20);
  });
});

describe('SLA alerts a page at a time (API.md: limit, cursor)', () => {
  const page = (params: SlaAlertsParams) =>
    new GetSlaAlertsHandler(new SlaClockIndex(readStore), { now: () => new Date(MONDAY_NOON) }).execute(new GetSlaAlertsQuery(params));
  const names = (items: { subjectId: string; clock: string }[]) => items.map((a) => `${a.subjectId} ${a.clock}`);

  it('given limit 1 then the first page holds the earliest deadline and a cursor, the next one the rest and none', async () => {
    const first = await page({ asOf: MONDAY_NOON, limit: 1 });
    expect(names(first.items)).toEqual(['sla-p1 schemeReply']);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await page({ cursor: first.nextCursor!, limit: 1 });
    expect(second).toMatchObject({ asOf: MONDAY_NOON, nextCursor: null });
    expect(names(second.items)).toEqual(['sla-p5 energization']);
  });

  it('given a subject then its cursor carries it: the next page answers for projects only, and so does the list', async () => {
    const first = await page({ asOf: MONDAY_NOON, subject: 'project', limit: 1 });
    const second = await page({ cursor: first.nextCursor!, subject: 'project', limit: 1 });
    expect([...names(first.items), ...names(second.items)]).toEqual(['sla-p1 schemeReply', 'sla-p5 energization']);
    expect((await page({ asOf: MONDAY_NOON, subject: 'account' })).items).toEqual([]);
  });

  it('given a page exactly as long as the list then there is no next cursor', async () =>
    expect((await page({ asOf: MONDAY_NOON, limit: 2 })).nextCursor).toBeNull());

  it('given a cursor then its asOf and filters answer, not the server clock: restating them is allowed', async () => {
    const first = await page({ asOf: MONDAY_NOON, status: 'overdue', limit: 1 });
    expect(first.nextCursor).toBeNull();
    const again = await page({ asOf: MONDAY_NOON, limit: 1 });
    const restated = await page({ cursor: again.nextCursor!, asOf: '2025-10-13T04:00:00.000Z', limit: 5 });
    expect(names(restated.items)).toEqual(['sla-p5 energization']);
  });

  it.each<[string, SlaAlertsParams]>([
    ['another status', { status: 'overdue' }],
    ['another asOf', { asOf: '2025-10-14T12:00:00+08:00' }],
    ['another org unit', { orgUnit: YUHANG }],
    ['a subject', { subject: 'account' }],
  ])('given a cursor used with %s then VALIDATION_FAILED naming cursor', async (_case, other) => {
    const { nextCursor } = await page({ asOf: MONDAY_NOON, limit: 1 });
    await expect(page({ ...other, cursor: nextCursor! })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [expect.objectContaining({ field: 'cursor' })],
    });
  });

  it.each(['not-a-cursor', Buffer.from('{"asOf":"x","after":{"deadlineDay":{"$gt":0},"subject":"project","subjectId":"a","clock":"b"}}').toString('base64url')])(
    'given a cursor this server did not issue (%s) then VALIDATION_FAILED naming cursor',
    async (cursor) => await expect(page({ cursor })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' }),
  );
});
