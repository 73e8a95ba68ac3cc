import type { AccountEvent } from '#connection-projects/domain';
import { ApiHarness } from './support/api-harness.js';
import { AccountJourney, accountOpened } from './support/account-routes.js';
import { ALL_ROLES } from './support/journey.js';
import { expectProblem } from './support/problems.js';
import { Reads, qs } from './support/reads.js';

/**
 * The read side of supply accounts (API.md account queries, SPEC §7.1, §9) through the real server: the view, the list
 * with its status filter judged now, the history routes, time travel, integrity, and the accounts in the dashboard, the
 * alert list, the dossier and the audit trail. Accounts are put in the store as the supply-accounts process manager
 * opens them (no route opens one), then served through the command routes where a test needs a fresh position.
 */
const CUSTOMER = 'cust-read-acct-1';
const OTHER = 'cust-read-acct-2';
const ORG = 'HZ-READ-BRANCH';
const day = (date: string) => `${date}T01:00:00.000Z`;
const event = (type: AccountEvent['type'], date: string, data: Record<string, unknown> = {}) =>
  ({ type, occurredAt: day(date), data }) as unknown as AccountEvent;
/** Today in Shanghai, shifted by `days`. */
const shanghaiDay = (days = 0) => new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
const opened = (accountId: string, customerId = CUSTOMER, overrides: Record<string, unknown> = {}) =>
  accountOpened(accountId, { customerId, orgUnit: ORG, ...overrides });

/** acct-served: suspended Mar 1 – Jun 30 2025, restored May 1; removed and reinstalled; a tariff change asked on Mon Sep 1 and never surveyed. */
const SERVED: (id: string) => AccountEvent[] = (id) => [
  opened(id),
  event('SuspensionGranted', '2025-02-20', { capacity: { value: 400, unit: 'kVA' }, from: '2025-03-01', until: '2025-06-30', days: 122 }),
  event('SuspensionEnded', '2025-04-20', { from: '2025-03-01', until: '2025-06-30', restoreOn: '2025-05-01', suspendedDays: 61, basicChargeWaived: true }),
  event('TemporaryRemovalRequested', '2025-07-01', { reason: '厂房改造' }),
  event('MeterTemporarilyRemoved', '2025-07-03'),
  event('ReinstallationRequested', '2025-08-01'),
  event('MeterReinstalled', '2025-08-04', { meterNumbers: ['3301000099'] }),
  event('TariffChangeRequested', '2025-09-01', { currentCategory: 'largeIndustry', newCategory: 'commercial', reason: '厂房改作商场' }),
  event('LatePaymentChargeAssessed', '2025-09-02', { billMonth: '2025-07', amountDue: 10000, dueDate: '2025-08-20', paidOn: '2025-08-30', daysLate: 10, charge: 200 }),
  event('ViolationRecorded', '2025-09-02', { kind: 'tariffMisuse', priceDifference: 0.3527, energy: 12345, backCharge: 4354.08, penalty: 8708.16 }),
];

