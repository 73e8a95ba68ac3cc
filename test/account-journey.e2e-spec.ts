import type { Response } from 'supertest';
import { AccountJourney } from './support/account-routes.js';
import { ApiHarness } from './support/api-harness.js';
import { DATED_JOURNEY, runDatedJourney } from './support/dated-journey.js';
import { Journey } from './support/journey.js';
import { Reads, qs } from './support/reads.js';

/**
 * The supply account's life after a connection (SPEC §7), through the real server with business times: the dated
 * high-voltage industrial journey energizes its project on Thu 2025-10-30 14:00, the supply-accounts process manager opens
 * `acct-<projectId>` (2,000 kVA, largeIndustry), then the customer's services and charges follow on paper dates and the
 * account is split in two and one part closed. The dossier, the audit trail, the dashboard and time travel must tell
 * the same story, with every figure worked out by hand below.
 */
const PROJECT = 'prj-acct-journey-1';
const ACCOUNT = `acct-${PROJECT}`;
const CUSTOMER = 'cust-hz-0001';
const ORG = 'hz-xihu-branch';
const WHOLE = { value: 2000, unit: 'kVA' };
const NONE = { value: 0, unit: 'kVA' };
/** A business time in Shanghai, as sent (`+08:00`) and as the API answers it (UTC). */
const sent = (date: string, time = '09:00') => `${date}T${time}:00+08:00`;
const answered = (date: string, time = '09:00') => new Date(sent(date, time)).toISOString();

/** The new customer that takes 800 kVA of the split; the original customer keeps 1,200 kVA. */
const NEW_CUSTOMER = { id: 'cust-hz-0002', name: '杭州西湖精工配套有限公司', kind: 'organisation', idNumber: '91330106MA2HXY3K5Q', phone: '0571-87650000', address: '浙江省杭州市西湖区三墩镇振华路 200 号 2 幢' };
const KEPT_CUSTOMER = { id: CUSTOMER, name: '杭州西湖精密制造有限公司', kind: 'organisation', idNumber: '91330100MA2XXXXX08', phone: '0571-87654321', address: '浙江省杭州市西湖区文三路 100 号' };

/** Each service as the clerk, surveyor or inspector records it from paper, in order. */
const SERVICES: { suffix: string; body: Record<string, unknown>; event: string }[] = [
  // Asked Mon Nov 3 for Nov 10 (7 days' notice ≥ 5) to Dec 9: 21 + 9 = 30 days, the whole contract (largeIndustry).
  { suffix: 'suspensions', body: { capacity: WHOLE, from: '2025-11-10', until: '2025-12-09', occurredAt: sent('2025-11-03') }, event: 'SuspensionGranted' },
  // Asked Fri Nov 14 to restore on Thu Nov 20 (6 days' notice): suspended Nov 10..19 = 10 days < 15, basic charge not waived.
  { suffix: 'suspensions/restoration', body: { restoreOn: '2025-11-20', occurredAt: sent('2025-11-14') }, event: 'SuspensionEnded' },
  // Mon Dec 1: survey due within 3 working days (Dec 4), done Wed Dec 3; change due within 2 (Dec 5), done Thu Dec 4.
  { suffix: 'tariff-changes', body: { newCategory: 'commercial', reason: '厂房改作商业综合体', occurredAt: sent('2025-12-01') }, event: 'TariffChangeRequested' },
  { suffix: 'tariff-changes/survey', body: { findings: '生产线已拆除，改作商业经营', approved: true, occurredAt: sent('2025-12-03', '10:00') }, event: 'TariffChangeSurveyed' },
  { suffix: 'tariff-changes/application', body: { occurredAt: sent('2025-12-04') }, event: 'TariffCategoryChanged' },
  // SPEC §7.3's example, now a commercial (non-residential) account: 11 days × 20.00 + 10 days × 30.00 = 520.00.
  { suffix: 'late-payment-charges', body: { billMonth: '2025-11', amountDue: 10000, dueDate: '2025-12-20', paidOn: '2026-01-10', occurredAt: sent('2026-01-12') }, event: 'LatePaymentChargeAssessed' },
  // Not largeIndustry any more: no back charge, 50 yuan per kVA × 80 kVA = 4,000.00.
  { suffix: 'violations', body: { kind: 'privateCapacityIncrease', capacity: 80, occurredAt: sent('2026-01-15') }, event: 'ViolationRecorded' },
  // 1,200 + 800 = the 2,000 kVA contract.
  {
    suffix: 'splits',
    body: { parts: [{ customer: KEPT_CUSTOMER, capacity: { value: 1200, unit: 'kVA' } }, { customer: NEW_CUSTOMER, capacity: { value: 800, unit: 'kVA' } }], billsSettled: true, occurredAt: sent('2026-02-02') },
    event: 'SupplyAccountSplit',
  },
];
const CLOSURE = { billsSettled: true, finalReading: 4321.5, occurredAt: sent('2026-03-02') };

