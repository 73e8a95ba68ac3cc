import type { ReadStore } from '#read-store';
import { accountEvent, accountOpened, on, residentialAccountOpened } from '../../domain/account/testing/account.fixtures.js';
import * as e from '../../domain/testing/index.js';
import { projectedStores } from '../../projections/customer-dossier/projected-stores.fixtures.js';
import type { Identity } from '../identity.js';
import { GetCustomerDossierHandler, GetCustomerDossierQuery } from './customer-dossier.query.js';

const RESIDENT_ID = '33010619900101123X';
const residential = { forClass: 'residential' as const };
const identity = (roles: string[], customerId?: string): Identity => ({
  id: 'u-1', name: 'U', roles, orgUnit: 'HZ', orgLevel: 'city', ...(customerId ? { customerId } : {}),
});

describe('GetCustomerDossierHandler', () => {
  let reads: ReadStore;
  let close: () => Promise<void>;
  let handler: GetCustomerDossierHandler;
  beforeAll(async () => {
    ({ reads, close } = await projectedStores([
      { projectId: 'p-1', events: [e.applicationAccepted({}, residential), e.siteSurveyed()] },
      { projectId: 'p-2', events: [e.applicationAccepted({}, { forClass: 'highVoltageSingle' })] },
      { projectId: 'p-3', events: [e.applicationAccepted({ customer: { ...e.applicationAccepted({}, residential).data.customer, phone: '13900139000' } }, residential)] },
    ], [
      { accountId: 'acct-p-1', events: [{ ...residentialAccountOpened(), data: { ...residentialAccountOpened().data, projectId: 'p-1' } }] },
      {
        accountId: 'acct-part',
        events: [
          accountOpened({ customerId: 'c-0101', splitFrom: 'acct-x' }, on('2025-07-10')),
          accountEvent('ViolationRecorded', { kind: 'meteringTampering', backCharge: 0, penalty: 5000 }, on('2025-08-01')),
        ],
      },
    ]));
    // Every account view in the answer is as of this time.
    handler = new GetCustomerDossierHandler(reads, { now: () => new Date('2025-09-01T04:00:00.000Z') });
  });
  afterAll(() => close());

  const dossier = (customerId: string, who: Identity) => handler.execute(new GetCustomerDossierQuery(customerId, who));

  it("assembles the customer's projects from the read model, latest contact details first", async () => {
    const answer = await dossier('c-0001', identity(['viewer']));
    expect(answer.projects.map((p) => p.projectId)).toEqual(['p-1', 'p-3']);
    expect(answer.customer).toMatchObject({ id: 'c-0001', name: '张三', phone: '13900139000' });
    expect(answer.timeline.map((t) => t.type)).toEqual(['ApplicationAccepted', 'SiteSurveyed', 'ApplicationAccepted']);
  });

  it('shows the ID number to auditors and admins only', async () => {
    for (const roles of [['viewer'], ['clerk'], ['customer']]) {
      const answer = await dossier('c-0001', identity(roles, 'c-0001'));
      expect(JSON.stringify(answer)).not.toContain(RESIDENT_ID);
      expect(answer.customer).toHaveProperty('idNumber', '330***********123X');
    }
    for (const roles of [['auditor'], ['admin']]) expect((await dossier('c-0001', identity(roles))).customer).toHaveProperty('idNumber', RESIDENT_ID);
  });

  it("answers 404 for another customer's dossier and for a customer without projects", async () => {
    await expect(dossier('c-0002', identity(['customer'], 'c-0001'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(dossier('c-0001', identity(['customer']))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(dossier('c-9999', identity(['auditor']))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await dossier('c-0002', identity(['customer'], 'c-0002'))).projects).toHaveLength(1);
  });

  it("carries the customer's accounts, each its view as of now with its services and charges", async () => {
    const answer = await dossier('c-0001', identity(['viewer']));
    expect(answer.accounts).toEqual([
      expect.objectContaining({ accountId: 'acct-p-1', projectId: 'p-1', status: 'active', tariffCategory: 'residential', services: [], charges: [], clocks: [] }),
    ]);
  });

  it('answers for a customer known only by an account (a split part): its id, no projects, its accounts', async () => {
    const answer = await dossier('c-0101', identity(['customer'], 'c-0101'));
    expect(answer).toMatchObject({ customer: { id: 'c-0101' }, projects: [], timeline: [] });
    expect(answer.accounts.map((a) => [a.accountId, a.splitFrom, a.charges])).toEqual([
      ['acct-part', 'acct-x', [{ type: 'violation', assessedAt: on('2025-08-01'), kind: 'meteringTampering', backCharge: 0, penalty: 5000, amount: 5000 }]],
    ]);
    await expect(dossier('c-0101', identity(['customer'], 'c-0001'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('GetCustomerDossierHandler for a customer with many projects', () => {
  // 150 projects of two events each: the timeline is read in groups of 100 projects, a page of 200 rows at a time.
  const customer = { ...e.applicationAccepted({}, residential).data.customer, id: 'c-0300' };
  let reads: ReadStore;
  let close: () => Promise<void>;
  beforeAll(async () => {
    const projects = Array.from({ length: 150 }, (_, i) => ({
      projectId: `p-${String(i + 1).padStart(3, '0')}`,
      events: [e.applicationAccepted({ customer }, residential), e.siteSurveyed()],
    }));
    ({ reads, close } = await projectedStores(projects));
  });
  afterAll(() => close());

  it("reads every project's rows into one timeline, whatever the number of groups and pages", async () => {
    const handler = new GetCustomerDossierHandler(reads, { now: () => new Date('2025-09-01T04:00:00.000Z') });
    const answer = await handler.execute(new GetCustomerDossierQuery('c-0300', identity(['auditor'])));
    expect(answer.projects).toHaveLength(150);
    expect(answer.timeline).toHaveLength(300);
    expect(new Set(answer.timeline.map((t) => t.eventId)).size).toBe(300);
    expect(answer.timeline.filter((t) => t.projectId === 'p-150').map((t) => t.type)).toEqual(['ApplicationAccepted', 'SiteSurveyed']);
  });
});
