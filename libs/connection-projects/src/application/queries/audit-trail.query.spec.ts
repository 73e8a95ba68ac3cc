import type { Actor } from '#event-sourcing';
import type { ReadStore } from '#read-store';
import { accountEvent, accountOpened, on } from '../../domain/account/testing/account.fixtures.js';
import * as e from '../../domain/testing/index.js';
import type { AuditRow } from '../../projections/audit-trail/index.js';
import { projectedStores } from '../../projections/customer-dossier/projected-stores.fixtures.js';
import { ListAuditTrailHandler, ListAuditTrailQuery, type AuditFilter } from './audit-trail.query.js';

const clerk: Actor = { id: 'u-clerk', name: '王芳', role: 'clerk', orgUnit: 'HZ-XH' };
const surveyor: Actor = { id: 'u-surveyor', name: '李工', role: 'surveyor', orgUnit: 'HZ-XH' };
const at = (day: number, time = '09:00:00+08:00') => ({ occurredAt: `2025-03-${String(day).padStart(2, '0')}T${time}` });

describe('ListAuditTrailHandler', () => {
  let reads: ReadStore;
  let close: () => Promise<void>;
  let handler: ListAuditTrailHandler;
  beforeAll(async () => {
    // Positions: p-1 → 1, 2, 3; p-2 → 4; p-3 (surveyed by another actor) → 5, 6.
    ({ reads, close } = await projectedStores([
      { projectId: 'p-1', events: [e.applicationAccepted({}, { forClass: 'residential', ...at(3) }), e.siteSurveyed({}, at(4)), e.supplySchemeReplied({}, { forClass: 'residential', ...at(5) })], actor: clerk },
      { projectId: 'p-2', events: [e.applicationAccepted({}, at(6))], actor: clerk },
      { projectId: 'p-3', events: [e.applicationAccepted({}, { forClass: 'residential', ...at(7) }), e.siteSurveyed({}, at(7, '23:30:00+08:00'))], actor: surveyor },
    ]));
    handler = new ListAuditTrailHandler(reads);
  });
  afterAll(() => close());

  const list = (filter: AuditFilter = {}, limit = 50, cursor: string | null = null) => handler.execute(new ListAuditTrailQuery(filter, limit, cursor));
  const positions = (items: AuditRow[]) => items.map((r) => r.position);

  it('lists every event newest first, each row with its customer (filled from the dossier for later events)', async () => {
    const { items, nextCursor } = await list();
    expect(positions(items)).toEqual([6, 5, 4, 3, 2, 1]);
    expect(nextCursor).toBeNull();
    expect(items[3]).toEqual({
      position: 3,
      eventId: 'p-1-e3',
      type: 'SupplySchemeReplied',
      subject: 'project',
      subjectId: 'p-1',
      projectId: 'p-1',
      customerId: 'c-0001',
      actor: clerk,
      occurredAt: '2025-03-05T09:00:00+08:00',
      recordedAt: expect.any(String),
      summary: '供电方案答复 Supply scheme replied: 8 kW 220V single',
      facts: { approvedCapacity: { value: 8, unit: 'kW' }, supplyVoltage: '220V', supplyMode: 'single' },
    });
    expect(JSON.stringify(items)).not.toContain('33010619900101123X');
  });

  it('pages with a cursor until the last page', async () => {
    const first = await list({}, 4);
    expect(positions(first.items)).toEqual([6, 5, 4, 3]);
    const second = await list({}, 4, first.nextCursor);
    expect(positions(second.items)).toEqual([2, 1]);
    expect(second.nextCursor).toBeNull();
  });

  it('filters by project, customer (through their projects), actor and type', async () => {
    expect(positions((await list({ projectId: 'p-1' })).items)).toEqual([3, 2, 1]);
    expect(positions((await list({ customerId: 'c-0001' })).items)).toEqual([6, 5, 3, 2, 1]);
    expect(positions((await list({ customerId: 'c-0001', projectId: 'p-3' })).items)).toEqual([6, 5]);
    expect((await list({ customerId: 'c-0002', projectId: 'p-1' })).items).toEqual([]);
    expect((await list({ customerId: 'c-9999' })).items).toEqual([]);
    expect(positions((await list({ actorId: 'u-surveyor' })).items)).toEqual([6, 5]);
    expect(positions((await list({ type: 'SiteSurveyed' })).items)).toEqual([6, 2]);
  });

  it('filters business time as instants, whatever the offset', async () => {
    // 2025-03-07T23:30+08:00 is 15:30Z: inside a UTC window that ends at 16:00Z, outside one that ends at 15:00Z
    // (and 2025-03-07T09:00+08:00 is 01:00Z, before both).
    expect(positions((await list({ from: '2025-03-07T02:00:00Z', to: '2025-03-07T16:00:00Z' })).items)).toEqual([6]);
    expect(positions((await list({ from: '2025-03-07T02:00:00Z', to: '2025-03-07T15:00:00Z' })).items)).toEqual([]);
    expect(positions((await list({ from: '2025-03-05T09:00:00+08:00', to: '2025-03-06T01:00:00Z' })).items)).toEqual([4, 3]);
  });

  it('refuses a cursor it did not give with a validation error', async () => {
    await expect(list({}, 10, 'not-a-cursor')).rejects.toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'cursor' }] });
  });
});

