import { randomUUID } from 'node:crypto';
import { deterministicUuid, eventIdFor, openSqliteEventStore, type SqliteEventStore, type StoredEvent } from '#event-sourcing';
import {
  accountStreamId,
  encodeAccountEvent,
  encodeProjectEvent,
  projectStreamId,
  type AccountEvent,
  type ProjectEvent,
} from '../../domain/index.js';
import { applicationAccepted, projectHistory } from '../../domain/testing/index.js';
import { accountEvent, accountOpened, on, PART_CUSTOMERS } from '../../domain/account/testing/account.fixtures.js';
import { SupplyAccountsManager, type SupplyAccountsRefusal } from './supply-accounts.manager.js';

const PERSON = { id: 'u-1', name: '王工', role: 'meterTechnician', orgUnit: 'HZ-XH-STATION-01' };
/** The server clock of these specs: long after every fixture history. */
const clock = { now: () => new Date('2026-06-30T02:00:00.000Z') };

/**
 * Given histories in the store, when the manager reads the log, then these commands were issued: read back from the
 * account streams, with the fields SPEC §7.1 names written out by hand.
 */
describe('SupplyAccountsManager: the commands it issues for what it reads (SPEC §7.1)', () => {
  let store: SqliteEventStore;
  let refusals: SupplyAccountsRefusal[];
  let manager: SupplyAccountsManager;
  let handled: number;
  beforeEach(async () => {
    store = await openSqliteEventStore({ file: ':memory:' });
    refusals = [];
    manager = new SupplyAccountsManager(store, { clock, onRefusal: (refusal) => refusals.push(refusal) });
    handled = 0;
  });
  afterEach(() => store.close());

  /** Appends as people did (each event its own command). */
  const record = async (streamId: string, events: (ProjectEvent | AccountEvent)[], encode: (e: never) => { type: string; schemaVersion: number; data: unknown }) => {
    const expectedVersion = (await store.readStream(streamId)).length;
    const news = events.map((event) => {
      const commandId = randomUUID();
      return {
        eventId: eventIdFor(commandId, 0),
        ...encode(event as never),
        metadata: { actor: PERSON, commandId, correlationId: `corr-${commandId}`, causationId: null, occurredAt: event.occurredAt },
      };
    });
    return (await store.append({ streamId, expectedVersion, events: news })).events;
  };
  const recordProject = (events: ProjectEvent[], projectId = 'p-0001') => record(projectStreamId(projectId), events, encodeProjectEvent);
  const recordAccount = (accountId: string, events: AccountEvent[]) => record(accountStreamId(accountId), events, encodeAccountEvent);
  /** The manager reacts to the log after what it handled so far, as its reactor would; returns what each reaction answered. */
  const readLog = async () => {
    const answers: number[] = [];
    for (const event of await store.readAll({ after: handled, limit: 1000 })) {
      answers.push(await manager.react(event));
      handled = event.position;
    }
    return answers;
  };
  const account = (accountId: string) => store.readStream(accountStreamId(accountId));
  const energization = async (projectId = 'p-0001') => (await store.readStream(projectStreamId(projectId))).find((e) => e.type === 'MeterInstalledAndEnergized')!;

  it('given an energized project when it reads the energization then it opens acct-<projectId> as the system, caused by it', async () => {
    await recordProject(projectHistory('highVoltageSingle', 'energized'));
    await readLog();
    const cause = await energization();
    const [opened, ...more] = await account('acct-p-0001');
    expect(more).toEqual([]);
    expect(opened!.type).toBe('SupplyAccountOpened');
    expect(opened!.data).toEqual({
      accountId: 'acct-p-0001',
      customerId: 'c-0002',
      projectId: 'p-0001',
      supplyAddress: '杭州市余杭区工业园 8 号',
      orgUnit: 'HZ-XH-STATION-01',
      contractCapacity: { value: 800, unit: 'kVA' },
      supplyVoltage: '10kV',
      tariffCategory: 'largeIndustry',
      meterNumbers: ['3300001234567'],
      openedAt: '2025-03-03T11:00:00.000Z',
    });
    const commandId = deterministicUuid('connection-projects/supply-accounts', `${cause.eventId}/0`);
    expect(opened!.eventId).toBe(eventIdFor(commandId, 0));
    expect(opened!.metadata).toMatchObject({
      actor: { id: 'system:supply-accounts', name: 'supply-accounts', role: 'system', orgUnit: 'system' },
      commandId,
      correlationId: cause.metadata.correlationId,
      causationId: cause.eventId,
      occurredAt: '2025-03-03T11:00:00.000Z',
    });
  });

  it('answers the log position of what it appended, and nothing for events it does not react to', async () => {
    await recordProject(projectHistory('residential', 'energized')); // 6 events at positions 1..6
    expect(await readLog()).toEqual([0, 0, 0, 0, 0, 7]);
  });

  it('given the account already holds an event caused by the energization when it reads it again then it appends nothing', async () => {
    await recordProject(projectHistory('highVoltageSingle', 'energized'));
    await readLog();
    const opened = (await account('acct-p-0001'))[0]!;
    // A crash before the checkpoint: the same energization read again, by a fresh manager.
    const again = new SupplyAccountsManager(store, { clock });
    expect(await again.react(await energization())).toBe(opened.position);
    expect(await account('acct-p-0001')).toHaveLength(1);
    expect(again.refusals).toBe(0);
  });

  it('given a capacity increase naming an account when the project is energized then that account gets its new contract capacity', async () => {
    await recordAccount('acct-p-0000', [accountOpened({ accountId: 'acct-p-0000', customerId: 'c-0002' })]);
    const [application, ...rest] = projectHistory('highVoltageSingle', 'energized');
    const increase = applicationAccepted(
      { customerClass: 'highVoltageSingle', businessType: 'capacityIncrease', accountId: 'acct-p-0000' },
      { occurredAt: application!.occurredAt },
    );
    await recordProject([increase, ...rest]);
    await readLog();
    const [, changed, ...more] = await account('acct-p-0000');
    expect(more).toEqual([]);
    expect({ type: changed!.type, data: changed!.data, occurredAt: changed!.metadata.occurredAt }).toEqual({
      type: 'ContractCapacityChanged',
      data: { accountId: 'acct-p-0000', projectId: 'p-0001', previousCapacity: { value: 400, unit: 'kVA' }, contractCapacity: { value: 800, unit: 'kVA' } },
      occurredAt: '2025-03-03T11:00:00.000Z',
    });
    expect(await account('acct-p-0001')).toEqual([]);
  });

  it("dates the command at the target stream's last event when that is later than its cause", async () => {
    // A late-payment charge recorded on the account (from paper) dated after the energization of the increase.
    await recordAccount('acct-p-0000', [
      accountOpened({ accountId: 'acct-p-0000', customerId: 'c-0002' }),
      accountEvent('LatePaymentChargeAssessed', { accountId: 'acct-p-0000', billMonth: '2025-02', amountDue: 100, dueDate: '2025-03-01', paidOn: '2025-03-05', daysLate: 4, charge: 1 }, on('2025-04-01')),
    ]);
    const [application, ...rest] = projectHistory('highVoltageSingle', 'energized');
    const increase = applicationAccepted({ customerClass: 'highVoltageSingle', businessType: 'capacityIncrease', accountId: 'acct-p-0000' }, { occurredAt: application!.occurredAt });
    await recordProject([increase, ...rest]);
    await readLog();
    expect((await account('acct-p-0000')).at(-1)!.metadata.occurredAt).toBe('2025-04-01T01:00:00.000Z');
  });

  it('given a split when it reads it then it opens one account per part, in order, from the original', async () => {
    await recordAccount('acct-p-0001', [accountOpened()]);
    const [split] = await recordAccount('acct-p-0001', [
      accountEvent(
        'SupplyAccountSplit',
        {
          parts: [
            { accountId: 'acct-p-0001-1', customer: PART_CUSTOMERS[0]!, capacity: { value: 250, unit: 'kVA' } },
            { accountId: 'acct-p-0001-2', customer: PART_CUSTOMERS[1]!, capacity: { value: 150, unit: 'kVA' } },
          ],
        },
        on('2025-06-02'),
      ),
    ]);
    await readLog();
    const parts = [...(await account('acct-p-0001-1')), ...(await account('acct-p-0001-2'))];
    expect(parts.map((e) => e.position)).toEqual([3, 4]);
    const common = { projectId: 'p-0001', supplyAddress: '杭州市余杭区工业园 8 号', orgUnit: 'HZ-XH-BRANCH', supplyVoltage: '10kV', tariffCategory: 'largeIndustry' };
    expect(parts.map((e) => e.data)).toEqual([
      { accountId: 'acct-p-0001-1', customerId: 'c-0101', ...common, contractCapacity: { value: 250, unit: 'kVA' }, meterNumbers: [], openedAt: '2025-06-02T01:00:00.000Z', splitFrom: 'acct-p-0001' },
      { accountId: 'acct-p-0001-2', customerId: 'c-0102', ...common, contractCapacity: { value: 150, unit: 'kVA' }, meterNumbers: [], openedAt: '2025-06-02T01:00:00.000Z', splitFrom: 'acct-p-0001' },
    ]);
    expect(parts.map((e) => e.metadata.causationId)).toEqual([split!.eventId, split!.eventId]);
    expect(new Set(parts.map((e) => e.metadata.commandId)).size).toBe(2);
  });

  it('given the named account was closed meanwhile when the project is energized then the refusal is counted and skipped', async () => {
    await recordAccount('acct-p-0000', [
      accountOpened({ accountId: 'acct-p-0000', customerId: 'c-0002' }),
      accountEvent('SupplyAccountClosed', { accountId: 'acct-p-0000', finalReading: 1 }, on('2025-02-01')),
    ]);
    const [application, ...rest] = projectHistory('highVoltageSingle', 'energized');
    const increase = applicationAccepted({ customerClass: 'highVoltageSingle', businessType: 'capacityIncrease', accountId: 'acct-p-0000' }, { occurredAt: application!.occurredAt });
    await recordProject([increase, ...rest]);
    const answers = await readLog();
    expect(answers.at(-1)).toBe(0);
    expect(await account('acct-p-0000')).toHaveLength(2);
    expect(manager.refusals).toBe(1);
    expect(refusals.map((r) => [r.accountId, r.error.code, r.cause.type])).toEqual([['acct-p-0000', 'ACCOUNT_CLOSED', 'MeterInstalledAndEnergized']]);
  });

  it('lets a store error through, so that the event is tried again', async () => {
    await recordProject(projectHistory('residential', 'energized'));
    const cause = await energization();
    const failing = Object.create(store) as SqliteEventStore;
    failing.append = () => Promise.reject(new Error('disk full'));
    await expect(new SupplyAccountsManager(failing, { clock }).react(cause as StoredEvent)).rejects.toThrow('disk full');
    expect(await account('acct-p-0001')).toEqual([]);
  });
});
