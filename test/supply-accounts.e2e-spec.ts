import { join } from 'node:path';
import { openSqliteEventStore, readReactorProgress, type SqliteEventStore, type StoredEvent } from '#event-sourcing';
import { openSqliteReadStore, type ReadStore } from '#read-store';
import { ApiHarness } from './support/api-harness.js';
import { AccountJourney, SPLIT_PARTS } from './support/account-routes.js';
import { Journey, MAIN_LINE } from './support/journey.js';
import { pollUntil, runCli } from './support/projector-process.js';

/**
 * The supply-accounts process manager (SPEC §7.1) inside the API (on the projection thread, the default): projects
 * energized over HTTP get their account, a split its parts, a capacity increase its new contract capacity; the account
 * routes serve what it opened; a projection rebuild leaves everything it did alone. The streams are read from the
 * event store file beside the server.
 */
describe('supply accounts opened by the process manager', () => {
  let api: ApiHarness;
  let journey: Journey;
  let accounts: AccountJourney;
  let log: SqliteEventStore;
  let reads: ReadStore;
  beforeAll(async () => {
    api = await ApiHarness.start();
    journey = new Journey(api);
    accounts = new AccountJourney(api);
    log = await openSqliteEventStore({ file: join(api.config.dataDir, 'events.sqlite') });
    reads = await openSqliteReadStore({ file: join(api.config.dataDir, 'read-models.sqlite') });
  });
  afterAll(async () => {
    await log.close();
    await reads.close();
    await api.close();
  });

  const stream = (accountId: string) => log.readStream(`account-${accountId}`);
  /** The account's events once it has `count` of them (the manager reacts within its poll interval). */
  const opened = (accountId: string, count = 1) => pollUntil(() => stream(accountId), (events) => events.length >= count, 10_000);
  const energization = async (projectId: string) => (await log.readStream(`project-${projectId}`)).find((e) => e.type === 'MeterInstalledAndEnergized')!;
  const customerId = () => (journey.body('acceptApplication').customer as { id: string }).id;

  it('opens acct-<projectId> when a project is energized over HTTP, with the fields of SPEC §7.1', async () => {
    const projectId = await journey.driveTo('installMeterAndEnergize');
    const [event, ...more] = await opened(`acct-${projectId}`);
    const cause = await energization(projectId);
    expect(more).toEqual([]);
    expect({ type: event!.type, data: event!.data }).toEqual({
      type: 'SupplyAccountOpened',
      data: {
        accountId: `acct-${projectId}`,
        customerId: customerId(),
        projectId,
        supplyAddress: '浙江省杭州市西湖区三墩镇振华路 200 号',
        orgUnit: 'hz-xihu-branch',
        contractCapacity: { value: 2000, unit: 'kVA' },
        supplyVoltage: '10kV',
        tariffCategory: 'largeIndustry',
        meterNumbers: ['3300001234567890', '3300001234567891'],
        openedAt: cause.metadata.occurredAt,
      },
    });
    expect(event!.metadata).toMatchObject({
      actor: { id: 'system:supply-accounts', role: 'system' },
      causationId: cause.eventId,
      correlationId: cause.metadata.correlationId,
      occurredAt: cause.metadata.occurredAt,
    });
  });

  it('serves the opened account on the account routes: a late-payment charge is assessed on it', async () => {
    const projectId = await journey.driveTo('installMeterAndEnergize');
    await opened(`acct-${projectId}`);
    const res = await accounts.send('late-payment-charges', `acct-${projectId}`);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ accountId: `acct-${projectId}`, version: 2, events: ['LatePaymentChargeAssessed'] });
  });

  it('reads the account at once with minPosition = the energization\'s position, and the dossier lists it (read-your-writes)', async () => {
    const projectId = await journey.driveTo('signSupplyContract');
    const energized = await journey.step('installMeterAndEnergize', projectId);
    const { position } = energized.body as { position: number };
    // No polling: the query itself waits for the manager to handle that position and for its append to be projected.
    const view = await api.http().get(`/api/accounts/acct-${projectId}?minPosition=${position}`).set('Authorization', `Bearer ${api.token('viewer')}`);
    expect([view.status, view.body.accountId, view.body.status, view.body.version]).toEqual([200, `acct-${projectId}`, 'active', 1]);
    const dossier = await api.http().get(`/api/customers/${customerId()}/dossier?minPosition=${position}`).set('Authorization', `Bearer ${api.token('viewer')}`);
    expect(dossier.status).toBe(200);
    expect(dossier.body.accounts.map((a: { accountId: string }) => a.accountId)).toContain(`acct-${projectId}`);
  });

  it('opens one account per part of a split made over HTTP, in order, from the original', async () => {
    const original = await accounts.open();
    const split = await accounts.send('splits', original);
    expect(split.status).toBe(201);
    const [first] = await opened(`${original}-1`);
    const [second] = await opened(`${original}-2`);
    const cause = (await stream(original)).at(-1)!;
    expect([first, second].map((e) => (e as StoredEvent).data)).toEqual(
      SPLIT_PARTS.map((part, i) =>
        expect.objectContaining({ accountId: `${original}-${i + 1}`, customerId: part.customer.id, contractCapacity: part.capacity, splitFrom: original }),
      ),
    );
    expect([first, second].map((e) => e!.metadata.causationId)).toEqual([cause.eventId, cause.eventId]);
  });

  it("changes the contract capacity of the account a capacity increase named, at the increase's energization", async () => {
    const first = await journey.driveTo('installMeterAndEnergize');
    const accountId = `acct-${first}`;
    await opened(accountId);
    const increase = `prj-increase-${Date.now()}`;
    const enlarged = { value: 2500, unit: 'kVA' };
    const body = { ...journey.body('acceptApplication'), projectId: increase, businessType: 'capacityIncrease', accountId, requestedCapacity: enlarged };
    await journey.step('acceptApplication', increase, { body });
    for (const step of MAIN_LINE.slice(1)) {
      const scheme = step === 'replySupplyScheme' ? { body: { ...journey.body(step), approvedCapacity: enlarged } } : {};
      await journey.step(step, increase, scheme);
    }
    const [, changed] = await opened(accountId, 2);
    expect({ type: changed!.type, data: changed!.data }).toEqual({
      type: 'ContractCapacityChanged',
      data: { accountId, projectId: increase, previousCapacity: { value: 2000, unit: 'kVA' }, contractCapacity: { value: 2500, unit: 'kVA' } },
    });
    expect(await stream(`acct-${increase}`)).toEqual([]);
  });

  it('reports its position and lag in /api/health, named supply-accounts', async () => {
    const head = await log.headPosition();
    const health = await pollUntil(
      async () => (await api.http().get('/api/health')).body as { projections: { name: string; position: number; lag: number }[] },
      (body) => body.projections.some((p) => p.name === 'supply-accounts' && p.position >= head),
      10_000,
    );
    expect(health.projections.find((p) => p.name === 'supply-accounts')).toMatchObject({ lag: 0 });
  });

  it('is not part of a projection rebuild: `cli rebuild` changes nothing it did', async () => {
    const projectId = await journey.driveTo('installMeterAndEnergize');
    await opened(`acct-${projectId}`);
    const head = await pollUntil(
      async () => ({ head: await log.headPosition(), manager: await readReactorProgress(reads, 'supply-accounts') }),
      ({ head, manager }) => manager.position === head,
      10_000,
    );
    const rebuild = await runCli(['rebuild'], { DATA_DIR: api.config.dataDir });
    expect(rebuild).toMatchObject({ code: 0 });
    expect(rebuild.stdout).not.toContain('supply-accounts');
    expect(await log.headPosition()).toBe(head.head);
    expect(await readReactorProgress(reads, 'supply-accounts')).toEqual(head.manager);
    expect(await stream(`acct-${projectId}`)).toHaveLength(1);
    const listing = await runCli(['projections'], { DATA_DIR: api.config.dataDir });
    expect(listing.stdout).toMatch(new RegExp(`^supply-accounts +- \\(process manager\\) +${head.manager.position} +0 +-$`, 'm'));
  }, 60_000);
});
