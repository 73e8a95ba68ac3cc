import { randomUUID } from 'node:crypto';
import type { ApiHarness } from './api-harness.js';
import { accountOpened } from './account-routes.js';
import { StreamRouteJourney, type Json, type StreamRouteSpec } from './stream-routes.js';

const day = (date: string, time = '09:00:00') => `${date}T${time}+08:00`;

/** The customer whose complaints and claims the routes record, with a residential and a commercial account. */
export const SERVICE_CUSTOMER_ID = 'cust-svc-1';
export const RESIDENTIAL_ACCOUNT_ID = 'acct-svc-residential';
export const COMMERCIAL_ACCOUNT_ID = 'acct-svc-commercial';
export const ACCOUNT_ORG_UNIT = 'HZ-XH-STATION-03';

/** The customer's residential account (8 kW, 220 V) as the supply-accounts process manager opens it. */
export const residentialAccount = (accountId = RESIDENTIAL_ACCOUNT_ID, customerId = SERVICE_CUSTOMER_ID) =>
  accountOpened(accountId, {
    customerId,
    orgUnit: ACCOUNT_ORG_UNIT,
    contractCapacity: { value: 8, unit: 'kW' },
    supplyVoltage: '220V',
    tariffCategory: 'residential',
  });

/** Every complaint route of API.md (SPEC §8), in order: received, contacted, replied, closed. */
export const COMPLAINT_ROUTES: StreamRouteSpec[] = [
  {
    suffix: '',
    role: 'clerk',
    body: { customerId: SERVICE_CUSTOMER_ID, channel: 'hotline', category: '停电', description: '小区连续三天晚间停电，未见通知', occurredAt: day('2025-10-10') },
    outOfSequenceAfter: '',
    rules: { ACCOUNT_INVALID: { patch: { accountId: 'acct-svc-nowhere' } } },
  },
  { suffix: 'contact', role: 'clerk', body: { notes: '已电话联系客户', occurredAt: day('2025-10-11') }, after: '', outOfSequenceAfter: 'contact' },
  { suffix: 'reply', role: 'clerk', body: { resolution: '线路故障已抢修', occurredAt: day('2025-10-15') }, after: 'contact', outOfSequenceAfter: '' },
  { suffix: 'closure', role: 'clerk', body: { satisfaction: 'satisfied', occurredAt: day('2025-10-16') }, after: 'reply', outOfSequenceAfter: 'contact' },
];

/** A television damaged on 2025-07-01, filed the next day on the customer's residential account. */
export const TELEVISION = { name: '电视机', category: 'electronic', purchasedOn: '2022-03-10', invoicePrice: 4999 };

/** Every claim route of API.md (SPEC §8), in order: filed, investigated, settled. */
export const CLAIM_ROUTES: StreamRouteSpec[] = [
  {
    suffix: '',
    role: 'clerk',
    body: { customerId: SERVICE_CUSTOMER_ID, accountId: RESIDENTIAL_ACCOUNT_ID, damagedOn: '2025-07-01', appliances: [TELEVISION], occurredAt: day('2025-07-02') },
    outOfSequenceAfter: '',
    rules: {
      ACCOUNT_INVALID: { patch: { customerId: 'cust-svc-other' } },
      CLAIM_NOT_ELIGIBLE: { patch: { accountId: COMMERCIAL_ACCOUNT_ID } },
      // damaged 2025-07-01: day 8
      CLAIM_TOO_LATE: { patch: { occurredAt: day('2025-07-09') } },
    },
  },
  {
    suffix: 'investigation',
    role: 'inspector',
    body: { findings: '雷击致线路过电压', utilityLiable: true, appliances: [{ name: '电视机', repairable: false }], occurredAt: day('2025-07-02', '15:00:00') },
    after: '',
    outOfSequenceAfter: 'investigation',
  },
  { suffix: 'settlement', role: 'clerk', body: { notes: '赔偿款已转账', occurredAt: day('2025-07-05') }, after: 'investigation', outOfSequenceAfter: '' },
];

/** Drives complaints or claims through their routes; the opening route carries the subject's id in its body. */
abstract class SubjectJourney extends StreamRouteJourney {
  constructor(
    api: ApiHarness,
    routes: StreamRouteSpec[],
    private readonly base: string,
    private readonly idField: string,
  ) {
    super(api, routes);
  }

  protected request(suffix: string, id: string, body: Json) {
    return suffix === '' ? { path: this.base, body: { [this.idField]: id, ...body } } : { path: `${this.base}/${encodeURIComponent(id)}/${suffix}`, body };
  }

  /** A subject id no stream holds yet: the opening route is its next valid command. */
  async open(): Promise<string> {
    return `${this.idField.slice(0, -2)}-${randomUUID()}`;
  }
}

export class ComplaintJourney extends SubjectJourney {
  constructor(api: ApiHarness) {
    super(api, COMPLAINT_ROUTES, '/api/complaints', 'complaintId');
  }
}

/** Claims need the customer's accounts: they are put in the store once, as the process manager opens them. */
export class ClaimJourney extends SubjectJourney {
  private accounts?: Promise<unknown>;

  constructor(api: ApiHarness) {
    super(api, CLAIM_ROUTES, '/api/damage-claims', 'claimId');
  }

  override async open(): Promise<string> {
    this.accounts ??= Promise.all([
      this.api.appendAccountHistory(RESIDENTIAL_ACCOUNT_ID, [residentialAccount()]),
      this.api.appendAccountHistory(COMMERCIAL_ACCOUNT_ID, [accountOpened(COMMERCIAL_ACCOUNT_ID, { customerId: SERVICE_CUSTOMER_ID, tariffCategory: 'commercial' })]),
    ]);
    await this.accounts;
    return super.open();
  }
}

/** The journey and route of a document path under `/api/complaints` or `/api/damage-claims`, or undefined. */
export const complaintOrClaimRouteOf = (path: string): { subject: 'complaint' | 'claim'; suffix: string } | undefined => {
  const match = /^\/api\/(complaints|damage-claims)(?:\/\{id\}\/(.+))?$/.exec(path);
  if (!match) return undefined;
  return { subject: match[1] === 'complaints' ? 'complaint' : 'claim', suffix: match[2] ?? '' };
};