describe('ListAuditTrailHandler over accounts (SPEC §9: the trail covers every stream)', () => {
  let reads: ReadStore;
  let close: () => Promise<void>;
  let handler: ListAuditTrailHandler;
  beforeAll(async () => {
    // Positions: p-1 → 1, 2; acct-1 (c-0001's) → 3, 4, 5; acct-9 (another customer's) → 6.
    ({ reads, close } = await projectedStores(
      [{ projectId: 'p-1', events: [e.applicationAccepted({}, { forClass: 'residential', ...at(3) }), e.siteSurveyed({}, at(4))], actor: clerk }],
      [
        {
          accountId: 'acct-1',
          events: [
            accountOpened({ customerId: 'c-0001' }, on('2025-03-10')),
            accountEvent('TemporaryRemovalRequested', { reason: '改造' }, on('2025-03-11')),
            accountEvent('MeterTemporarilyRemoved', {}, on('2025-03-12')),
          ],
        },
        { accountId: 'acct-9', events: [accountOpened({ customerId: 'c-0009' }, on('2025-03-13'))] },
      ],
    ));
    handler = new ListAuditTrailHandler(reads);
  });
  afterAll(() => close());

  const list = (filter: AuditFilter = {}) => handler.execute(new ListAuditTrailQuery(filter, 50, null));
  const rows = (items: AuditRow[]) => items.map((r) => [r.position, r.subject, r.subjectId, r.customerId]);

  it("names each row's subject, and fills an account event's customer from the account view", async () => {
    expect(rows((await list()).items)).toEqual([
      [6, 'account', 'acct-9', 'c-0009'],
      [5, 'account', 'acct-1', 'c-0001'],
      [4, 'account', 'acct-1', 'c-0001'],
      [3, 'account', 'acct-1', 'c-0001'],
      [2, 'project', 'p-1', 'c-0001'],
      [1, 'project', 'p-1', 'c-0001'],
    ]);
    const removed = (await list({ subjectId: 'acct-1', type: 'MeterTemporarilyRemoved' })).items;
    expect(removed).toEqual([expect.objectContaining({ summary: '暂拆 Meter temporarily removed', actor: expect.objectContaining({ role: 'system' }) })]);
    expect(removed[0]).not.toHaveProperty('projectId');
  });

  it("filters by subject and subject id, and a customer's rows are their projects' and their accounts'", async () => {
    expect(rows((await list({ subject: 'project' })).items).map(([p]) => p)).toEqual([2, 1]);
    expect(rows((await list({ subject: 'account', subjectId: 'acct-1' })).items).map(([p]) => p)).toEqual([5, 4, 3]);
    expect(rows((await list({ customerId: 'c-0001' })).items).map(([p]) => p)).toEqual([5, 4, 3, 2, 1]);
    expect(rows((await list({ customerId: 'c-0009', subject: 'project' })).items)).toEqual([]);
    expect((await list({ customerId: 'c-nobody' })).items).toEqual([]);
  });
});
