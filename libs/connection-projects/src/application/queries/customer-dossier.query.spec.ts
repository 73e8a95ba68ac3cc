import type { ReadStore } from '#read-store';
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
    ]));
    handler = new GetCustomerDossierHandler(reads);
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
      expect(answer.customer.idNumber).toBe('330***********123X');
    }
    for (const roles of [['auditor'], ['admin']]) expect((await dossier('c-0001', identity(roles))).customer.idNumber).toBe(RESIDENT_ID);
  });

  it("answers 404 for another customer's dossier and for a customer without projects", async () => {
    await expect(dossier('c-0002', identity(['customer'], 'c-0001'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(dossier('c-0001', identity(['customer']))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(dossier('c-9999', identity(['auditor']))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await dossier('c-0002', identity(['customer'], 'c-0002'))).projects).toHaveLength(1);
  });
});
