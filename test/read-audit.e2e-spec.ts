import type { Response } from 'supertest';
import { ApiHarness } from './support/api-harness.js';
import { ALL_ROLES, Journey, type CommandName } from './support/journey.js';
import { expectProblem } from './support/problems.js';
import { Reads, dated, lastPosition, qs } from './support/reads.js';

interface Row {
  position: number;
  eventId: string;
  type: string;
  projectId: string;
  customerId: string;
  actor: { id: string; name: string; role: string; orgUnit: string };
  occurredAt: string;
  recordedAt: string;
  summary: string;
  facts: Record<string, unknown>;
}

const CA = 'cust-audit-a';
const CB = 'cust-audit-b';
const CC = 'cust-audit-c';

/**
 * GET /api/audit: every event of every project, newest first, for auditors and admins. Four projects of three
 * customers, recorded by several people (token `sub`s), some with business times in Sep–Oct 2025.
 */
describe('GET /api/audit, the audit trail', () => {
  let api: ApiHarness;
  let journey: Journey;
  let reads: Reads;
  const answers: Response[] = [];
  let all: Row[];
  const P1 = 'prj-audit-1';
  const P2 = 'prj-audit-2';
  const P3 = 'prj-audit-3';
  const P4 = 'prj-audit-4';
  const audit = (params: Record<string, string | number> = {}, role: 'auditor' | 'admin' = 'auditor') =>
    reads.ok<{ items: Row[]; nextCursor: string | null }>(`/api/audit${qs({ limit: 500, ...params })}`, role);
  const rowsOf = (items: Row[]) => items.map((r) => `${r.projectId} ${r.type}`);
  const step = async (name: CommandName, projectId: string, sub: string, body?: Record<string, unknown>) => {
    answers.push(await journey.step(name, projectId, { ...(body ? { body } : {}), tokenOptions: { sub, name: sub } }));
  };
  const apply = (projectId: string, customerId: string, sub: string, occurredAt?: string) => {
    const example = journey.body('acceptApplication');
    return step('acceptApplication', projectId, sub, {
      ...example,
      projectId,
      customer: { ...(example.customer as object), id: customerId },
      ...(occurredAt ? { occurredAt } : {}),
    });
  };

  beforeAll(async () => {
    api = await ApiHarness.start();
    journey = new Journey(api);
    reads = new Reads(api);
    await apply(P1, CA, 'clerk-a', '2025-09-26T09:30:00+08:00');
    await step('recordSiteSurvey', P1, 'surveyor-a', dated('recordSiteSurvey', '2025-09-28T10:00:00+08:00'));
    await step('replySupplyScheme', P1, 'approver-a', dated('replySupplyScheme', '2025-09-30T16:00:00+08:00'));
    await apply(P2, CB, 'clerk-b', '2025-10-09T09:00:00+08:00');
    await step('recordSiteSurvey', P2, 'surveyor-a');
    await apply(P3, CA, 'clerk-a');
    await step('cancelProject', P3, 'clerk-b');
    await apply(P4, CC, 'clerk-c');
    await step('recordSiteSurvey', P4, 'surveyor-b');
    await step('replySupplyScheme', P4, 'approver-a');
    all = (await audit({ minPosition: lastPosition(answers) })).items;
  });
  afterAll(() => api.close());

  it('lists every event once, newest first, each row as API.md names it', () => {
    expect(all.map((r) => r.position)).toEqual(answers.map((a) => a.body.position as number).reverse());
    for (const row of all) {
      expect(Object.keys(row).sort()).toEqual(['actor', 'customerId', 'eventId', 'facts', 'occurredAt', 'position', 'projectId', 'recordedAt', 'subject', 'subjectId', 'summary', 'type']);
    }
    expect(all.at(-1)).toMatchObject({
      type: 'ApplicationAccepted',
      projectId: P1,
      customerId: CA,
      actor: { id: 'clerk-a', name: 'clerk-a', role: 'clerk', orgUnit: 'hz-city' },
      occurredAt: new Date('2025-09-26T09:30:00+08:00').toISOString(),
      recordedAt: expect.any(String),
      summary: expect.stringContaining('受理申请'),
      // What the summary says, as fields a reader words in its own language (the ID number never among them).
      facts: {
        customerName: '杭州西湖精密制造有限公司',
        customerClass: 'highVoltageDual',
        subtype: 'industrial',
        businessType: 'newConnection',
        requestedCapacity: { value: 2000, unit: 'kVA' },
        channel: 'window',
      },
    });
  });

  it('names the customer on every row, not only on the application', () => {
    const customers = Object.fromEntries(all.map((r) => [r.projectId, new Set<string>()]));
    for (const r of all) customers[r.projectId]!.add(r.customerId);
    expect(Object.fromEntries(Object.entries(customers).map(([p, s]) => [p, [...s]]))).toEqual({ [P1]: [CA], [P2]: [CB], [P3]: [CA], [P4]: [CC] });
  });

  it.each([
    [{ projectId: P1 }, [`${P1} SupplySchemeReplied`, `${P1} SiteSurveyed`, `${P1} ApplicationAccepted`]],
    [{ customerId: CA }, [`${P3} ProjectCancelled`, `${P3} ApplicationAccepted`, `${P1} SupplySchemeReplied`, `${P1} SiteSurveyed`, `${P1} ApplicationAccepted`]],
    [{ customerId: CA, type: 'ApplicationAccepted' }, [`${P3} ApplicationAccepted`, `${P1} ApplicationAccepted`]],
    [{ customerId: CA, projectId: P2 }, []],
    [{ customerId: 'cust-audit-nobody' }, []],
    [{ actorId: 'clerk-b' }, [`${P3} ProjectCancelled`, `${P2} ApplicationAccepted`]],
    [{ actorId: 'surveyor-a', projectId: P2 }, [`${P2} SiteSurveyed`]],
    [{ type: 'SiteSurveyed' }, [`${P4} SiteSurveyed`, `${P2} SiteSurveyed`, `${P1} SiteSurveyed`]],
    [{ type: 'DesignSubmitted' }, []],
    // Business time, both bounds inclusive, compared as instants whatever the offset.
    [{ from: '2025-09-27T00:00:00+08:00', to: '2025-10-09T09:00:00+08:00' }, [`${P2} ApplicationAccepted`, `${P1} SupplySchemeReplied`, `${P1} SiteSurveyed`]],
    [{ from: '2025-09-26T16:00:00Z', to: '2025-09-28T02:00:00Z' }, [`${P1} SiteSurveyed`]],
    [{ to: '2025-09-26T09:30:00+08:00' }, [`${P1} ApplicationAccepted`]],
  ])('filters %j', async (filter, expected) => {
    expect(rowsOf((await audit(filter)).items)).toEqual(expected);
  });

  it('from alone keeps everything from then on, the events recorded now included', async () => {
    const items = (await audit({ from: '2025-10-01T00:00:00+08:00' })).items;
    expect(items).toHaveLength(all.length - 3);
  });

  it.each([1, 3, 10])('pages through everything with limit=%i: no row lost or repeated', async (limit) => {
    const pages = await reads.pages<Row>(`/api/audit${qs({ limit })}`, 'auditor');
    expect(pages.flat()).toEqual(all);
    expect(pages.map((p) => p.length)).toEqual(Array.from({ length: Math.ceil(all.length / limit) }, (_, i) => Math.min(limit, all.length - i * limit)));
  });

  it('pages a filtered trail with the same filters', async () => {
    const pages = await reads.pages<Row>(`/api/audit${qs({ customerId: CA, limit: 2 })}`, 'admin');
    expect(pages.map((p) => p.length)).toEqual([2, 2, 1]);
    expect(pages.flat()).toEqual(all.filter((r) => r.customerId === CA));
  });

  it.each(['auditor', 'admin'] as const)('answers an %s', async (role) => {
    expect((await audit({}, role)).items).toHaveLength(all.length);
  });

  it.each(ALL_ROLES.filter((r) => r !== 'auditor' && r !== 'admin'))('403 FORBIDDEN for a %s', async (role) => {
    expectProblem(await reads.get('/api/audit', role, role === 'customer' ? { customerId: CA } : {}), 403, 'FORBIDDEN');
  });

  it('401 without a token', async () => {
    expectProblem(await reads.get('/api/audit', null), 401);
  });

  it('400 naming cursor for a forged cursor or one of another route', async () => {
    const projects = await reads.ok('/api/projects?limit=1', 'auditor');
    const otherOrder = Buffer.from(JSON.stringify({ f: 'position', d: 'asc', v: 3, i: 'x' })).toString('base64url');
    for (const cursor of ['not a cursor', 'bm90IGpzb24', projects.nextCursor as string, otherOrder]) {
      const res = await reads.get(`/api/audit${qs({ cursor })}`, 'auditor');
      expect([cursor, expectProblem(res, 400, 'VALIDATION_FAILED').errors]).toEqual([cursor, [expect.objectContaining({ field: 'cursor' })]]);
    }
  });

  it.each([
    ['from', 'yesterday'],
    ['from', '2025-10-01'],
    ['to', '2025-10-01T00:00:00'],
    ['to', '2025-13-01T00:00:00+08:00'],
    ['limit', '0'],
    ['limit', '501'],
    ['limit', 'all'],
    ['type', 'Site Surveyed'],
    ['actorId', ''],
    ['projectId', 'bad id!'],
    ['customerId', 'bad id!'],
    ['minPosition', 'x'],
    ['order', 'asc'],
  ])('400 VALIDATION_FAILED naming %s for %j', async (field, value) => {
    const res = await reads.get(`/api/audit${qs({ [field]: value })}`, 'auditor');
    expect(expectProblem(res, 400, 'VALIDATION_FAILED').errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
  });

  it('reflects a command at once with its position as minPosition: its row comes first', async () => {
    const answer = await journey.step('cancelProject', P2, { tokenOptions: { sub: 'clerk-z' } });
    const { items } = await audit({ minPosition: answer.body.position, limit: 1 });
    expect(items).toEqual([expect.objectContaining({ position: answer.body.position, type: 'ProjectCancelled', projectId: P2, customerId: CB, actor: expect.objectContaining({ id: 'clerk-z' }) })]);
  });
});
