import { randomUUID } from 'node:crypto';
import type { AccountEvent } from '#connection-projects/domain';
import type { ApiHarness } from './api-harness.js';
import { StreamRouteJourney, type Json, type StreamRouteSpec } from './stream-routes.js';

const day = (date: string) => `${date}T09:00:00+08:00`;

/** A large-industry account of 400 kVA as the supply-accounts process manager opens it (no route opens one). */
export const accountOpened = (accountId: string, overrides: Json = {}): AccountEvent =>
  ({
    type: 'SupplyAccountOpened',
    occurredAt: '2025-01-06T01:00:00.000Z',
    data: {
      accountId,
      customerId: 'cust-acct-1',
      projectId: `p-${accountId}`,
      supplyAddress: '杭州市余杭区工业园 8 号',
      orgUnit: 'HZ-XH-BRANCH',
      contractCapacity: { value: 400, unit: 'kVA' },
      supplyVoltage: '10kV',
      tariffCategory: 'largeIndustry',
      meterNumbers: ['3301000001'],
      openedAt: '2025-01-06T01:00:00.000Z',
      ...overrides,
    },
  }) as AccountEvent;

export const SPLIT_PARTS = [
  { customer: { id: 'cust-part-1', name: '杭州甲机械有限公司', kind: 'organisation', idNumber: '91330100MA2XXXXX08', phone: '0571-81111111', address: '杭州市余杭区工业园 8 号 A 座' }, capacity: { value: 250, unit: 'kVA' } },
  { customer: { id: 'cust-part-2', name: '张三', kind: 'individual', idNumber: '33010619900101123X', phone: '13800138000', address: '杭州市余杭区工业园 8 号 B 座' }, capacity: { value: 150, unit: 'kVA' } },
];
const suspend = (from: string, until: string, askedOn: string, value = 400, unit = 'kVA') => ({ capacity: { value, unit }, from, until, occurredAt: day(askedOn) });

/** An account route: the path under `/api/accounts/{id}/`; `after` absent is a newly opened account. */
export type AccountRouteSpec = StreamRouteSpec;