describe('the read side of supply accounts', () => {
  let api: ApiHarness;
  let reads: Reads;
  let accounts: AccountJourney;
  const ids = { served: 'acct-read-served', suspended: 'acct-read-suspended', removed: 'acct-read-removed', closed: 'acct-read-closed', other: 'acct-read-other' };

  beforeAll(async () => {
    api = await ApiHarness.start();
    reads = new Reads(api);
    accounts = new AccountJourney(api);
    await api.appendAccountHistory(ids.served, SERVED(ids.served));
    // Suspended now: the whole contract, from ten days ago to ten days ahead.
    await api.appendAccountHistory(ids.suspended, [
      opened(ids.suspended),
      { type: 'SuspensionGranted', occurredAt: new Date(Date.now() - 20 * 86_400_000).toISOString(), data: { accountId: ids.suspended, capacity: { value: 400, unit: 'kVA' }, from: shanghaiDay(-10), until: shanghaiDay(10), days: 21 } },
    ]);
    await api.appendAccountHistory(ids.removed, [opened(ids.removed), event('TemporaryRemovalRequested', '2025-03-01', { reason: '改造' }), event('MeterTemporarilyRemoved', '2025-03-03')]);
    await api.appendAccountHistory(ids.closed, [opened(ids.closed), event('SupplyAccountClosed', '2025-02-01', { finalReading: 1 })]);
    const last = await api.appendAccountHistory(ids.other, [opened(ids.other, OTHER, { orgUnit: 'HZ-OTHER-BRANCH' })]);
    // Wait for the projections to see all of it.
    await reads.ok(`/api/accounts/${ids.other}?minPosition=${last}`);
  });
  afterAll(() => api.close());

  describe('GET /api/accounts/:id', () => {
    it('answers every field of API.md: status and suspended capacity as of now, suspensions, services, charges, clocks', async () => {
      const view = await reads.ok(`/api/accounts/${ids.served}`, 'viewer');
      expect(view).toMatchObject({
        accountId: ids.served,
        customerId: CUSTOMER,
        projectId: `p-${ids.served}`,
        status: 'active',
        contractCapacity: { value: 400, unit: 'kVA' },
        suspendedCapacity: { value: 0, unit: 'kVA' },
        tariffCategory: 'largeIndustry',
        supplyAddress: '杭州市余杭区工业园 8 号',
        orgUnit: ORG,
        meterNumbers: ['3301000099'],
        version: 10,
        position: expect.any(Number),
      });
      expect(view.suspensions).toEqual([
        { from: '2025-03-01', until: '2025-06-30', capacity: { value: 400, unit: 'kVA' }, days: 122, restoreOn: '2025-05-01', basicChargeWaived: true, endedOn: '2025-04-30' },
      ]);
      expect(view.services.map((s: { type: string; completedAt?: string }) => [s.type, s.completedAt ?? null])).toEqual([
        ['suspension', day('2025-02-20')],
        ['restoration', day('2025-04-20')],
        ['temporaryRemoval', day('2025-07-03')],
        ['reinstallation', day('2025-08-04')],
        ['tariffChange', null],
      ]);
      expect(view.charges).toEqual([
        { type: 'latePayment', assessedAt: day('2025-09-02'), billMonth: '2025-07', amountDue: 10000, dueDate: '2025-08-20', paidOn: '2025-08-30', daysLate: 10, amount: 200 },
        { type: 'violation', assessedAt: day('2025-09-02'), kind: 'tariffMisuse', priceDifference: 0.3527, energy: 12345, backCharge: 4354.08, penalty: 8708.16, amount: 13062.24 },
      ]);
      expect(view.clocks.map((c: { name: string; status: string; deadline: string }) => [c.name, c.status, c.deadline])).toEqual([
        ['removalExecution', 'metOnTime', '2025-07-06T23:59:59.999+08:00'],
        ['reinstallation', 'metOnTime', '2025-08-06T23:59:59.999+08:00'],
        // 3 working days from Mon Sep 1, never surveyed.
        ['tariffSurvey', 'overdue', '2025-09-04T23:59:59.999+08:00'],
      ]);
    });

    it('evaluates the status now: suspended today, removed, closed', async () => {
      expect(await reads.ok(`/api/accounts/${ids.suspended}`, 'clerk')).toMatchObject({ status: 'suspended', suspendedCapacity: { value: 400, unit: 'kVA' } });
      expect(await reads.ok(`/api/accounts/${ids.removed}`, 'clerk')).toMatchObject({ status: 'removed' });
      expect(await reads.ok(`/api/accounts/${ids.closed}`, 'clerk')).toMatchObject({ status: 'closed', closedAt: day('2025-02-01') });
    });

    it('is read by every role; a customer reads its own and gets 404 for another customer\'s, as for one that does not exist', async () => {
      for (const role of ALL_ROLES.filter((r) => r !== 'customer')) expect((await reads.get(`/api/accounts/${ids.served}`, role)).status).toBe(200);
      expect((await reads.ok(`/api/accounts/${ids.served}`, 'customer', { customerId: CUSTOMER })).accountId).toBe(ids.served);
      expectProblem(await reads.get(`/api/accounts/${ids.other}`, 'customer', { customerId: CUSTOMER }), 404, 'NOT_FOUND');
      expectProblem(await reads.get('/api/accounts/acct-nowhere', 'viewer'), 404, 'NOT_FOUND');
    });

    it('401 without a token; 400 for a bad id or an unknown parameter, and the view is unchanged', async () => {
      const before = await reads.ok(`/api/accounts/${ids.served}`, 'viewer');
      expectProblem(await reads.get(`/api/accounts/${ids.served}`, null), 401, 'UNAUTHORIZED');
      expectProblem(await reads.get('/api/accounts/bad%20id!', 'viewer'), 400, 'VALIDATION_FAILED');
      expectProblem(await reads.get(`/api/accounts/${ids.served}?since=yesterday`, 'viewer'), 400, 'VALIDATION_FAILED');
      expectProblem(await reads.get(`/api/accounts/${ids.served}?minPosition=-1`, 'viewer'), 400, 'VALIDATION_FAILED');
      expect(await reads.ok(`/api/accounts/${ids.served}`, 'viewer')).toEqual(before);
    });

    it('reflects a command at once when asked with its position (read-your-writes)', async () => {
      const id = await accounts.open();
      // Decided now: its survey clock runs.
      const answer = await accounts.send('tariff-changes', id, { body: { newCategory: 'commercial', reason: '厂房改作商场' } });
      expect(answer.status).toBe(201);
      const view = await reads.ok(`/api/accounts/${id}?minPosition=${answer.body.position}`, 'viewer');
      expect([view.version, view.position, view.services.map((s: { type: string }) => s.type), view.clocks.map((c: { name: string; status: string }) => [c.name, c.status])]).toEqual([
        2, answer.body.position, ['tariffChange'], [['tariffSurvey', 'running']],
      ]);
    });
  });

  describe('GET /api/accounts', () => {
    type Item = { accountId: string; status: string; customerId: string };
    const list = (params: Record<string, string | number> = {}, role: Parameters<Reads['ok']>[1] = 'viewer', options = {}) =>
      reads.ok<{ items: Item[]; nextCursor: string | null }>(`/api/accounts${qs({ limit: 500, ...params })}`, role, options);
    const idsOf = (items: Item[]) => items.map((i) => i.accountId).sort();

    it('filters by status as of now, by customer and by org unit', async () => {
      const mine = { orgUnit: ORG };
      expect(idsOf((await list({ ...mine, status: 'active' })).items)).toEqual([ids.served]);
      expect(idsOf((await list({ ...mine, status: 'suspended' })).items)).toEqual([ids.suspended]);
      expect(idsOf((await list({ ...mine, status: 'removed' })).items)).toEqual([ids.removed]);
      expect(idsOf((await list({ ...mine, status: 'closed' })).items)).toEqual([ids.closed]);
      expect(idsOf((await list({ customerId: OTHER })).items)).toEqual([ids.other]);
      expect(idsOf((await list(mine)).items)).toEqual([ids.closed, ids.removed, ids.served, ids.suspended].sort());
    });

    it('pages with a cursor, every account once, the status filter applied on every page', async () => {
      const pages = await reads.pages<Item>(`/api/accounts${qs({ orgUnit: ORG, limit: 1 })}`, 'viewer');
      expect(pages.every((p) => p.length <= 1)).toBe(true);
      expect(idsOf(pages.flat())).toEqual([ids.closed, ids.removed, ids.served, ids.suspended].sort());
      const notClosed = (await reads.pages<Item>(`/api/accounts${qs({ orgUnit: ORG, status: 'active', limit: 1 })}`, 'viewer')).flat();
      expect(idsOf(notClosed)).toEqual([ids.served]);
    });

    it('shows a customer its own accounts only, whatever customer it asks for', async () => {
      const asCustomer = { customerId: CUSTOMER };
      expect((await list({}, 'customer', asCustomer)).items.every((i) => i.customerId === CUSTOMER)).toBe(true);
      expect((await list({ customerId: OTHER }, 'customer', asCustomer)).items).toEqual([]);
    });

    it('401 without a token; 400 for an unknown status, a bad limit, a forged cursor', async () => {
      expectProblem(await reads.get('/api/accounts', null), 401, 'UNAUTHORIZED');
      for (const query of [{ status: 'dormant' }, { limit: 0 }, { limit: 501 }, { cursor: 'not-a-cursor' }, { projectId: 'p-1' }]) {
        expectProblem(await reads.get(`/api/accounts${qs(query)}`, 'viewer'), 400, 'VALIDATION_FAILED');
      }
    });
  });

  describe('history: /events, /state, /integrity', () => {
    it('/events: the account\'s events in version order with their metadata; the customer reads its own only', async () => {
      const page = await reads.ok(`/api/accounts/${ids.served}/events${qs({ limit: 4 })}`, 'auditor');
      expect(page.items.map((e: { version: number; type: string }) => [e.version, e.type])).toEqual([
        [1, 'SupplyAccountOpened'], [2, 'SuspensionGranted'], [3, 'SuspensionEnded'], [4, 'TemporaryRemovalRequested'],
      ]);
      expect(page.items[0]).toMatchObject({ actor: { id: 'system:supply-accounts', role: 'system' }, hash: expect.any(String), data: expect.objectContaining({ accountId: ids.served }) });
      expect(page.nextFromVersion).toBe(5);
      expect((await reads.ok(`/api/accounts/${ids.served}/events`, 'customer', { customerId: CUSTOMER })).items).toHaveLength(10);
      expectProblem(await reads.get(`/api/accounts/${ids.served}/events`, 'customer', { customerId: OTHER }), 404, 'NOT_FOUND');
      expectProblem(await reads.get(`/api/accounts/${ids.served}/events`, 'viewer'), 403, 'FORBIDDEN');
    });

    it('/state?at= while suspended: status and suspended capacity as of that time, the later restoration not yet seen', async () => {
      const view = await reads.ok(`/api/accounts/${ids.served}/state${qs({ at: '2025-04-01T12:00:00+08:00' })}`);
      expect(view).toMatchObject({ version: 2, status: 'suspended', suspendedCapacity: { value: 400, unit: 'kVA' }, meterNumbers: ['3301000001'] });
      expect(view.suspensions).toEqual([{ from: '2025-03-01', until: '2025-06-30', capacity: { value: 400, unit: 'kVA' }, days: 122 }]);
      expect(view.clocks).toEqual([]);
    });

    it('/state at later points: restored in May; removed in July with its clock met; the tariff survey running on Sep 2', async () => {
      expect(await reads.ok(`/api/accounts/${ids.served}/state${qs({ at: '2025-05-10T12:00:00+08:00' })}`)).toMatchObject({ version: 3, status: 'active' });
      const july = await reads.ok(`/api/accounts/${ids.served}/state${qs({ at: '2025-07-10T12:00:00+08:00' })}`);
      expect(july).toMatchObject({ version: 5, status: 'removed' });
      // Wed Jul 2 and Thu Jul 3.
      expect(july.clocks).toEqual([
        { name: 'removalExecution', status: 'metOnTime', startedAt: day('2025-07-01'), deadline: '2025-07-06T23:59:59.999+08:00', stoppedAt: day('2025-07-03'), elapsedWorkingDays: 2, pausedDays: 0 },
      ]);
      const surveyed = await reads.ok(`/api/accounts/${ids.served}/state${qs({ at: '2025-09-02T12:00:00+08:00' })}`);
      expect(surveyed.clocks.at(-1)).toEqual({ name: 'tariffSurvey', status: 'running', startedAt: day('2025-09-01'), deadline: '2025-09-04T23:59:59.999+08:00', elapsedWorkingDays: 1, pausedDays: 0 });
    });

    it('/state?version=2 is seen as of that event (before the suspension began); knownAt before anything: 404', async () => {
      expect(await reads.ok(`/api/accounts/${ids.served}/state${qs({ version: 2 })}`)).toMatchObject({ version: 2, status: 'active', suspendedCapacity: { value: 0, unit: 'kVA' } });
      expectProblem(await reads.get(`/api/accounts/${ids.served}/state${qs({ knownAt: '2020-01-01T00:00:00+08:00' })}`), 404, 'NOT_FOUND');
      expectProblem(await reads.get(`/api/accounts/${ids.served}/state${qs({ at: '2025-01-01T00:00:00+08:00' })}`), 404, 'NOT_FOUND');
    });

    it('/state: 400 unless exactly one point; 403 for a viewer; 404 for an account that does not exist', async () => {
      expectProblem(await reads.get(`/api/accounts/${ids.served}/state`), 400, 'VALIDATION_FAILED');
      expectProblem(await reads.get(`/api/accounts/${ids.served}/state${qs({ version: 2, at: '2025-04-01T12:00:00+08:00' })}`), 400, 'VALIDATION_FAILED');
      expectProblem(await reads.get(`/api/accounts/${ids.served}/state${qs({ at: '2025-04-01' })}`), 400, 'VALIDATION_FAILED');
      expectProblem(await reads.get(`/api/accounts/${ids.served}/state${qs({ version: 2 })}`, 'viewer'), 403, 'FORBIDDEN');
      expectProblem(await reads.get(`/api/accounts/acct-nowhere/state${qs({ version: 1 })}`), 404, 'NOT_FOUND');
    });

    it('/integrity: the hash chain over the account\'s events holds; auditors only', async () => {
      expect(await reads.ok(`/api/accounts/${ids.served}/integrity`)).toEqual({ valid: true, events: 10 });
      expectProblem(await reads.get(`/api/accounts/${ids.served}/integrity`, 'clerk'), 403, 'FORBIDDEN');
      expectProblem(await reads.get(`/api/accounts/${ids.served}/integrity`, null), 401, 'UNAUTHORIZED');
      expectProblem(await reads.get('/api/accounts/acct-nowhere/integrity'), 404, 'NOT_FOUND');
    });
  });

  describe('accounts in the dashboard, the alert list, the dossier and the audit trail', () => {
    it('the dashboard counts account clocks under subject=account, and none under subject=project', async () => {
      const accountsOnly = await reads.ok(`/api/dashboards/sla${qs({ subject: 'account', orgUnit: ORG })}`, 'viewer');
      expect(accountsOnly.clocks.tariffSurvey).toMatchObject({ open: 1, overdue: 1, metOnTime: 0 });
      expect(accountsOnly.clocks.removalExecution).toMatchObject({ open: 0, metOnTime: 2 });
      expect(accountsOnly.clocks.schemeReply).toMatchObject({ open: 0, metOnTime: 0, metLate: 0 });
      const projectsOnly = await reads.ok(`/api/dashboards/sla${qs({ subject: 'project', orgUnit: ORG })}`, 'viewer');
      expect(projectsOnly.clocks.tariffSurvey).toBeUndefined();
      expectProblem(await reads.get(`/api/dashboards/sla${qs({ subject: 'meter' })}`, 'viewer'), 400, 'VALIDATION_FAILED');
    });

    it('the alert list names the account as subject, with its customer and org unit, and no project', async () => {
      const { items } = await reads.ok(`/api/dashboards/sla/alerts${qs({ subject: 'account', orgUnit: ORG })}`, 'viewer');
      expect(items).toEqual([
        {
          subject: 'account', subjectId: ids.served, customerId: CUSTOMER, clock: 'tariffSurvey', deadline: '2025-09-04T23:59:59.999+08:00',
          status: 'overdue', orgUnit: ORG, startedAt: day('2025-09-01'), elapsedWorkingDays: expect.any(Number), workingDaysOver: expect.any(Number),
        },
      ]);
      expect((await reads.ok(`/api/dashboards/sla/alerts${qs({ orgUnit: ORG })}`, 'viewer')).items).toEqual(items);
      expect((await reads.ok(`/api/dashboards/sla/alerts${qs({ subject: 'project' })}`, 'viewer')).items).toEqual([]);
      // A customer class is a project's: the account's alert is not among them.
      expect((await reads.ok(`/api/dashboards/sla/alerts${qs({ customerClass: 'residential' })}`, 'viewer')).items).toEqual([]);
    });

    it("the dossier lists the customer's accounts with their services and charges", async () => {
      const dossier = await reads.ok(`/api/customers/${CUSTOMER}/dossier`, 'customer', { customerId: CUSTOMER });
      expect(dossier).toMatchObject({ customer: { id: CUSTOMER }, projects: [], timeline: [] });
      expect(dossier.accounts.map((a: { accountId: string }) => a.accountId).sort()).toEqual([ids.closed, ids.removed, ids.served, ids.suspended].sort());
      const served = dossier.accounts.find((a: { accountId: string }) => a.accountId === ids.served);
      expect([served.services.length, served.charges.length, served.status]).toEqual([5, 2, 'active']);
      expectProblem(await reads.get(`/api/customers/${CUSTOMER}/dossier`, 'customer', { customerId: OTHER }), 404, 'NOT_FOUND');
    });

    it('the audit trail covers the account streams, each row with subject and subjectId, filtered by them', async () => {
      const { items } = await reads.ok(`/api/audit${qs({ subject: 'account', subjectId: ids.served })}`);
      expect(items).toHaveLength(10);
      expect(items.at(-1)).toMatchObject({ subject: 'account', subjectId: ids.served, customerId: CUSTOMER, type: 'SupplyAccountOpened' });
      expect(items[0]).toMatchObject({ type: 'ViolationRecorded', customerId: CUSTOMER, summary: '违约用电 Violation recorded: tariffMisuse, back charge 4354.08, penalty 8708.16 yuan' });
      expect(items.every((r: Record<string, unknown>) => !('projectId' in r))).toBe(true);
      const theirs = await reads.ok(`/api/audit${qs({ customerId: CUSTOMER, limit: 500 })}`);
      expect(new Set(theirs.items.map((r: { subjectId: string }) => r.subjectId))).toEqual(new Set([ids.served, ids.suspended, ids.removed, ids.closed]));
      expectProblem(await reads.get(`/api/audit${qs({ subject: 'meter' })}`), 400, 'VALIDATION_FAILED');
    });
  });
});
