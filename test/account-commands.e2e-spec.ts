import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Response } from 'supertest';
import { openSqliteEventStore, type EventStore } from '#event-sourcing';
import { accountStreamId, type AccountEvent } from '#connection-projects/domain';
import { ApiHarness } from './support/api-harness.js';
import { appendAccountHistory } from './support/account-history.js';
import { expectProblem } from './support/problems.js';
import { accountOpened, SPLIT_PARTS } from './support/account-routes.js';

/**
 * The account routes of API.md (SPEC §7.2–§7.3) through the real server: each accepts its command, each refusal code
 * comes back as problem+json and writes nothing, roles and tokens are checked first. Accounts are put in the store as
 * the process manager opens them; no route opens one.
 */
const day = (date: string) => `${date}T09:00:00+08:00`;
const opened = accountOpened;
const ordinary = (accountId: string) => opened(accountId, { contractCapacity: { value: 200, unit: 'kVA' }, tariffCategory: 'ordinaryIndustrial' });
const event = (type: AccountEvent['type'], date: string, data: Record<string, unknown> = {}) =>
  ({ type, occurredAt: `${date}T01:00:00.000Z`, data }) as unknown as AccountEvent;
const suspension = (from: string, until: string, days: number, askedOn: string) =>
  event('SuspensionGranted', askedOn, { capacity: { value: 400, unit: 'kVA' }, from, until, days });

const PARTS = SPLIT_PARTS;

