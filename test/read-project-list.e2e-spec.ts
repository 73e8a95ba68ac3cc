import type { Response } from 'supertest';
import { ApiHarness } from './support/api-harness.js';
import { ALL_ROLES, Journey } from './support/journey.js';
import { expectProblem } from './support/problems.js';
import { Reads, dated, industrialApplication, lastPosition, lowVoltageScheme, qs, record, residentialApplication } from './support/reads.js';

interface Item {
  projectId: string;
  customerId: string;
  status: string;
  step: string;
  dates: { appliedAt: string };
  clocks: { name: string; status: string }[];
}

const C1 = 'cust-list-01';
const C2 = 'cust-list-02';
const C3 = 'cust-list-03';
const C4 = 'cust-list-04';

/**
 * GET /api/projects: a page of project views, newest application first, filtered, paged with an opaque cursor.
 * Twelve projects of four customers in every status; "overdue" is judged now (the server's clock, 2026 or later).
 */
describe('GET /api/projects, the project list', () => {
  let api: ApiHarness;
  let journey: Journey;
  let reads: Reads;
  const ids: Record<string, string> = {};
  let all: Item[];
  const list = (params: Record<string, string | number | boolean> = {}, role: Parameters<Reads['ok']>[1] = 'viewer') =>
    reads.ok<{ items: Item[]; nextCursor: string | null }>(`/api/projects${qs({ limit: 500, ...params })}`, role);
  const idsOf = (items: Item[]) => items.map((i) => i.projectId).sort();
  const named = (...names: string[]) => names.map((n) => ids[n]!).sort();

  beforeAll(async () => {
    api = await ApiHarness.start();
    journey = new Journey(api);
    reads = new Reads(api);
    const answers: Response[] = [];
    // overdue: residential, applied Mon 2025-09-29 10:00 and never replied: due by Oct 4 (5 calendar days beat 3 working days).
    ids.overdue = 'prj-list-overdue';
    answers.push(await record(journey, 'acceptApplication', ids.overdue, residentialApplication({ projectId: ids.overdue, customerId: C1, orgUnit: 'hz-binjiang-station', occurredAt: '2025-09-29T10:00:00+08:00' })));
    // late: low voltage, applied then, replied Oct 20 after its Oct 10 deadline: met late, a closed clock, so not overdue.
    ids.late = 'prj-list-late';
    answers.push(await record(journey, 'acceptApplication', ids.late, industrialApplication('lowVoltage', { projectId: ids.late, customerId: C2, orgUnit: 'hz-xihu-branch', occurredAt: '2025-09-29T11:00:00+08:00' })));
    answers.push(await record(journey, 'recordSiteSurvey', ids.late, dated('recordSiteSurvey', '2025-09-30T10:00:00+08:00')));
    answers.push(await record(journey, 'replySupplyScheme', ids.late, lowVoltageScheme(80, '380V', '2025-10-20T10:00:00+08:00')));
    // Applied now: a residential one replied (C1), a low-voltage one waiting (C2), the rest high-voltage dual.
    ids.replied = 'prj-list-replied';
    answers.push(await record(journey, 'acceptApplication', ids.replied, residentialApplication({ projectId: ids.replied, customerId: C1, orgUnit: 'hz-binjiang-station' })));
    await journey.step('recordSiteSurvey', ids.replied);
    answers.push(await record(journey, 'replySupplyScheme', ids.replied, lowVoltageScheme(8, '220V')));
    ids.waiting = 'prj-list-waiting';
    answers.push(await record(journey, 'acceptApplication', ids.waiting, industrialApplication('lowVoltage', { projectId: ids.waiting, customerId: C2, orgUnit: 'hz-xihu-branch' })));
    ids.energized = await journey.driveTo('installMeterAndEnergize', { projectId: 'prj-list-energized', customerId: C2 });
    ids.archived = await journey.driveTo('archiveProject', { projectId: 'prj-list-archived', customerId: C3 });
    ids.cancelled = await journey.apply({ projectId: 'prj-list-cancelled', customerId: C3 });
    answers.push(await journey.step('cancelProject', ids.cancelled));
    for (let i = 1; i <= 5; i++) ids[`plain${i}`] = await journey.apply({ projectId: `prj-list-plain-${i}`, customerId: C4 });
    answers.push(await journey.step('recordSiteSurvey', ids.plain5!));
    all = (await list({ minPosition: lastPosition(answers) })).items;
  });
  afterAll(() => api.close());

  it('lists every project once, newest application first', () => {
    expect(idsOf(all)).toEqual(Object.values(ids).sort());
    const applied = all.map((i) => Date.parse(i.dates.appliedAt));
    applied.slice(1).forEach((t, i) => expect(t).toBeLessThanOrEqual(applied[i]!));
    // The two recorded afterwards with business times come last: applied 2025-09-29 at 11:00, then at 10:00.
    expect(all.slice(-2).map((i) => i.projectId)).toEqual([ids.late, ids.overdue]);
  });

  it('each item is a project view', () => {
    expect(all.find((i) => i.projectId === ids.energized)).toMatchObject({
      customerId: C2,
      customerClass: 'highVoltageDual',
      status: 'energized',
      step: 'energized',
      version: 11,
      requestedCapacity: { value: 2000, unit: 'kVA' },
      meterNumbers: expect.any(Array),
      clocks: expect.any(Array),
    });
  });

  it.each([
    [{ customerId: C1 }, ['overdue', 'replied']],
    [{ customerId: C3 }, ['archived', 'cancelled']],
    [{ status: 'energized' }, ['energized']],
    [{ status: 'archived' }, ['archived']],
    [{ status: 'cancelled' }, ['cancelled']],
    [{ step: 'schemeReplied' }, ['late', 'replied']],
    [{ step: 'siteSurveyed' }, ['plain5']],
    [{ orgUnit: 'hz-binjiang-station' }, ['overdue', 'replied']],
    [{ customerClass: 'residential' }, ['overdue', 'replied']],
    [{ customerClass: 'lowVoltage' }, ['late', 'waiting']],
    [{ customerClass: 'lowVoltage', status: 'active', orgUnit: 'hz-xihu-branch' }, ['late', 'waiting']],
    [{ customerId: C1, step: 'applicationAccepted' }, ['overdue']],
    [{ customerId: 'cust-list-nobody' }, []],
  ])('filters %j', async (filter, expected) => {
    expect(idsOf((await list(filter)).items)).toEqual(named(...expected));
  });

  it('status=active keeps everything not energized, archived or cancelled', async () => {
    const active = (await list({ status: 'active' })).items;
    expect(active).toHaveLength(all.length - 3);
    expect(active.every((i) => i.status === 'active')).toBe(true);
  });

  it('overdue=true keeps only a project with an overdue clock now; a clock met late does not count', async () => {
    const overdue = (await list({ overdue: true })).items;
    expect(idsOf(overdue)).toEqual(named('overdue'));
    expect(overdue[0]!.clocks).toEqual([
      expect.objectContaining({ name: 'schemeReply', status: 'overdue', deadline: '2025-10-04T23:59:59.999+08:00' }),
    ]);
    const notOverdue = (await list({ overdue: false })).items;
    expect(idsOf(notOverdue)).toEqual(Object.values(ids).filter((id) => id !== ids.overdue).sort());
    expect(all.find((i) => i.projectId === ids.late)!.clocks[0]).toMatchObject({ name: 'schemeReply', status: 'metLate' });
  });

  it.each([1, 2, 5, 12])('pages through everything with limit=%i: no item lost or repeated, same order', async (limit) => {
    const pages = await reads.pages<Item>(`/api/projects${qs({ limit })}`, 'viewer');
    expect(pages.flat().map((i) => i.projectId)).toEqual(all.map((i) => i.projectId));
    expect(pages.slice(0, -1).every((p) => p.length === limit)).toBe(true);
    expect(pages.at(-1)!.length).toBeGreaterThan(0);
  });

  it('pages a filtered list, overdue=false included (filtered after evaluation), without loss', async () => {
    const pages = await reads.pages<Item>(`/api/projects${qs({ overdue: false, limit: 3 })}`, 'viewer');
    expect(pages.map((p) => p.length)).toEqual([3, 3, 3, 2]);
    expect(pages.flat().map((i) => i.projectId)).toEqual(all.filter((i) => i.projectId !== ids.overdue).map((i) => i.projectId));
    const hv = await reads.pages<Item>(`/api/projects${qs({ customerClass: 'highVoltageDual', limit: 2 })}`, 'viewer');
    expect(hv.flat().map((i) => i.projectId)).toEqual(all.filter((i) => i.projectId.match(/energized|archived|cancelled|plain/)).map((i) => i.projectId));
  });

  it('a customer lists only its own projects, whatever customerId it asks for', async () => {
    const own = await reads.ok(`/api/projects${qs({ limit: 500 })}`, 'customer', { customerId: C1 });
    expect(idsOf(own.items)).toEqual(named('overdue', 'replied'));
    const foreign = await reads.ok(`/api/projects${qs({ customerId: C2 })}`, 'customer', { customerId: C1 });
    expect(foreign).toEqual({ items: [], nextCursor: null });
  });

  it.each(ALL_ROLES.filter((r) => r !== 'customer'))('answers a %s with everything', async (role) => {
    expect((await list({}, role)).items).toHaveLength(all.length);
  });

  it('401 without a token', async () => {
    expectProblem(await reads.get('/api/projects', null), 401);
  });

  it('400 naming cursor for a forged cursor, one of another route, or one of another ordering', async () => {
    const audit = await reads.ok('/api/audit?limit=1', 'auditor');
    const otherOrder = Buffer.from(JSON.stringify({ f: 'dates.appliedAt', d: 'asc', v: '2025-01-01', i: 'x' })).toString('base64url');
    for (const cursor of ['not-a-cursor', 'eyJ', audit.nextCursor as string, otherOrder, 'a'.repeat(1001), '']) {
      const res = await reads.get(`/api/projects${qs({ cursor })}`, 'viewer');
      expect([cursor.slice(0, 20), expectProblem(res, 400, 'VALIDATION_FAILED').errors]).toEqual([
        cursor.slice(0, 20),
        expect.arrayContaining([expect.objectContaining({ field: 'cursor' })]),
      ]);
    }
  });

  it.each([
    ['status', 'open'],
    ['step', 'nowhere'],
    ['customerClass', 'industrial'],
    ['overdue', 'yes'],
    ['limit', '0'],
    ['limit', '501'],
    ['limit', 'ten'],
    ['limit', '2.5'],
    ['orgUnit', ''],
    ['customerId', 'bad id!'],
    ['minPosition', '-3'],
    ['sort', 'asc'],
  ])('400 VALIDATION_FAILED naming %s for %j', async (field, value) => {
    const res = await reads.get(`/api/projects${qs({ [field]: value })}`, 'viewer');
    expect(expectProblem(res, 400, 'VALIDATION_FAILED').errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
  });

  it('reflects a new application at once with its position as minPosition', async () => {
    const answer = await record(journey, 'acceptApplication', 'prj-list-new', residentialApplication({ projectId: 'prj-list-new', customerId: 'cust-list-new' }));
    const page = await list({ customerId: 'cust-list-new', minPosition: answer.body.position });
    expect(idsOf(page.items)).toEqual(['prj-list-new']);
    expect(page.items[0]).toMatchObject({ version: 1, position: answer.body.position, status: 'active' });
  });
});
