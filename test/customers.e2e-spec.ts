import { ApiHarness } from './support/api-harness.js';
import { Journey } from './support/journey.js';
import { expectProblem } from './support/problems.js';

/**
 * API.md Roles: a customer reads and submits for its own customerId only; anything else is 404 (existence is not
 * disclosed), never 403. The customer-side submissions are design, construction start and completion.
 */
describe('customers act on their own projects only', () => {
  let api: ApiHarness;
  let journey: Journey;
  let own: string;
  let others: string;
  const OWN = 'cust-own-0001';
  const OTHER = 'cust-other-0002';
  let customer: string;

  beforeAll(async () => {
    api = await ApiHarness.start();
    journey = new Journey(api);
    [own, others] = await Promise.all([
      journey.driveTo('replySupplyScheme', { customerId: OWN }),
      journey.driveTo('replySupplyScheme', { customerId: OTHER }),
    ]);
    customer = api.token('customer', { customerId: OWN, sub: 'cust-user-17', name: '张伟' });
  });
  afterAll(() => api.close());

  it('submits design, construction start and completion for its own project; each event names the customer', async () => {
    expect((await journey.send('submitDesign', own, { token: customer })).status).toBe(201);
    await journey.step('reviewDesign', own);
    expect((await journey.send('startConstruction', own, { token: customer })).status).toBe(201);
    await journey.step('recordIntermediateInspection', own);
    const completion = await journey.send('reportCompletion', own, { token: customer });
    expect(completion.status).toBe(201);
    expect(completion.body).toMatchObject({ projectId: own, version: 8, events: ['CompletionReported'] });

    const events = await journey.events(own);
    const byCustomer = events.filter((e) => e.actor.role === 'customer').map((e) => e.type);
    expect(byCustomer).toEqual(['DesignSubmitted', 'ConstructionStarted', 'CompletionReported']);
    expect(events.find((e) => e.type === 'DesignSubmitted')!.actor).toEqual({
      id: 'cust-user-17',
      name: '张伟',
      role: 'customer',
      orgUnit: 'hz-city',
    });
  });

  it.each(['submitDesign', 'startConstruction', 'reportCompletion'] as const)(
    "404 (not 403) for %s on another customer's project, writing nothing",
    async (name) => {
      const before = await journey.eventCount(others);
      expectProblem(await journey.send(name, others, { token: customer }), 404, 'NOT_FOUND');
      expect(await journey.eventCount(others)).toBe(before);
    },
  );

  it('404 for a project that does not exist, as for another customer’s: the two cannot be told apart', async () => {
    const missing = await journey.send('submitDesign', 'prj-no-such-project', { token: customer });
    const foreign = await journey.send('submitDesign', others, { token: customer });
    expectProblem(missing, 404, 'NOT_FOUND');
    expectProblem(foreign, 404, 'NOT_FOUND');
    expect(foreign.body.title).toBe(missing.body.title);
  });

  it('403 FORBIDDEN for a route customers may not call, even on its own project', async () => {
    expectProblem(await journey.send('recordSiteSurvey', own, { token: customer }), 403, 'FORBIDDEN');
  });

  it('reads the events of its own project', async () => {
    const res = await api.http().get(`/api/projects/${own}/events`).set('Authorization', `Bearer ${customer}`);
    expect(res.status).toBe(200);
    expect(res.body.items[0]).toMatchObject({ type: 'ApplicationAccepted', version: 1 });
    expect(res.body.items[0].data.customer.id).toBe(OWN);
  });

  it("404 for the events of another customer's project and of a missing one", async () => {
    for (const id of [others, 'prj-no-such-project']) {
      const res = await api.http().get(`/api/projects/${id}/events`).set('Authorization', `Bearer ${customer}`);
      expectProblem(res, 404, 'NOT_FOUND');
    }
  });

  it('a clerk may submit on the customer’s behalf for any customer', async () => {
    const res = await journey.send('submitDesign', others, { role: 'clerk' });
    expect(res.status).toBe(201);
  });
});