describe('a supply account from energization to a split (SPEC §7, journey)', () => {
  let api: ApiHarness;
  let reads: Reads;
  let accounts: AccountJourney;
  let energized: Response;
  const answers: Response[] = [];
  let closure: Response;

  const serve = async (suffix: string, accountId: string, body: Record<string, unknown>) => {
    const res = await accounts.send(suffix, accountId, { body });
    if (res.status !== 201) throw new Error(`${suffix} on ${accountId}: ${res.status} ${JSON.stringify(res.body)}`);
    return res;
  };
  const state = (accountId: string, at: string) => reads.ok(`/api/accounts/${accountId}/state${qs({ at })}`);

  beforeAll(async () => {
    api = await ApiHarness.start();
    reads = new Reads(api);
    accounts = new AccountJourney(api);
    const project = await runDatedJourney(new Journey(api), PROJECT);
    energized = project[DATED_JOURNEY.findIndex((s) => s.event === 'MeterInstalledAndEnergized')]!;
  });
  afterAll(() => api.close());

  it('the process manager opens acct-<projectId> from the energization, read at once with its position', async () => {
    const view = await reads.ok(`/api/accounts/${ACCOUNT}?minPosition=${energized.body.position}`, 'viewer');
    expect(view).toMatchObject({
      accountId: ACCOUNT,
      customerId: CUSTOMER,
      projectId: PROJECT,
      status: 'active',
      contractCapacity: WHOLE,
      suspendedCapacity: NONE,
      tariffCategory: 'largeIndustry',
      orgUnit: ORG,
      meterNumbers: ['3300001234567890', '3300001234567891'],
      version: 1,
      services: [],
      charges: [],
      clocks: [],
    });
    const [opened] = (await reads.ok(`/api/accounts/${ACCOUNT}/events`)).items;
    expect(opened).toMatchObject({ type: 'SupplyAccountOpened', occurredAt: answered('2025-10-30', '14:00'), actor: { id: 'system:supply-accounts', role: 'system' } });
  });

  it('serves suspension, early restoration, tariff change, a late-payment charge, a violation and a split, one event each', async () => {
    for (const service of SERVICES) answers.push(await serve(service.suffix, ACCOUNT, service.body));
    expect(answers.map((a) => [a.body.version, a.body.events])).toEqual(SERVICES.map((s, i) => [i + 2, [s.event]]));
    const events = (await reads.ok(`/api/accounts/${ACCOUNT}/events`)).items;
    expect(events.find((e: { type: string }) => e.type === 'SuspensionGranted').data).toMatchObject({ days: 30 });
    expect(events.find((e: { type: string }) => e.type === 'SuspensionEnded').data).toMatchObject({ suspendedDays: 10, basicChargeWaived: false });
    expect(events.find((e: { type: string }) => e.type === 'LatePaymentChargeAssessed').data).toMatchObject({ daysLate: 21, charge: 520 });
    expect(events.find((e: { type: string }) => e.type === 'ViolationRecorded').data).toMatchObject({ backCharge: 0, penalty: 4000 });
  });

  it('the split opens -1 and -2 for the parts (read with the split\'s position), and one of them is closed', async () => {
    const split = answers.at(-1)!;
    const first = await reads.ok(`/api/accounts/${ACCOUNT}-1?minPosition=${split.body.position}`, 'viewer');
    const second = await reads.ok(`/api/accounts/${ACCOUNT}-2?minPosition=${split.body.position}`, 'viewer');
    const part = { status: 'active', tariffCategory: 'commercial', orgUnit: ORG, splitFrom: ACCOUNT, version: 1 };
    expect(first).toMatchObject({ ...part, customerId: CUSTOMER, contractCapacity: { value: 1200, unit: 'kVA' } });
    expect(second).toMatchObject({ ...part, customerId: NEW_CUSTOMER.id, contractCapacity: { value: 800, unit: 'kVA' } });
    closure = await serve('closure', `${ACCOUNT}-2`, CLOSURE);
    expect(closure.body).toMatchObject({ version: 2, events: ['SupplyAccountClosed'] });
    expect(await reads.ok(`/api/accounts/${ACCOUNT}-2?minPosition=${closure.body.position}`, 'viewer')).toMatchObject({ status: 'closed', closedAt: answered('2026-03-02') });
    expect(await reads.ok(`/api/accounts/${ACCOUNT}?minPosition=${closure.body.position}`, 'viewer')).toMatchObject({ status: 'closed', version: 9 });
  });

  it("the dossier: the original account with every service and charge, and the part the customer kept; the new customer's own", async () => {
    const dossier = await reads.ok(`/api/customers/${CUSTOMER}/dossier?minPosition=${closure.body.position}`, 'viewer');
    expect(dossier.accounts.map((a: { accountId: string; status: string }) => [a.accountId, a.status]).sort()).toEqual([
      [ACCOUNT, 'closed'],
      [`${ACCOUNT}-1`, 'active'],
    ]);
    const original = dossier.accounts.find((a: { accountId: string }) => a.accountId === ACCOUNT);
    expect(original.services.map((s: { type: string; requestedAt: string; completedAt?: string }) => [s.type, s.requestedAt, s.completedAt ?? null])).toEqual([
      ['suspension', answered('2025-11-03'), answered('2025-11-03')],
      ['restoration', answered('2025-11-14'), answered('2025-11-14')],
      ['tariffChange', answered('2025-12-01'), answered('2025-12-04')],
      ['split', answered('2026-02-02'), answered('2026-02-02')],
    ]);
    expect(original.charges.map((c: { type: string; amount: number }) => [c.type, c.amount])).toEqual([
      ['latePayment', 520],
      ['violation', 4000],
    ]);
    expect(original.suspensions).toEqual([
      { from: '2025-11-10', until: '2025-12-09', capacity: WHOLE, days: 30, restoreOn: '2025-11-20', basicChargeWaived: false, endedOn: '2025-11-19' },
    ]);
    expect(original.tariffCategory).toBe('commercial');
    const theirs = await reads.ok(`/api/customers/${NEW_CUSTOMER.id}/dossier`, 'customer', { customerId: NEW_CUSTOMER.id });
    expect(theirs.accounts.map((a: { accountId: string; status: string }) => [a.accountId, a.status])).toEqual([[`${ACCOUNT}-2`, 'closed']]);
  });

  it('the audit trail: the account rows newest first, each with its subject, actor and business time', async () => {
    const { items } = await reads.ok(`/api/audit${qs({ subject: 'account', subjectId: ACCOUNT, minPosition: closure.body.position })}`);
    expect(items.map((r: { type: string; actor: { role: string }; occurredAt: string }) => [r.type, r.actor.role, r.occurredAt])).toEqual([
      ['SupplyAccountSplit', 'clerk', answered('2026-02-02')],
      ['ViolationRecorded', 'inspector', answered('2026-01-15')],
      ['LatePaymentChargeAssessed', 'clerk', answered('2026-01-12')],
      ['TariffCategoryChanged', 'clerk', answered('2025-12-04')],
      ['TariffChangeSurveyed', 'surveyor', answered('2025-12-03', '10:00')],
      ['TariffChangeRequested', 'clerk', answered('2025-12-01')],
      ['SuspensionEnded', 'clerk', answered('2025-11-14')],
      ['SuspensionGranted', 'clerk', answered('2025-11-03')],
      ['SupplyAccountOpened', 'system', answered('2025-10-30', '14:00')],
    ]);
    expect(items.every((r: Record<string, unknown>) => r.subject === 'account' && r.subjectId === ACCOUNT && r.customerId === CUSTOMER && !('projectId' in r))).toBe(true);
    const parts = await reads.ok(`/api/audit${qs({ subject: 'account', subjectId: `${ACCOUNT}-2` })}`);
    expect(parts.items.map((r: { type: string; customerId: string }) => [r.type, r.customerId])).toEqual([
      ['SupplyAccountClosed', NEW_CUSTOMER.id],
      ['SupplyAccountOpened', NEW_CUSTOMER.id],
    ]);
  });

  it('the dashboard counts the account clocks as of each day of the tariff change; the alert list shows the change due soon', async () => {
    const at = async (asOf: string) => (await reads.ok(`/api/dashboards/sla${qs({ subject: 'account', orgUnit: ORG, asOf })}`, 'viewer')).clocks;
    const counts = (c?: Record<string, number>) => c && [c.open, c.dueSoon, c.overdue, c.metOnTime, c.metLate];
    // Tue Dec 2: the survey running (due Thu Dec 4, due soon from Wed Dec 3); no change clock yet.
    const tuesday = await at(sent('2025-12-02', '12:00'));
    expect([counts(tuesday.tariffSurvey), counts(tuesday.tariffChange)]).toEqual([[1, 0, 0, 0, 0], undefined]);
    // Wed Dec 3 noon: surveyed on time; the change running (due Fri Dec 5, due soon from Thu Dec 4).
    const wednesday = await at(sent('2025-12-03', '12:00'));
    expect([counts(wednesday.tariffSurvey), counts(wednesday.tariffChange)]).toEqual([[0, 0, 0, 1, 0], [1, 0, 0, 0, 0]]);
    // Fri Dec 5: both met on time, the survey in 2 working days, the change in 1.
    const friday = await at(sent('2025-12-05', '12:00'));
    expect([counts(friday.tariffSurvey), counts(friday.tariffChange)]).toEqual([[0, 0, 0, 1, 0], [0, 0, 0, 1, 0]]);
    expect([friday.tariffSurvey.onTimeRate, friday.tariffSurvey.avgWorkingDays, friday.tariffChange.avgWorkingDays]).toEqual([1, 2, 1]);
    const alerts = await reads.ok(`/api/dashboards/sla/alerts${qs({ subject: 'account', orgUnit: ORG, asOf: sent('2025-12-04', '08:00') })}`, 'viewer');
    expect(alerts.items.map((a: Record<string, string>) => [a.subjectId, a.clock, a.status, a.deadline])).toEqual([
      [ACCOUNT, 'tariffChange', 'dueSoon', '2025-12-05T23:59:59.999+08:00'],
    ]);
  });

  it('time travel: status, suspended capacity and tariff as of points between the services', async () => {
    const seen = async (accountId: string, point: string) => {
      const view = await state(accountId, point);
      return [view.version, view.status, view.suspendedCapacity, view.tariffCategory];
    };
    // Granted on Nov 3, not yet begun on Nov 5.
    expect(await seen(ACCOUNT, sent('2025-11-05', '12:00'))).toEqual([2, 'active', NONE, 'largeIndustry']);
    expect(await seen(ACCOUNT, sent('2025-11-12', '12:00'))).toEqual([2, 'suspended', WHOLE, 'largeIndustry']);
    // The restoration asked on Nov 14 takes effect on Nov 20: still suspended on Nov 17, active again on Nov 20.
    expect(await seen(ACCOUNT, sent('2025-11-17', '12:00'))).toEqual([3, 'suspended', WHOLE, 'largeIndustry']);
    expect(await seen(ACCOUNT, sent('2025-11-20', '12:00'))).toEqual([3, 'active', NONE, 'largeIndustry']);
    // Dec 9 would have been inside the granted suspension; it ended early.
    expect(await seen(ACCOUNT, sent('2025-12-03', '12:00'))).toEqual([5, 'active', NONE, 'largeIndustry']);
    expect(await seen(ACCOUNT, sent('2025-12-09', '12:00'))).toEqual([6, 'active', NONE, 'commercial']);
    expect(await seen(ACCOUNT, sent('2026-02-02', '12:00'))).toEqual([9, 'closed', NONE, 'commercial']);
    expect(await seen(`${ACCOUNT}-2`, sent('2026-02-20', '12:00'))).toEqual([1, 'active', NONE, 'commercial']);
    expect(await seen(`${ACCOUNT}-2`, sent('2026-03-02', '12:00'))).toEqual([2, 'closed', NONE, 'commercial']);
    const survey = (await state(ACCOUNT, sent('2025-12-02', '12:00'))).clocks;
    expect(survey).toEqual([
      { name: 'tariffSurvey', status: 'running', startedAt: answered('2025-12-01'), deadline: '2025-12-04T23:59:59.999+08:00', elapsedWorkingDays: 1, pausedDays: 0 },
    ]);
  });

  it('the hash chains of the three accounts hold', async () => {
    for (const [accountId, events] of [[ACCOUNT, 9], [`${ACCOUNT}-1`, 1], [`${ACCOUNT}-2`, 2]] as const) {
      expect(await reads.ok(`/api/accounts/${accountId}/integrity`)).toEqual({ valid: true, events });
    }
  });
});
