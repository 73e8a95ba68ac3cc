import type { Response } from 'supertest';
import { claimStreamId, complaintStreamId } from '#connection-projects/domain';
import { ApiHarness } from './support/api-harness.js';
import {
  ACCOUNT_ORG_UNIT,
  COMMERCIAL_ACCOUNT_ID,
  ClaimJourney,
  ComplaintJourney,
  RESIDENTIAL_ACCOUNT_ID,
  SERVICE_CUSTOMER_ID,
  TELEVISION,
  residentialAccount,
} from './support/complaint-claim-routes.js';
import { expectProblem } from './support/problems.js';

/**
 * The complaint and appliance-damage claim routes of API.md (SPEC §8) through the real server: each step accepted as
 * one event, each refusal code as problem+json writing nothing, tokens and roles first, retries answered once. The
 * accounts they name are put in the store as the supply-accounts process manager opens them.
 */
const day = (date: string, time = '09:00:00') => `${date}T${time}+08:00`;
type Json = Record<string, unknown>;

describe('complaint and claim command routes', () => {
  let api: ApiHarness;
  let complaints: ComplaintJourney;
  let claims: ClaimJourney;

  beforeAll(async () => {
    api = await ApiHarness.start();
    complaints = new ComplaintJourney(api);
    claims = new ClaimJourney(api);
    await claims.open(); // the customer's residential and commercial accounts
    await api.appendAccountHistory('acct-svc-stranger', [residentialAccount('acct-svc-stranger', 'cust-svc-stranger')]);
  });
  afterAll(() => api?.close());

  const streamOf = (subject: 'complaint' | 'claim', id: string) => api.readStream(subject === 'complaint' ? complaintStreamId(id) : claimStreamId(id));
  const accepted = (res: Response, key: 'complaintId' | 'claimId', id: string, version: number, type: string) => {
    if (res.status !== 201) throw new Error(`expected 201, got ${res.status} ${JSON.stringify(res.body)}`);
    expect(res.body).toEqual({ [key]: id, version, position: expect.any(Number), events: [type] });
    expect(res.headers.etag).toBe(`"${version}"`);
  };
  /** The refusal as problem+json, and the subject's stream as it was. */
  const refused = async (subject: 'complaint' | 'claim', id: string, send: () => Promise<Response>, status: number, code: string) => {
    const before = (await streamOf(subject, id)).length;
    const body = expectProblem(await send(), status, code);
    expect((await streamOf(subject, id)).length).toBe(before);
    return body;
  };

  describe('a complaint (SPEC §8)', () => {
    it('is received on the customer’s account, contacted, replied and closed: one event each, in its own stream', async () => {
      const id = await complaints.open();
      const steps: [string, Json, string][] = [
        ['', complaints.body('', { accountId: RESIDENTIAL_ACCOUNT_ID }), 'ComplaintReceived'],
        ['contact', complaints.body('contact'), 'ComplainantContacted'],
        ['reply', complaints.body('reply'), 'ComplaintReplied'],
        ['closure', complaints.body('closure', { satisfaction: 'neutral' }), 'ComplaintClosed'],
      ];
      for (const [i, [suffix, body, type]] of steps.entries()) accepted(await complaints.send(suffix, id, { body }), 'complaintId', id, i + 1, type);

      const stored = await streamOf('complaint', id);
      expect(stored.map((e) => e.data)).toEqual([
        { complaintId: id, customerId: SERVICE_CUSTOMER_ID, accountId: RESIDENTIAL_ACCOUNT_ID, channel: 'hotline', category: '停电', description: '小区连续三天晚间停电，未见通知', orgUnit: ACCOUNT_ORG_UNIT },
        { complaintId: id, notes: '已电话联系客户' },
        { complaintId: id, resolution: '线路故障已抢修' },
        { complaintId: id, satisfaction: 'neutral' },
      ]);
      expect(stored[0]!.metadata).toMatchObject({ actor: { id: 'clerk-1', role: 'clerk' }, occurredAt: '2025-10-10T01:00:00.000Z' });
    });

    it('of a customer the system does not know, with no account: its org unit is the recording clerk’s', async () => {
      const id = await complaints.open();
      const res = await complaints.send('', id, { body: complaints.body('', { customerId: 'cust-walk-in' }), tokenOptions: { orgUnit: 'hz-xihu-station' } });
      accepted(res, 'complaintId', id, 1, 'ComplaintReceived');
      expect((await streamOf('complaint', id))[0]!.data).toMatchObject({ customerId: 'cust-walk-in', orgUnit: 'hz-xihu-station' });
    });

    it('gets an id when the body names none', async () => {
      const { complaintId: _none, ...body } = complaints.body('');
      const res = await api.http().post('/api/complaints').set('Authorization', `Bearer ${api.token('clerk')}`).send(body);
      expect(res.status).toBe(201);
      expect(res.body.complaintId).toMatch(/^[0-9a-f-]{36}$/);
    });

    it.each([
      ['an account that does not exist', 'acct-svc-nowhere'],
      ['another customer’s account', 'acct-svc-stranger'],
    ])('is ACCOUNT_INVALID naming %s', async (_what, accountId) => {
      const id = await complaints.open();
      await refused('complaint', id, () => complaints.send('', id, { body: complaints.body('', { accountId }) }), 422, 'ACCOUNT_INVALID');
    });

    it('is received once: the same id again is INVALID_TRANSITION, before OCCURRED_AT_INVALID', async () => {
      const id = await complaints.driveThrough('');
      await refused('complaint', id, () => complaints.send('', id, { body: complaints.body('', { occurredAt: '2099-01-01T00:00:00Z' }) }), 409, 'INVALID_TRANSITION');
    });

    it.each([
      ['a reply before the contact', '', 'reply'],
      ['a closure before the reply', 'contact', 'closure'],
      ['a second contact', 'contact', 'contact'],
    ])('refuses %s (INVALID_TRANSITION)', async (_what, through, suffix) => {
      const id = await complaints.driveThrough(through);
      await refused('complaint', id, () => complaints.send(suffix, id), 409, 'INVALID_TRANSITION');
    });

    it('checks the business time first among the 422s, and against the previous event', async () => {
      const fresh = await complaints.open();
      await refused('complaint', fresh, () => complaints.send('', fresh, { body: complaints.body('', { accountId: 'acct-svc-nowhere', occurredAt: '2099-01-01T00:00:00Z' }) }), 422, 'OCCURRED_AT_INVALID');
      const id = await complaints.driveThrough('');
      await refused('complaint', id, () => complaints.send('contact', id, { body: { occurredAt: day('2025-10-09') } }), 422, 'OCCURRED_AT_INVALID');
    });

    it('is NOT_FOUND for a step on a complaint that does not exist, and PRECONDITION_FAILED when If-Match names another version', async () => {
      await refused('complaint', 'cmp-nowhere', () => complaints.send('contact', 'cmp-nowhere'), 404, 'NOT_FOUND');
      const id = await complaints.driveThrough('');
      await refused('complaint', id, () => complaints.send('contact', id, { headers: { 'If-Match': '"2"' } }), 412, 'PRECONDITION_FAILED');
      accepted(await complaints.send('contact', id, { headers: { 'If-Match': '"1"' } }), 'complaintId', id, 2, 'ComplainantContacted');
    });

    it('is VALIDATION_FAILED for an unknown channel, a satisfaction it does not know, or an unknown field', async () => {
      const id = await complaints.open();
      await refused('complaint', id, () => complaints.send('', id, { body: complaints.body('', { channel: 'letter' }) }), 400, 'VALIDATION_FAILED');
      await refused('complaint', id, () => complaints.send('', id, { body: complaints.body('', { priority: 'high' }) }), 400, 'VALIDATION_FAILED');
      const replied = await complaints.driveThrough('reply');
      await refused('complaint', replied, () => complaints.send('closure', replied, { body: { satisfaction: 'happy' } }), 400, 'VALIDATION_FAILED');
    });
  });

  describe('an appliance-damage claim (SPEC §8)', () => {
    const appliances = [
      TELEVISION,
      { name: '冰箱', category: 'motor', purchasedOn: '2025-02-15', invoicePrice: 3200 },
      { name: '吸顶灯', category: 'lighting', purchasedOn: '2022-06-01', invoicePrice: 365.55 },
    ];

    it('filed on day 7, investigated within 24 hours, settled with the compensation of SPEC §8', async () => {
      const id = await claims.open();
      accepted(await claims.send('', id, { body: claims.body('', { appliances, occurredAt: day('2025-07-08') }) }), 'claimId', id, 1, 'DamageClaimFiled');
      const findings = [
        { name: '电视机', repairable: false },
        { name: '冰箱', repairable: false },
        { name: '吸顶灯', repairable: true, repairCost: 45.5 },
      ];
      accepted(await claims.send('investigation', id, { body: claims.body('investigation', { appliances: findings, occurredAt: day('2025-07-08', '20:00:00') }) }), 'claimId', id, 2, 'DamageInvestigated');
      accepted(await claims.send('settlement', id, { body: claims.body('settlement', { occurredAt: day('2025-07-10') }) }), 'claimId', id, 3, 'DamageClaimSettled');

      const [filed, , settled] = await streamOf('claim', id);
      expect(filed!.data).toMatchObject({ customerId: SERVICE_CUSTOMER_ID, accountId: RESIDENTIAL_ACCOUNT_ID, orgUnit: ACCOUNT_ORG_UNIT, damagedOn: '2025-07-01' });
      expect(settled!.data).toEqual({
        claimId: id,
        utilityLiable: true,
        appliances: [
          // 2022-03-10 → 2025-07-01: 39 whole months; 4999 × 81/120 = 3374.325 → 3374.33
          { name: '电视机', basis: 'depreciated', monthsUsed: 39, lifeYears: 10, compensation: 3374.33 },
          // bought 2025-02-15, on or after 2025-01-01 (six months before the damage): the invoice price
          { name: '冰箱', basis: 'boughtWithinSixMonths', compensation: 3200 },
          { name: '吸顶灯', basis: 'repairCost', compensation: 45.5 },
        ],
        total: 6619.83,
        notes: '赔偿款已转账',
      });
    });

    it('is CLAIM_TOO_LATE on day 8, counted in Asia/Shanghai', async () => {
      const id = await claims.open();
      await refused('claim', id, () => claims.send('', id, { body: claims.body('', { occurredAt: '2025-07-08T16:30:00Z' }) }), 422, 'CLAIM_TOO_LATE');
      accepted(await claims.send('', id, { body: claims.body('', { occurredAt: '2025-07-08T15:59:59Z' }) }), 'claimId', id, 1, 'DamageClaimFiled');
    });

    it.each([
      ['ACCOUNT_INVALID', 'an account that does not exist', { accountId: 'acct-svc-nowhere' }],
      ['ACCOUNT_INVALID', 'another customer’s account', { accountId: 'acct-svc-stranger' }],
      ['CLAIM_NOT_ELIGIBLE', 'a commercial account', { accountId: COMMERCIAL_ACCOUNT_ID }],
      ['OCCURRED_AT_INVALID', 'a time in the future, whatever the account', { accountId: 'acct-svc-nowhere', occurredAt: '2099-01-01T00:00:00Z' }],
    ])('is %s for %s', async (code, _what, patch) => {
      const id = await claims.open();
      await refused('claim', id, () => claims.send('', id, { body: claims.body('', patch) }), 422, code);
    });

    it('reads the account afresh: a change another process appended since is seen', async () => {
      await api.appendAccountHistory('acct-svc-late', [residentialAccount('acct-svc-late')]);
      const first = await claims.open();
      accepted(await claims.send('', first, { body: claims.body('', { accountId: 'acct-svc-late' }) }), 'claimId', first, 1, 'DamageClaimFiled');
      const changed = { type: 'TariffCategoryChanged', occurredAt: '2025-06-01T01:00:00.000Z', data: { accountId: 'acct-svc-late', previousCategory: 'residential', newCategory: 'commercial' } };
      await api.appendAccountHistory('acct-svc-late', [changed as never]);
      const second = await claims.open();
      await refused('claim', second, () => claims.send('', second, { body: claims.body('', { accountId: 'acct-svc-late' }) }), 422, 'CLAIM_NOT_ELIGIBLE');
    });

    it.each([
      ['a settlement before the investigation', '', 'settlement'],
      ['a second investigation', 'investigation', 'investigation'],
      ['a second filing with the same id', '', ''],
    ])('refuses %s (INVALID_TRANSITION)', async (_what, through, suffix) => {
      const id = await claims.driveThrough(through);
      await refused('claim', id, () => claims.send(suffix, id), 409, 'INVALID_TRANSITION');
    });

    it('is VALIDATION_FAILED for what the claim or the investigation says wrongly', async () => {
      const id = await claims.open();
      const bad: Json[] = [
        { appliances: [] },
        { appliances: [{ ...TELEVISION, category: 'kitchen' }] },
        { appliances: [{ ...TELEVISION, invoicePrice: 4999.005 }] },
        { appliances: [{ ...TELEVISION, purchasedOn: '2025-07-02' }] },
        { damagedOn: '2025-07-03' },
      ];
      for (const patch of bad) await refused('claim', id, () => claims.send('', id, { body: claims.body('', patch) }), 400, 'VALIDATION_FAILED');
      const filed = await claims.driveThrough('');
      await refused('claim', filed, () => claims.send('investigation', filed, { body: claims.body('investigation', { appliances: [{ name: '冰箱', repairable: false }] }) }), 400, 'VALIDATION_FAILED');
      await refused('claim', filed, () => claims.send('investigation', filed, { body: claims.body('investigation', { appliances: [{ name: '电视机', repairable: true }] }) }), 400, 'VALIDATION_FAILED');
    });

    it('is NOT_FOUND for a step on a claim that does not exist', () => refused('claim', 'clm-nowhere', () => claims.send('investigation', 'clm-nowhere'), 404, 'NOT_FOUND'));
  });

  describe('authentication and roles', () => {
    const ROLES = ['clerk', 'surveyor', 'inspector', 'meterTechnician', 'archivist', 'auditor', 'viewer', 'schemeApprover', 'designReviewer', 'customer'];
    const routes = () => [
      ...['', 'contact', 'reply', 'closure'].map((suffix) => ({ subject: 'complaint' as const, journey: complaints, suffix })),
      ...['', 'investigation', 'settlement'].map((suffix) => ({ subject: 'claim' as const, journey: claims, suffix })),
    ];

    it('401 without a token, on every route', async () => {
      for (const { subject, journey, suffix } of routes()) {
        const id = await journey.readyFor(suffix);
        await refused(subject, id, () => journey.send(suffix, id, { token: null }), 401, 'UNAUTHORIZED');
      }
    });

    it('403 for every role but the route’s, customers included', async () => {
      for (const { subject, journey, suffix } of routes()) {
        const id = await journey.readyFor(suffix);
        const allowed = journey.route(suffix).role;
        for (const role of ROLES.filter((r) => r !== allowed)) {
          await refused(subject, id, () => journey.send(suffix, id, { role, tokenOptions: { customerId: SERVICE_CUSTOMER_ID } }), 403, 'FORBIDDEN');
        }
      }
    });
  });

  describe('idempotency', () => {
    it('answers a retried filing from the first answer, writes nothing more, and refuses the key with another body', async () => {
      const id = await claims.open();
      const key = { 'Idempotency-Key': `file-${id}` };
      const first = await claims.send('', id, { headers: key });
      accepted(first, 'claimId', id, 1, 'DamageClaimFiled');
      const again = await claims.send('', id, { headers: key });
      expect(again.status).toBe(201);
      expect(again.body).toEqual(first.body);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(await streamOf('claim', id)).toHaveLength(1);
      await refused('claim', id, () => claims.send('', id, { headers: key, body: claims.body('', { damagedOn: '2025-06-30' }) }), 422, 'IDEMPOTENCY_KEY_REUSED');
    });

    it('answers a retried complaint step from the first answer', async () => {
      const id = await complaints.driveThrough('');
      const key = { 'Idempotency-Key': `contact-${id}` };
      const first = await complaints.send('contact', id, { headers: key });
      accepted(first, 'complaintId', id, 2, 'ComplainantContacted');
      expect((await complaints.send('contact', id, { headers: key })).body).toEqual(first.body);
      expect(await streamOf('complaint', id)).toHaveLength(2);
    });
  });
});
