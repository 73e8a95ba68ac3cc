import { ApiHarness } from './support/api-harness.js';
import { ClaimJourney, ComplaintJourney, residentialAccount, SERVICE_CUSTOMER_ID, TELEVISION } from './support/complaint-claim-routes.js';
import { expectProblem } from './support/problems.js';
import { Reads, qs } from './support/reads.js';

/**
 * The read side of complaints and appliance-damage claims (API.md queries, SPEC §8) through the real server: views with
 * their clocks as of now, lists with their filters, the history routes, time travel and integrity, roles and customer
 * isolation. The route bodies of support/complaint-claim-routes.ts: a complaint received on Friday 2025-10-10 09:00,
 * contacted the next day (a worked Saturday), replied on the 15th, closed satisfied on the 16th; a television bought
 * 2022-03-10 for 4999 yuan, damaged 2025-07-01, the claim filed the next day at 09:00 and investigated at 15:00.
 */
const OTHER = 'cust-svc-read-other';
const OTHER_ACCOUNT = 'acct-svc-read-other';
const THIRD = 'cust-svc-read-third';
const ID_NUMBER = '33010619900101123X';
const customer = { customerId: SERVICE_CUSTOMER_ID };

describe('the read side of complaints and claims', () => {
  let api: ApiHarness;
  let reads: Reads;
  let complaints: ComplaintJourney;
  let claims: ClaimJourney;
  const ids = { closed: '', received: '', others: '', yuhang: '', settled: '', filed: '', othersClaim: '' };
  const YUHANG = { orgUnit: 'hz-yuhang-branch', orgLevel: 'branch' as const };

  beforeAll(async () => {
    api = await ApiHarness.start();
    reads = new Reads(api);
    complaints = new ComplaintJourney(api);
    claims = new ClaimJourney(api);
    ids.closed = await complaints.driveThrough('closure');
    ids.received = await complaints.driveThrough('');
    ids.others = await complaints.open();
    await complaints.step('', ids.others, complaints.body('', { customerId: OTHER, occurredAt: '2025-10-09T09:00:00+08:00' }));
    // A third customer's, received by a branch clerk (the branch answers for it), closed dissatisfied.
    ids.yuhang = await complaints.open();
    expect((await complaints.send('', ids.yuhang, { tokenOptions: YUHANG, body: complaints.body('', { customerId: THIRD, description: `冒用身份证 ${ID_NUMBER} 开户` }) })).status).toBe(201);
    for (const suffix of ['contact', 'reply']) expect((await complaints.send(suffix, ids.yuhang, { tokenOptions: YUHANG })).status).toBe(201);
    expect((await complaints.send('closure', ids.yuhang, { tokenOptions: YUHANG, body: complaints.body('closure', { satisfaction: 'dissatisfied' }) })).status).toBe(201);
    ids.settled = await claims.driveThrough('settlement');
    ids.filed = await claims.driveThrough('');
    await api.appendAccountHistory(OTHER_ACCOUNT, [residentialAccount(OTHER_ACCOUNT, OTHER)]);
    ids.othersClaim = await claims.open();
    const last = await claims.send('', ids.othersClaim, { body: claims.body('', { customerId: OTHER, accountId: OTHER_ACCOUNT, occurredAt: '2025-07-01T20:00:00+08:00' }) });
    expect(last.status).toBe(201);
    await reads.ok(`/api/damage-claims/${ids.othersClaim}?minPosition=${last.body.position}`);
  });
  afterAll(() => api.close());

  describe('GET /api/complaints/:id', () => {
    it('answers the complaint as it went, satisfaction and both clocks met on time', async () => {
      expect(await reads.ok(`/api/complaints/${ids.closed}`, 'viewer')).toEqual({
        complaintId: ids.closed,
        customerId: SERVICE_CUSTOMER_ID,
        orgUnit: 'hz-city',
        channel: 'hotline',
        category: '停电',
        description: '小区连续三天晚间停电，未见通知',
        status: 'closed',
        receivedAt: '2025-10-10T01:00:00.000Z',
        contact: { at: '2025-10-11T01:00:00.000Z', notes: '已电话联系客户' },
        reply: { at: '2025-10-15T01:00:00.000Z', resolution: '线路故障已抢修' },
        closedAt: '2025-10-16T01:00:00.000Z',
        satisfaction: 'satisfied',
        clocks: [
          // 1 working day after Fri Oct 10: the worked Saturday Oct 11. 7: Oct 11, 13, 14, 15, 16, 17, 20.
          { name: 'complaintContact', status: 'metOnTime', startedAt: '2025-10-10T01:00:00.000Z', deadline: '2025-10-11T23:59:59.999+08:00', stoppedAt: '2025-10-11T01:00:00.000Z', elapsedWorkingDays: 1, pausedDays: 0 },
          { name: 'complaintReply', status: 'metOnTime', startedAt: '2025-10-10T01:00:00.000Z', deadline: '2025-10-20T23:59:59.999+08:00', stoppedAt: '2025-10-15T01:00:00.000Z', elapsedWorkingDays: 4, pausedDays: 0 },
        ],
        version: 4,
        position: expect.any(Number),
        updatedAt: expect.any(String),
      });
    });

    it('a complaint never contacted: both clocks overdue now', async () => {
      const view = await reads.ok(`/api/complaints/${ids.received}`, 'clerk');
      expect(view.status).toBe('received');
      expect(view.clocks.map((c: { name: string; status: string }) => [c.name, c.status])).toEqual([
        ['complaintContact', 'overdue'],
        ['complaintReply', 'overdue'],
      ]);
    });

    it('401 without a token; 404 for an unknown complaint; 400 for a malformed id or an unknown parameter', async () => {
      expectProblem(await reads.get(`/api/complaints/${ids.closed}`, null), 401, 'UNAUTHORIZED');
      expectProblem(await reads.get('/api/complaints/complaint-nowhere', 'viewer'), 404, 'NOT_FOUND');
      expectProblem(await reads.get('/api/complaints/bad%20id', 'viewer'), 400, 'VALIDATION_FAILED');
      expectProblem(await reads.get(`/api/complaints/${ids.closed}?verbose=1`, 'viewer'), 400, 'VALIDATION_FAILED');
    });

    it('a customer reads its own complaint; another customer\'s is 404, not 403', async () => {
      expect((await reads.ok(`/api/complaints/${ids.closed}`, 'customer', customer)).complaintId).toBe(ids.closed);
      expectProblem(await reads.get(`/api/complaints/${ids.others}`, 'customer', customer), 404, 'NOT_FOUND');
    });
  });

  describe('GET /api/complaints', () => {
    const listed = async (query: Record<string, string>, role: 'viewer' | 'customer' = 'viewer') => {
      const page = await reads.ok(`/api/complaints${qs(query)}`, role, role === 'customer' ? customer : {});
      return page.items.map((c: { complaintId: string }) => c.complaintId);
    };

    it('filters by customer and status, newest receipt first', async () => {
      expect(await listed({ customerId: SERVICE_CUSTOMER_ID, status: 'closed' })).toEqual([ids.closed]);
      expect(await listed({ customerId: SERVICE_CUSTOMER_ID, status: 'received' })).toEqual([ids.received]);
      expect(await listed({ customerId: OTHER })).toEqual([ids.others]);
      expect(await listed({ orgUnit: 'hz-city', status: 'received' })).toEqual(expect.arrayContaining([ids.received, ids.others]));
    });

    it('pages with nextCursor', async () => {
      const first = await reads.ok(`/api/complaints${qs({ customerId: SERVICE_CUSTOMER_ID, limit: 1 })}`);
      const second = await reads.ok(`/api/complaints${qs({ customerId: SERVICE_CUSTOMER_ID, limit: 1, cursor: first.nextCursor })}`);
      expect([...first.items, ...second.items].map((c: { complaintId: string }) => c.complaintId).sort()).toEqual([ids.closed, ids.received].sort());
    });

    it('a customer lists its own complaints only, whatever it asks', async () => {
      expect((await listed({}, 'customer')).sort()).toEqual([ids.closed, ids.received].sort());
      expect(await listed({ customerId: OTHER }, 'customer')).toEqual([]);
    });

    it('400 for an unknown status or a limit out of range; 401 without a token', async () => {
      expectProblem(await reads.get('/api/complaints?status=settled', 'viewer'), 400, 'VALIDATION_FAILED');
      expectProblem(await reads.get('/api/complaints?limit=0', 'viewer'), 400, 'VALIDATION_FAILED');
      expectProblem(await reads.get('/api/complaints', null), 401, 'UNAUTHORIZED');
    });
  });

  describe('GET /api/damage-claims/:id and the list', () => {
    it('answers each appliance with its finding and its compensation, the total, and the 24-hour clock met', async () => {
      expect(await reads.ok(`/api/damage-claims/${ids.settled}`, 'viewer')).toEqual({
        claimId: ids.settled,
        customerId: SERVICE_CUSTOMER_ID,
        accountId: 'acct-svc-residential',
        orgUnit: 'HZ-XH-STATION-03',
        status: 'settled',
        damagedOn: '2025-07-01',
        filedAt: '2025-07-02T01:00:00.000Z',
        // 2022-03-10 → 2025-07-01: 39 whole months of 120; 4999 × 81 / 120 = 3374.325 → 3374.33.
        appliances: [{ ...TELEVISION, repairable: false, basis: 'depreciated', compensation: 3374.33, monthsUsed: 39, lifeYears: 10 }],
        investigation: { at: '2025-07-02T07:00:00.000Z', findings: '雷击致线路过电压', utilityLiable: true },
        settledAt: '2025-07-05T01:00:00.000Z',
        total: 3374.33,
        notes: '赔偿款已转账',
        clocks: [
          { name: 'damageInvestigation', status: 'metOnTime', startedAt: '2025-07-02T01:00:00.000Z', deadline: '2025-07-03T09:00:00.000+08:00', stoppedAt: '2025-07-02T07:00:00.000Z', elapsedWorkingDays: 0, pausedDays: 0 },
        ],
        version: 3,
        position: expect.any(Number),
        updatedAt: expect.any(String),
      });
    });

    it('lists by customer and status; a customer sees only its own; another\'s claim is 404 to it', async () => {
      const page = await reads.ok(`/api/damage-claims${qs({ customerId: SERVICE_CUSTOMER_ID, status: 'filed' })}`, 'viewer');
      expect(page.items.map((c: { claimId: string }) => c.claimId)).toEqual([ids.filed]);
      const own = await reads.ok('/api/damage-claims', 'customer', customer);
      expect(own.items.map((c: { claimId: string }) => c.claimId).sort()).toEqual([ids.settled, ids.filed].sort());
      expectProblem(await reads.get(`/api/damage-claims/${ids.othersClaim}`, 'customer', customer), 404, 'NOT_FOUND');
    });

    it('400 for a complaint\'s status; 401 without a token', async () => {
      expectProblem(await reads.get('/api/damage-claims?status=closed', 'viewer'), 400, 'VALIDATION_FAILED');
      expectProblem(await reads.get(`/api/damage-claims/${ids.settled}`, null), 401, 'UNAUTHORIZED');
    });
  });

  describe('their clocks in the SLA dashboard and the alert list, and the satisfaction of closed complaints', () => {
    const dashboard = (query: Record<string, string>) => reads.ok(`/api/dashboards/sla${qs(query)}`, 'viewer');

    it('counts the complaint clocks as of a point, and the satisfaction overall and per org unit', async () => {
      // Oct 15 noon: contact met by the closed ones, overdue for the two never contacted; replies met or still running.
      const before = await dashboard({ subject: 'complaint', asOf: '2025-10-15T12:00:00+08:00' });
      expect(before.clocks.complaintContact).toMatchObject({ open: 2, overdue: 2, dueSoon: 0, metOnTime: 2, metLate: 0 });
      expect(before.clocks.complaintReply).toMatchObject({ open: 2, dueSoon: 0, overdue: 0, metOnTime: 2, metLate: 0 });
      expect(before.complaintSatisfaction).toEqual({ closed: 0, satisfied: 0, neutral: 0, dissatisfied: 0, rate: null });
      const now = await dashboard({ subject: 'complaint' });
      expect(now.complaintSatisfaction).toEqual({ closed: 2, satisfied: 1, neutral: 0, dissatisfied: 1, rate: 0.5 });
      expect(now.byOrgUnit.map((o: { orgUnit: string; complaintSatisfaction: unknown }) => [o.orgUnit, o.complaintSatisfaction])).toEqual([
        ['hz-city', { closed: 1, satisfied: 1, neutral: 0, dissatisfied: 0, rate: 1 }],
        ['hz-yuhang-branch', { closed: 1, satisfied: 0, neutral: 0, dissatisfied: 1, rate: 0 }],
      ]);
      // A period counts the closures in it: the dissatisfied one was closed on Oct 16 like the other.
      expect((await dashboard({ subject: 'complaint', from: '2025-10-17', to: '2025-10-31' })).complaintSatisfaction).toMatchObject({ closed: 0 });
    });

    it('counts the 24-hour clock of claims; claims carry no satisfaction', async () => {
      const now = await dashboard({ subject: 'claim' });
      expect(now.clocks.damageInvestigation).toMatchObject({ open: 2, overdue: 2, metOnTime: 1, metLate: 0 });
      expect(now.complaintSatisfaction).toBeUndefined();
    });

    it('lists the claims due soon and overdue at a point, with subject claim', async () => {
      const asOf = '2025-07-03T04:00:00+08:00';
      const dueSoon = await reads.ok(`/api/dashboards/sla/alerts${qs({ subject: 'claim', asOf, status: 'dueSoon' })}`, 'viewer');
      expect(dueSoon.items).toEqual([
        expect.objectContaining({ subject: 'claim', subjectId: ids.filed, customerId: SERVICE_CUSTOMER_ID, clock: 'damageInvestigation', status: 'dueSoon', orgUnit: 'HZ-XH-STATION-03' }),
      ]);
      expect(dueSoon.items[0]).not.toHaveProperty('projectId');
      const overdue = await reads.ok(`/api/dashboards/sla/alerts${qs({ subject: 'claim', asOf, status: 'overdue' })}`, 'viewer');
      expect(overdue.items.map((a: { subjectId: string }) => a.subjectId)).toEqual([ids.othersClaim]);
    });

    it('lists the complaints never contacted, most overdue first; 403 for a clerk, 400 for an unknown subject', async () => {
      const alerts = await reads.ok(`/api/dashboards/sla/alerts${qs({ subject: 'complaint', asOf: '2025-10-13T12:00:00+08:00' })}`, 'viewer');
      expect(alerts.items.map((a: { subjectId: string; clock: string; status: string }) => [a.subjectId, a.clock, a.status])).toEqual([
        [ids.others, 'complaintContact', 'overdue'],
        [ids.received, 'complaintContact', 'overdue'],
      ]);
      expectProblem(await reads.get('/api/dashboards/sla?subject=complaint', 'clerk'), 403, 'FORBIDDEN');
      expectProblem(await reads.get('/api/dashboards/sla?subject=complaints', 'viewer'), 400, 'VALIDATION_FAILED');
    });
  });

  describe('the audit trail and the dossier', () => {
    it('the audit trail has a row per complaint and claim event, naming subject, subject id and customer, with a summary', async () => {
      const page = await reads.ok(`/api/audit${qs({ subject: 'complaint', subjectId: ids.closed })}`);
      expect(page.items.map((r: Record<string, unknown>) => [r.type, r.subject, r.subjectId, r.customerId])).toEqual([
        ['ComplaintClosed', 'complaint', ids.closed, SERVICE_CUSTOMER_ID],
        ['ComplaintReplied', 'complaint', ids.closed, SERVICE_CUSTOMER_ID],
        ['ComplainantContacted', 'complaint', ids.closed, SERVICE_CUSTOMER_ID],
        ['ComplaintReceived', 'complaint', ids.closed, SERVICE_CUSTOMER_ID],
      ]);
      expect(page.items[0]).not.toHaveProperty('projectId');
      expect(page.items.map((r: { summary: string }) => r.summary)).toEqual([
        '回访办结 Complaint closed: satisfied',
        '答复 Complaint replied to',
        '联系客户 Complainant contacted',
        '受理投诉 Complaint received: 停电 via hotline',
      ]);
      const settled = await reads.ok(`/api/audit${qs({ customerId: SERVICE_CUSTOMER_ID, subject: 'claim', type: 'DamageClaimSettled' })}`);
      expect(settled.items.map((r: Record<string, unknown>) => [r.subjectId, r.summary])).toEqual([[ids.settled, '理赔 Damage claim settled: 3374.33 yuan']]);
      const customersRows = await reads.ok(`/api/audit${qs({ customerId: SERVICE_CUSTOMER_ID, subject: 'complaint' })}`);
      expect(new Set(customersRows.items.map((r: { subjectId: string }) => r.subjectId))).toEqual(new Set([ids.closed, ids.received]));
    });

    it('the audit trail: 403 for a viewer, 401 without a token, 400 for an unknown subject', async () => {
      expectProblem(await reads.get('/api/audit?subject=complaint', 'viewer'), 403, 'FORBIDDEN');
      expectProblem(await reads.get('/api/audit?subject=complaint', null), 401, 'UNAUTHORIZED');
      expectProblem(await reads.get('/api/audit?subject=complaints'), 400, 'VALIDATION_FAILED');
    });

    it('the dossier carries the customer\'s complaints and claims, their views as of now', async () => {
      const dossier = await reads.ok(`/api/customers/${SERVICE_CUSTOMER_ID}/dossier`, 'viewer');
      expect(dossier.customer).toEqual({ id: SERVICE_CUSTOMER_ID });
      expect(dossier.complaints.map((c: { complaintId: string }) => c.complaintId).sort()).toEqual([ids.closed, ids.received].sort());
      expect(dossier.claims.map((c: { claimId: string }) => c.claimId).sort()).toEqual([ids.settled, ids.filed].sort());
      expect(dossier.complaints.find((c: { complaintId: string }) => c.complaintId === ids.closed)).toEqual(await reads.ok(`/api/complaints/${ids.closed}`));
      expect(dossier.claims.find((c: { claimId: string }) => c.claimId === ids.settled)).toEqual(await reads.ok(`/api/damage-claims/${ids.settled}`));
      expect((await reads.ok(`/api/customers/${SERVICE_CUSTOMER_ID}/dossier`, 'customer', customer)).complaints).toHaveLength(2);
    });

    it('a customer known by a complaint alone has a dossier; the ID number its complainant typed is masked but for auditors', async () => {
      const masked = await reads.ok(`/api/customers/${THIRD}/dossier`, 'viewer');
      expect(masked).toMatchObject({ customer: { id: THIRD }, projects: [], accounts: [], claims: [] });
      expect(masked.complaints.map((c: { complaintId: string }) => c.complaintId)).toEqual([ids.yuhang]);
      expect(JSON.stringify(masked)).not.toContain(ID_NUMBER);
      expect((await reads.ok(`/api/customers/${THIRD}/dossier`, 'auditor')).complaints[0].description).toBe(`冒用身份证 ${ID_NUMBER} 开户`);
    });

    it('the dossier: another customer\'s is 404 to a customer; 401 without a token', async () => {
      expectProblem(await reads.get(`/api/customers/${THIRD}/dossier`, 'customer', customer), 404, 'NOT_FOUND');
      expectProblem(await reads.get(`/api/customers/${THIRD}/dossier`, null), 401, 'UNAUTHORIZED');
    });
  });

  describe('history: /events, /state, /integrity', () => {
    it('/events answers the complaint\'s events in order, to auditors and to its own customer', async () => {
      const page = await reads.ok(`/api/complaints/${ids.closed}/events`);
      expect(page.items.map((e: { type: string }) => e.type)).toEqual(['ComplaintReceived', 'ComplainantContacted', 'ComplaintReplied', 'ComplaintClosed']);
      expect(page.nextFromVersion).toBeNull();
      expect((await reads.ok(`/api/damage-claims/${ids.settled}/events?limit=2`, 'customer', customer)).nextFromVersion).toBe(3);
    });

    it('/state rebuilds the view at a point, its clocks as of that point', async () => {
      const first = await reads.ok(`/api/complaints/${ids.closed}/state?version=1`);
      expect([first.status, first.version, first.clocks.map((c: { status: string }) => c.status)]).toEqual(['received', 1, ['dueSoon', 'running']]);
      // Filed 09:00: due soon from 03:00 the next day (6 hours before the deadline), overdue after 09:00.
      const pending = await reads.ok(`/api/damage-claims/${ids.filed}/state${qs({ at: '2025-07-03T04:00:00+08:00' })}`);
      expect(pending.clocks.map((c: { status: string }) => c.status)).toEqual(['dueSoon']);
      const late = await reads.ok(`/api/damage-claims/${ids.filed}/state${qs({ at: '2025-07-03T09:00:01+08:00' })}`);
      expect(late.clocks.map((c: { status: string }) => c.status)).toEqual(['overdue']);
    });

    it('/integrity verifies the chain', async () => {
      expect(await reads.ok(`/api/complaints/${ids.closed}/integrity`)).toEqual({ valid: true, events: 4 });
      expect(await reads.ok(`/api/damage-claims/${ids.settled}/integrity`)).toEqual({ valid: true, events: 3 });
    });

    it('403 for roles other than auditor, admin (and the own customer on /events); 404 for another customer\'s; 401 without a token', async () => {
      expectProblem(await reads.get(`/api/complaints/${ids.closed}/events`, 'clerk'), 403, 'FORBIDDEN');
      expectProblem(await reads.get(`/api/damage-claims/${ids.settled}/state?version=1`, 'customer', customer), 403, 'FORBIDDEN');
      expectProblem(await reads.get(`/api/complaints/${ids.closed}/integrity`, 'viewer'), 403, 'FORBIDDEN');
      expectProblem(await reads.get(`/api/complaints/${ids.others}/events`, 'customer', customer), 404, 'NOT_FOUND');
      expectProblem(await reads.get(`/api/damage-claims/${ids.othersClaim}/events`, 'customer', customer), 404, 'NOT_FOUND');
      expectProblem(await reads.get(`/api/complaints/${ids.closed}/integrity`, null), 401, 'UNAUTHORIZED');
    });

    it('400 for a malformed point; 404 for a point before the complaint', async () => {
      expectProblem(await reads.get(`/api/complaints/${ids.closed}/state?version=0`), 400, 'VALIDATION_FAILED');
      expectProblem(await reads.get(`/api/complaints/${ids.closed}/state${qs({ at: '2025-01-01T00:00:00+08:00' })}`), 404, 'NOT_FOUND');
    });
  });
});
