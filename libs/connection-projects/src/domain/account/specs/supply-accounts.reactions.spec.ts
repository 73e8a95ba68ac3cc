import { foldProject } from '../../project.evolve.js';
import { initialProjectState } from '../../project.state.js';
import type { ProjectEvent } from '../../project.events.js';
import {
  applicationAccepted,
  meterInstalledAndEnergized,
  projectHistory,
  siteSurveyed,
  supplySchemeRevised,
} from '../../testing/index.js';
import { foldAccount } from '../account.evolve.js';
import { initialAccountState } from '../account.state.js';
import { ordersOnEnergization, ordersOnSplit, reactionTime } from '../supply-accounts.reactions.js';
import { accountEvent, accountOpened, on, PART_CUSTOMERS } from '../testing/account.fixtures.js';

/** Given a project's history through its energization, when the manager reads that energization, then it orders… */
const ordersFor = (history: ProjectEvent[]) => {
  const energized = history.at(-1)!;
  if (energized.type !== 'MeterInstalledAndEnergized') throw new Error('the history must end with the energization');
  return ordersOnEnergization(foldProject(history, initialProjectState), energized);
};

/** projectHistory puts one event an hour from 2025-03-03T01:00Z: the n-th event (0-based) is at 01:00 + n hours. */
describe('the supply-accounts process manager: what it orders (SPEC §7.1)', () => {
  it('opens acct-<projectId> for an energized high-voltage industrial project: large industry at 800 kVA', () =>
    expect(ordersFor(projectHistory('highVoltageSingle', 'energized'))).toEqual([
      {
        type: 'OpenSupplyAccount',
        accountId: 'acct-p-0001',
        customerId: 'c-0002',
        projectId: 'p-0001',
        supplyAddress: '杭州市余杭区工业园 8 号',
        orgUnit: 'HZ-XH-STATION-01',
        contractCapacity: { value: 800, unit: 'kVA' },
        supplyVoltage: '10kV',
        tariffCategory: 'largeIndustry',
        meterNumbers: ['3300001234567'],
        // the 11th event: application, survey, scheme, design, review, construction, inspection, completion,
        // acceptance, contract, energization
        openedAt: '2025-03-03T11:00:00.000Z',
      },
    ]));

  it('opens a residential account at 220 V with the residential tariff', () =>
    expect(ordersFor(projectHistory('residential', 'energized'))).toEqual([
      expect.objectContaining({
        accountId: 'acct-p-0001',
        customerId: 'c-0001',
        supplyAddress: '杭州市西湖区文三路 1 号',
        contractCapacity: { value: 8, unit: 'kW' },
        supplyVoltage: '220V',
        tariffCategory: 'residential',
        // application, survey, scheme, acceptance, contract, energization
        openedAt: '2025-03-03T06:00:00.000Z',
      }),
    ]));

  it('opens an ordinary industrial account below 315 (a 50 kW low-voltage workshop)', () =>
    expect(ordersFor(projectHistory('lowVoltage', 'energized'))).toEqual([
      expect.objectContaining({ contractCapacity: { value: 50, unit: 'kW' }, supplyVoltage: '380V', tariffCategory: 'ordinaryIndustrial' }),
    ]));

  it('opens a commercial account for a commercial customer, whatever its capacity', () => {
    const [application, ...rest] = projectHistory('highVoltageSingle', 'energized');
    const commercial = applicationAccepted({ customerClass: 'highVoltageSingle', subtype: 'commercial' }, { occurredAt: application!.occurredAt });
    expect(ordersFor([commercial, ...rest])).toEqual([expect.objectContaining({ tariffCategory: 'commercial' })]);
  });

  it('contracts the scheme in force: a revision replaces the reply, and 315 kVA is large industry', () => {
    const history = projectHistory('highVoltageSingle', 'energized');
    const revised = supplySchemeRevised({ approvedCapacity: { value: 315, unit: 'kVA' } }, { occurredAt: '2025-03-03T03:30:00.000Z' });
    expect(ordersFor([...history.slice(0, 3), revised, ...history.slice(3)])).toEqual([
      expect.objectContaining({ contractCapacity: { value: 315, unit: 'kVA' }, tariffCategory: 'largeIndustry' }),
    ]);
  });

  it('changes the contract capacity of the account a capacity increase named, instead of opening one', () => {
    const [application, ...rest] = projectHistory('highVoltageSingle', 'energized');
    const increase = applicationAccepted(
      { customerClass: 'highVoltageSingle', businessType: 'capacityIncrease', accountId: 'acct-p-0000' },
      { occurredAt: application!.occurredAt },
    );
    expect(ordersFor([increase, ...rest])).toEqual([
      { type: 'ChangeContractCapacity', accountId: 'acct-p-0000', projectId: 'p-0001', contractCapacity: { value: 800, unit: 'kVA' } },
    ]);
  });

  it('opens a new account for a capacity increase that named none', () => {
    const [application, ...rest] = projectHistory('highVoltageSingle', 'energized');
    const increase = applicationAccepted({ customerClass: 'highVoltageSingle', businessType: 'capacityIncrease' }, { occurredAt: application!.occurredAt });
    expect(ordersFor([increase, ...rest])).toEqual([expect.objectContaining({ type: 'OpenSupplyAccount', accountId: 'acct-p-0001' })]);
  });

  it('refuses an energization recorded without any scheme (nothing to contract)', () =>
    expect(() => ordersFor([applicationAccepted(), siteSurveyed(), meterInstalledAndEnergized()])).toThrow(
      expect.objectContaining({ code: 'INVALID_TRANSITION' }),
    ));

  it('opens one account per part of a split, in order, with the original tariff, address, org unit and project', () => {
    const original = foldAccount([accountOpened()], initialAccountState);
    const split = accountEvent(
      'SupplyAccountSplit',
      {
        parts: [
          { accountId: 'acct-p-0001-1', customer: PART_CUSTOMERS[0]!, capacity: { value: 250, unit: 'kVA' } },
          { accountId: 'acct-p-0001-2', customer: PART_CUSTOMERS[1]!, capacity: { value: 150, unit: 'kVA' } },
        ],
      },
      on('2025-06-02'),
    );
    const part = { type: 'OpenSupplyAccount', projectId: 'p-0001', supplyAddress: '杭州市余杭区工业园 8 号', orgUnit: 'HZ-XH-BRANCH' };
    const common = { supplyVoltage: '10kV', tariffCategory: 'largeIndustry', meterNumbers: [], openedAt: '2025-06-02T01:00:00.000Z', splitFrom: 'acct-p-0001' };
    expect(ordersOnSplit(original, split)).toEqual([
      { ...part, accountId: 'acct-p-0001-1', customerId: 'c-0101', contractCapacity: { value: 250, unit: 'kVA' }, ...common },
      { ...part, accountId: 'acct-p-0001-2', customerId: 'c-0102', contractCapacity: { value: 150, unit: 'kVA' }, ...common },
    ]);
  });

  describe('the business time of what it issues: the cause, or the target stream when later', () => {
    it('is the cause when the target is new', () =>
      expect(reactionTime('2025-03-03T19:00:00+08:00', undefined)).toBe('2025-03-03T11:00:00.000Z'));
    it('is the cause when the target stream ends earlier', () =>
      expect(reactionTime('2025-03-03T11:00:00.000Z', '2025-03-01T00:00:00.000Z')).toBe('2025-03-03T11:00:00.000Z'));
    it("is the target's last event when that is later (a service recorded after the energization's date)", () =>
      expect(reactionTime('2025-03-03T11:00:00.000Z', '2025-04-01T09:00:00+08:00')).toBe('2025-04-01T01:00:00.000Z'));
  });
});