describe('account command routes', () => {
  let api: ApiHarness;
  let store: EventStore;

  beforeAll(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'account-commands-'));
    store = await openSqliteEventStore({ file: join(dataDir, 'events.sqlite') });
    await appendAccountHistory(store, 'acct-main', [opened('acct-main')]);
    await appendAccountHistory(store, 'acct-close', [ordinary('acct-close')]);
    await appendAccountHistory(store, 'acct-rules', [opened('acct-rules'), suspension('2025-03-01', '2025-06-30', 122, '2025-02-20')]);
    await appendAccountHistory(store, 'acct-twice', [
      opened('acct-twice'),
      suspension('2025-03-01', '2025-03-15', 15, '2025-02-20'),
      suspension('2025-05-01', '2025-05-15', 15, '2025-04-20'),
    ]);
    await appendAccountHistory(store, 'acct-removed', [
      ordinary('acct-removed'),
      event('TemporaryRemovalRequested', '2025-03-01', { reason: '改造' }),
      event('MeterTemporarilyRemoved', '2025-03-03'),
    ]);
    await appendAccountHistory(store, 'acct-plain', [ordinary('acct-plain')]);
    await appendAccountHistory(store, 'acct-closed', [ordinary('acct-closed'), event('SupplyAccountClosed', '2025-02-01', { finalReading: 1 })]);
    api = await ApiHarness.start({ dataDir });
  });
  afterAll(async () => {
    await api?.close();
    await store?.close();
  });

  const send = (path: string, body: Record<string, unknown>, role: string | null, headers: Record<string, string> = {}, tokenOptions = {}) => {
    let req = api.http().post(`/api/accounts/${path}`).set('Content-Type', 'application/json');
    if (role !== null) req = req.set('Authorization', `Bearer ${api.token(role, tokenOptions)}`);
    for (const [k, v] of Object.entries(headers)) req = req.set(k, v);
    return req.send(JSON.stringify(body));
  };
  const accepted = (res: Response, accountId: string, version: number, type: string) => {
    if (res.status !== 201) throw new Error(`expected 201, got ${res.status} ${JSON.stringify(res.body)}`);
    expect(res.body).toEqual({ accountId, version, position: expect.any(Number), events: [type] });
    expect(res.headers.etag).toBe(`"${version}"`);
  };
  const streamLength = async (accountId: string) => (await store.readStream(accountStreamId(accountId))).length;
  /** The refusal as problem+json, and the account's stream as it was. */
  const refused = async (accountId: string, send: () => Promise<Response>, status: number, code: string) => {
    const before = await streamLength(accountId);
    const body = expectProblem(await send(), status, code);
    expect(await streamLength(accountId)).toBe(before);
    return body;
  };

  it('accepts every service in turn on a large-industry account, each one event with its version', async () => {
    const id = 'acct-main';
    const steps: [string, Record<string, unknown>, string, string][] = [
      ['suspensions', { capacity: { value: 400, unit: 'kVA' }, from: '2025-03-01', until: '2025-06-30', occurredAt: day('2025-02-20') }, 'clerk', 'SuspensionGranted'],
      ['suspensions/restoration', { restoreOn: '2025-05-01', occurredAt: day('2025-04-20') }, 'clerk', 'SuspensionEnded'],
      ['temporary-removals', { reason: '厂房改造', occurredAt: day('2025-07-01') }, 'clerk', 'TemporaryRemovalRequested'],
      ['temporary-removals/execution', { notes: '表计已拆回', occurredAt: day('2025-07-03') }, 'meterTechnician', 'MeterTemporarilyRemoved'],
      ['reinstallations', { reason: '改造完成', occurredAt: day('2025-08-01') }, 'clerk', 'ReinstallationRequested'],
      ['reinstallations/execution', { meterNumbers: ['3301000099'], occurredAt: day('2025-08-04') }, 'meterTechnician', 'MeterReinstalled'],
      ['meter-relocations', { newLocation: '配电房东墙', addressUnchanged: true, tariffUnchanged: true, supplyPointUnchanged: true, occurredAt: day('2025-08-10') }, 'clerk', 'MeterRelocationRequested'],
      ['meter-relocations/execution', { occurredAt: day('2025-08-12') }, 'meterTechnician', 'MeterRelocated'],
      ['tariff-changes', { newCategory: 'commercial', reason: '厂房改作商场', occurredAt: day('2025-09-01') }, 'clerk', 'TariffChangeRequested'],
      ['tariff-changes/survey', { findings: '已改为商业经营', approved: true, occurredAt: day('2025-09-02') }, 'surveyor', 'TariffChangeSurveyed'],
      ['tariff-changes/application', { occurredAt: day('2025-09-03') }, 'clerk', 'TariffCategoryChanged'],
      ['late-payment-charges', { billMonth: '2025-11', amountDue: 10000, dueDate: '2025-12-20', paidOn: '2026-01-10', occurredAt: day('2026-01-15') }, 'clerk', 'LatePaymentChargeAssessed'],
      ['violations', { kind: 'tariffMisuse', priceDifference: 0.3527, energy: 12345, occurredAt: day('2026-01-16') }, 'inspector', 'ViolationRecorded'],
      ['splits', { parts: PARTS, billsSettled: true, occurredAt: day('2026-01-20') }, 'clerk', 'SupplyAccountSplit'],
    ];
    for (const [i, [path, body, role, type]] of steps.entries()) accepted(await send(`${id}/${path}`, body, role), id, i + 2, type);

    const stored = await store.readStream(accountStreamId(id));
    expect(stored.find((e) => e.type === 'LatePaymentChargeAssessed')?.data).toMatchObject({ daysLate: 21, charge: 520 });
    expect(stored.find((e) => e.type === 'ViolationRecorded')?.data).toMatchObject({ backCharge: 4354.08, penalty: 8708.16 });
    expect(stored.find((e) => e.type === 'SupplyAccountSplit')?.data).toMatchObject({
      parts: [{ accountId: 'acct-main-1' }, { accountId: 'acct-main-2' }],
    });
    expect(stored.at(-1)?.metadata.actor).toMatchObject({ id: 'clerk-1', role: 'clerk' });
  });

  it('closes an account whose bills are settled', async () =>
    accepted(await send('acct-close/closure', { billsSettled: true, finalReading: 98765.4 }, 'clerk'), 'acct-close', 2, 'SupplyAccountClosed'));

  describe('refusals (SPEC §7.2–§7.3), each writing nothing', () => {
    const suspend = (from: string, until: string, askedOn: string, value = 400) => ({ capacity: { value, unit: 'kVA' }, from, until, occurredAt: day(askedOn) });

    it.each([
      ['NOTICE_TOO_SHORT', suspend('2025-09-01', '2025-09-30', '2025-08-30')],
      ['SUSPENSION_TOO_SHORT', suspend('2025-09-01', '2025-09-10', '2025-08-20')],
      ['CAPACITY_EXCEEDED', suspend('2025-09-01', '2025-09-30', '2025-08-20', 500)],
      ['WHOLE_CAPACITY_REQUIRED', suspend('2025-09-01', '2025-09-30', '2025-08-20', 200)],
      // 122 days already in 2025 + 2025-07-01..08-31 (62) = 184 > 183
      ['SUSPENSION_YEARLY_LIMIT', suspend('2025-07-01', '2025-08-31', '2025-06-20')],
    ])('suspension: %s', (code, body) => refused('acct-rules', () => send('acct-rules/suspensions', body, 'clerk'), 422, code));

    it('suspension: SUSPENSION_LIMIT_REACHED for a third in one year', () =>
      refused('acct-twice', () => send('acct-twice/suspensions', suspend('2025-09-01', '2025-09-15', '2025-08-20'), 'clerk'), 422, 'SUSPENSION_LIMIT_REACHED'));

    it('restoration: NOTICE_TOO_SHORT, and INVALID_TRANSITION outside a suspension', async () => {
      await refused('acct-rules', () => send('acct-rules/suspensions/restoration', { restoreOn: '2025-05-01', occurredAt: day('2025-04-28') }, 'clerk'), 422, 'NOTICE_TOO_SHORT');
      await refused('acct-rules', () => send('acct-rules/suspensions/restoration', { restoreOn: '2025-08-01', occurredAt: day('2025-07-01') }, 'clerk'), 409, 'INVALID_TRANSITION');
    });

    it('reinstallation: REMOVAL_EXPIRED after 6 months (removed 2025-03-03, asked 2025-09-04)', () =>
      refused('acct-removed', () => send('acct-removed/reinstallations', { occurredAt: day('2025-09-04') }, 'clerk'), 422, 'REMOVAL_EXPIRED'));

    it('relocation: RELOCATION_NOT_ALLOWED unless address, tariff and supply point stay', () =>
      refused(
        'acct-plain',
        () => send('acct-plain/meter-relocations', { newLocation: '新址', addressUnchanged: false, tariffUnchanged: true, supplyPointUnchanged: true }, 'clerk'),
        422,
        'RELOCATION_NOT_ALLOWED',
      ));

    it('tariff change: TARIFF_UNCHANGED to the current category', () =>
      refused('acct-plain', () => send('acct-plain/tariff-changes', { newCategory: 'ordinaryIndustrial', reason: '—' }, 'clerk'), 422, 'TARIFF_UNCHANGED'));

    it('closure and split: BILLS_OUTSTANDING', async () => {
      await refused('acct-plain', () => send('acct-plain/closure', { billsSettled: false, finalReading: 1 }, 'clerk'), 422, 'BILLS_OUTSTANDING');
      await refused('acct-plain', () => send('acct-plain/splits', { parts: PARTS, billsSettled: false }, 'clerk'), 422, 'BILLS_OUTSTANDING');
    });

    it('split: CAPACITY_SPLIT_MISMATCH when 250 + 150 is not the 200 kVA contract', () =>
      refused('acct-plain', () => send('acct-plain/splits', { parts: PARTS, billsSettled: true }, 'clerk'), 422, 'CAPACITY_SPLIT_MISMATCH'));

    it('late payment: NOT_LATE', () =>
      refused('acct-plain', () => send('acct-plain/late-payment-charges', { billMonth: '2025-11', amountDue: 100, dueDate: '2025-12-20', paidOn: '2025-12-20' }, 'clerk'), 422, 'NOT_LATE'));

    it('OCCURRED_AT_INVALID before the previous event and in the future', async () => {
      await refused('acct-plain', () => send('acct-plain/violations', { kind: 'meteringTampering', occurredAt: day('2025-01-01') }, 'inspector'), 422, 'OCCURRED_AT_INVALID');
      await refused('acct-plain', () => send('acct-plain/violations', { kind: 'meteringTampering', occurredAt: '2099-01-01T00:00:00Z' }, 'inspector'), 422, 'OCCURRED_AT_INVALID');
    });

    it('INVALID_TRANSITION for an execution with nothing requested', () =>
      refused('acct-plain', () => send('acct-plain/temporary-removals/execution', {}, 'meterTechnician'), 409, 'INVALID_TRANSITION'));

    it('ACCOUNT_CLOSED on a closed account, whatever the command', async () => {
      await refused('acct-closed', () => send('acct-closed/violations', { kind: 'meteringTampering' }, 'inspector'), 409, 'ACCOUNT_CLOSED');
      await refused('acct-closed', () => send('acct-closed/closure', { billsSettled: true, finalReading: 1 }, 'clerk'), 409, 'ACCOUNT_CLOSED');
    });

    it('NOT_FOUND for an account that does not exist (no route opens one)', async () => {
      expectProblem(await send('acct-nowhere/temporary-removals', { reason: 'x' }, 'clerk'), 404, 'NOT_FOUND');
      expect(await streamLength('acct-nowhere')).toBe(0);
    });

    it('PRECONDITION_FAILED when If-Match names another version', () =>
      refused('acct-plain', () => send('acct-plain/temporary-removals', { reason: 'x' }, 'clerk', { 'If-Match': '"7"' }), 412, 'PRECONDITION_FAILED'));

    it('VALIDATION_FAILED for a body of the wrong shape, an unknown field, or dates the wrong way round', async () => {
      await refused('acct-plain', () => send('acct-plain/violations', { kind: 'theft' }, 'inspector'), 400, 'VALIDATION_FAILED');
      await refused('acct-plain', () => send('acct-plain/temporary-removals', { reason: 'x', extra: 1 }, 'clerk'), 400, 'VALIDATION_FAILED');
      await refused('acct-plain', () => send('acct-plain/suspensions', { capacity: { value: 50, unit: 'kVA' }, from: '2025-09-30', until: '2025-09-01' }, 'clerk'), 400, 'VALIDATION_FAILED');
      await refused('acct-plain', () => send('acct-plain/late-payment-charges', { billMonth: '2025-11', amountDue: 1.005, dueDate: '2025-12-20', paidOn: '2025-12-29' }, 'clerk'), 400, 'VALIDATION_FAILED');
      await refused('acct-plain', () => send('acct-plain/splits', { parts: PARTS.slice(0, 1), billsSettled: true }, 'clerk'), 400, 'VALIDATION_FAILED');
    });
  });

  describe('authentication and roles', () => {
    const ROUTES: [string, string, Record<string, unknown>][] = [
      ['suspensions', 'clerk', { capacity: { value: 50, unit: 'kVA' }, from: '2026-12-20', until: '2026-12-31' }],
      ['suspensions/restoration', 'clerk', { restoreOn: '2026-12-25' }],
      ['temporary-removals', 'clerk', { reason: 'x' }],
      ['temporary-removals/execution', 'meterTechnician', {}],
      ['reinstallations', 'clerk', {}],
      ['reinstallations/execution', 'meterTechnician', { meterNumbers: ['M-1'] }],
      ['meter-relocations', 'clerk', { newLocation: 'x', addressUnchanged: true, tariffUnchanged: true, supplyPointUnchanged: true }],
      ['meter-relocations/execution', 'meterTechnician', {}],
      ['tariff-changes', 'clerk', { newCategory: 'commercial', reason: 'x' }],
      ['tariff-changes/survey', 'surveyor', { findings: 'x', approved: true }],
      ['tariff-changes/application', 'clerk', {}],
      ['closure', 'clerk', { billsSettled: true, finalReading: 1 }],
      ['splits', 'clerk', { parts: PARTS, billsSettled: true }],
      ['late-payment-charges', 'clerk', { billMonth: '2025-11', amountDue: 100, dueDate: '2025-12-20', paidOn: '2025-12-29' }],
      ['violations', 'inspector', { kind: 'meteringTampering' }],
    ];
    const OTHER_ROLES = ['clerk', 'surveyor', 'inspector', 'meterTechnician', 'archivist', 'auditor', 'viewer', 'schemeApprover', 'designReviewer'];

    it.each(ROUTES)('%s: 401 without a token', (path, _role, body) =>
      refused('acct-plain', () => send(`acct-plain/${path}`, body, null), 401, 'UNAUTHORIZED'));

    it.each(ROUTES)('%s: 403 for every role but %s, customers included (a customer acts on no account route)', async (path, role, body) => {
      for (const other of [...OTHER_ROLES.filter((r) => r !== role), 'customer']) {
        await refused('acct-plain', () => send(`acct-plain/${path}`, body, other, {}, { customerId: 'cust-acct-1' }), 403, 'FORBIDDEN');
      }
    });
  });

  describe('idempotency', () => {
    it('answers a retry with the same key from the first answer, and refuses the key with another body', async () => {
      const body = { billMonth: '2025-10', amountDue: 2000, dueDate: '2025-11-20', paidOn: '2025-11-25', occurredAt: day('2025-12-01') };
      const first = await send('acct-plain/late-payment-charges', body, 'clerk', { 'Idempotency-Key': 'lp-2025-10' });
      accepted(first, 'acct-plain', 2, 'LatePaymentChargeAssessed');
      const again = await send('acct-plain/late-payment-charges', body, 'clerk', { 'Idempotency-Key': 'lp-2025-10' });
      expect(again.status).toBe(201);
      expect(again.body).toEqual(first.body);
      expect(await streamLength('acct-plain')).toBe(2);
      await refused('acct-plain', () => send('acct-plain/late-payment-charges', { ...body, amountDue: 2001 }, 'clerk', { 'Idempotency-Key': 'lp-2025-10' }), 422, 'IDEMPOTENCY_KEY_REUSED');
    });
  });
});