/** Every account route of API.md, with what makes it succeed and what provokes each rule of its decision. */
export const ACCOUNT_ROUTES: AccountRouteSpec[] = [
  {
    suffix: 'suspensions',
    role: 'clerk',
    body: suspend('2025-03-01', '2025-06-30', '2025-02-20'),
    outOfSequenceAfter: 'temporary-removals/execution',
    rules: {
      NOTICE_TOO_SHORT: { patch: suspend('2025-09-01', '2025-09-30', '2025-08-30') },
      SUSPENSION_TOO_SHORT: { patch: suspend('2025-09-01', '2025-09-10', '2025-08-20') },
      UNIT_MISMATCH: { patch: suspend('2025-09-01', '2025-09-30', '2025-08-20', 400, 'kW') },
      CAPACITY_EXCEEDED: { patch: suspend('2025-09-01', '2025-09-30', '2025-08-20', 500) },
      WHOLE_CAPACITY_REQUIRED: { patch: suspend('2025-09-01', '2025-09-30', '2025-08-20', 200) },
      SUSPENSION_LIMIT_REACHED: {
        before: [suspend('2025-03-01', '2025-03-15', '2025-02-20'), suspend('2025-05-01', '2025-05-15', '2025-04-20')],
        patch: suspend('2025-09-01', '2025-09-15', '2025-08-20'),
      },
      // 122 days already in 2025 + 2025-07-01..08-31 (62) = 184 > 183
      SUSPENSION_YEARLY_LIMIT: { before: [suspend('2025-03-01', '2025-06-30', '2025-02-20')], patch: suspend('2025-07-01', '2025-08-31', '2025-06-20') },
    },
  },
  {
    suffix: 'suspensions/restoration',
    role: 'clerk',
    body: { restoreOn: '2025-05-01', occurredAt: day('2025-04-20') },
    after: 'suspensions',
    rules: { NOTICE_TOO_SHORT: { patch: { restoreOn: '2025-05-01', occurredAt: day('2025-04-28') } } },
  },
  { suffix: 'temporary-removals', role: 'clerk', body: { reason: '厂房改造', occurredAt: day('2025-03-01') }, outOfSequenceAfter: 'temporary-removals' },
  { suffix: 'temporary-removals/execution', role: 'meterTechnician', body: { notes: '表计已拆回', occurredAt: day('2025-03-03') }, after: 'temporary-removals' },
  {
    suffix: 'reinstallations',
    role: 'clerk',
    body: { reason: '改造完成', occurredAt: day('2025-08-01') },
    after: 'temporary-removals/execution',
    // removed 2025-03-03: reinstallation may be asked until 2025-09-03
    rules: { REMOVAL_EXPIRED: { patch: { occurredAt: day('2025-09-04') } } },
  },
  { suffix: 'reinstallations/execution', role: 'meterTechnician', body: { meterNumbers: ['3301000099'], occurredAt: day('2025-08-04') }, after: 'reinstallations' },
  {
    suffix: 'meter-relocations',
    role: 'clerk',
    body: { newLocation: '配电房东墙', addressUnchanged: true, tariffUnchanged: true, supplyPointUnchanged: true, occurredAt: day('2025-08-10') },
    outOfSequenceAfter: 'meter-relocations',
    rules: { RELOCATION_NOT_ALLOWED: { patch: { addressUnchanged: false } } },
  },
  { suffix: 'meter-relocations/execution', role: 'meterTechnician', body: { occurredAt: day('2025-08-12') }, after: 'meter-relocations' },
  {
    suffix: 'tariff-changes',
    role: 'clerk',
    body: { newCategory: 'commercial', reason: '厂房改作商场', occurredAt: day('2025-09-01') },
    outOfSequenceAfter: 'tariff-changes',
    rules: { TARIFF_UNCHANGED: { patch: { newCategory: 'largeIndustry' } } },
  },
  { suffix: 'tariff-changes/survey', role: 'surveyor', body: { findings: '已改为商业经营', approved: true, occurredAt: day('2025-09-02') }, after: 'tariff-changes' },
  { suffix: 'tariff-changes/application', role: 'clerk', body: { occurredAt: day('2025-09-03') }, after: 'tariff-changes/survey' },
  { suffix: 'closure', role: 'clerk', body: { billsSettled: true, finalReading: 98765.4 }, rules: { BILLS_OUTSTANDING: { patch: { billsSettled: false } } } },
  {
    suffix: 'splits',
    role: 'clerk',
    body: { parts: SPLIT_PARTS, billsSettled: true },
    rules: {
      BILLS_OUTSTANDING: { patch: { billsSettled: false } },
      UNIT_MISMATCH: { patch: { parts: SPLIT_PARTS.map((part) => ({ ...part, capacity: { ...part.capacity, unit: 'kW' } })) } },
      // 250 + 100 is not the 400 kVA contract
      CAPACITY_SPLIT_MISMATCH: { patch: { parts: [SPLIT_PARTS[0], { ...SPLIT_PARTS[1], capacity: { value: 100, unit: 'kVA' } }] } },
    },
  },
  {
    suffix: 'late-payment-charges',
    role: 'clerk',
    body: { billMonth: '2025-11', amountDue: 10000, dueDate: '2025-12-20', paidOn: '2026-01-10' },
    rules: { NOT_LATE: { patch: { paidOn: '2025-12-20' } } },
  },
  { suffix: 'violations', role: 'inspector', body: { kind: 'tariffMisuse', priceDifference: 0.3527, energy: 12345 } },
];

export const accountRoute = (suffix: string): AccountRouteSpec => {
  const spec = ACCOUNT_ROUTES.find((r) => r.suffix === suffix);
  if (!spec) throw new Error(`no account route ${suffix}`);
  return spec;
};

/** The route of a document path such as `/api/accounts/{id}/suspensions/restoration`, or undefined for another path. */
export const accountRouteOf = (path: string): AccountRouteSpec | undefined => {
  const match = /^\/api\/accounts\/\{id\}\/(.+)$/.exec(path);
  return match ? accountRoute(match[1]!) : undefined;
};

/** Opens accounts in the store and drives them through the real HTTP routes with the bodies above. */
export class AccountJourney extends StreamRouteJourney {
  constructor(api: ApiHarness) {
    super(api, ACCOUNT_ROUTES);
  }

  protected request(suffix: string, accountId: string, body: Json) {
    return { path: `/api/accounts/${encodeURIComponent(accountId)}/${suffix}`, body };
  }

  /** A newly opened account. */
  async open(): Promise<string> {
    const accountId = `acct-${randomUUID()}`;
    await this.api.appendAccountHistory(accountId, [accountOpened(accountId)]);
    return accountId;
  }

  /** A new account, closed. */
  async closed(): Promise<string> {
    return this.driveThrough('closure');
  }
}
