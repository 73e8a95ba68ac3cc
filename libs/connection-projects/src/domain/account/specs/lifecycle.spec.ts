import type { AccountCommand } from '../account.commands.js';
import { tariffCategoryFor } from '../account.enums.js';
import * as c from '../testing/account.specification.js';
import {
  PART_CUSTOMERS,
  accountEvent,
  accountOpened,
  changeContractCapacity,
  closeAccount,
  given,
  on,
  openSupplyAccount,
  splitAccount,
} from '../testing/account.specification.js';

/** One valid-looking instance of every command a person may give, for refusals that do not depend on the content. */
const EVERY_SERVICE: AccountCommand[] = [
  c.changeContractCapacity(),
  c.grantSuspension(),
  c.endSuspension(),
  c.requestTemporaryRemoval(),
  c.executeTemporaryRemoval(),
  c.requestReinstallation(),
  c.executeReinstallation(),
  c.requestMeterRelocation(),
  c.executeMeterRelocation(),
  c.requestTariffChange(),
  c.surveyTariffChange(),
  c.applyTariffChange(),
  c.closeAccount(),
  c.splitAccount(),
  c.assessLatePaymentCharge(),
  c.recordViolation({ kind: 'meteringTampering' }),
];
const byType = EVERY_SERVICE.map((command) => [command.type, command] as const);

const closed = accountEvent('SupplyAccountClosed', { finalReading: 123456.7 }, on('2025-06-01'));

describe('opening (立户, SPEC §7.1)', () => {
  it('opens the account with the facts of the energized project, at the energization time', () =>
    given().when(openSupplyAccount()).then([accountOpened()]));

  it('opens a part of a split with splitFrom', () =>
    given()
      .when(openSupplyAccount({ accountId: 'acct-p-0001-1', splitFrom: 'acct-p-0001', meterNumbers: [] }))
      .then([accountOpened({ accountId: 'acct-p-0001-1', splitFrom: 'acct-p-0001', meterNumbers: [] })]));

  it('is not opened twice (INVALID_TRANSITION)', () => given(accountOpened()).when(openSupplyAccount()).thenThrows('INVALID_TRANSITION'));

  it('is not reopened once closed (ACCOUNT_CLOSED)', () => given(accountOpened(), closed).when(openSupplyAccount()).thenThrows('ACCOUNT_CLOSED'));

  it.each([
    ['residential', undefined, 8, 'residential'],
    ['lowVoltage', 'commercial', 50, 'commercial'],
    ['highVoltageSingle', 'commercial', 800, 'commercial'],
    ['highVoltageSingle', 'industrial', 315, 'largeIndustry'],
    ['highVoltageDual', 'industrial', 2000, 'largeIndustry'],
    ['highVoltageSingle', 'industrial', 250, 'ordinaryIndustrial'],
    ['lowVoltage', 'industrial', 100, 'ordinaryIndustrial'],
  ] as const)('a %s %s project of %d kW/kVA opens a %s account', (customerClass, subtype, value, category) =>
    expect(tariffCategoryFor(customerClass, subtype, { value, unit: 'kVA' })).toBe(category));
});

describe('contract capacity change (增容 on an account, SPEC §7.1)', () => {
  it('records the new contract capacity with the project that increased it', () =>
    given(accountOpened())
      .when(changeContractCapacity({ occurredAt: on('2025-09-01') }))
      .then([
        accountEvent(
          'ContractCapacityChanged',
          { projectId: 'p-0002', previousCapacity: { value: 400, unit: 'kVA' }, contractCapacity: { value: 630, unit: 'kVA' } },
          on('2025-09-01'),
        ),
      ]));

  it('is refused on a closed account (ACCOUNT_CLOSED)', () =>
    given(accountOpened(), closed).when(changeContractCapacity()).thenThrows('ACCOUNT_CLOSED'));
});

describe('closure (销户, SPEC §7.2 e)', () => {
  it('closes an account whose bills are settled', () =>
    given(accountOpened()).when(closeAccount({ occurredAt: on('2025-06-01') })).then([closed]));

  it('is BILLS_OUTSTANDING otherwise', () => given(accountOpened()).when(closeAccount({ billsSettled: false })).thenThrows('BILLS_OUTSTANDING'));
});

describe('split (分户, SPEC §7.2 f)', () => {
  it('closes the original and names each part: the original id + -1, -2 in order', () =>
    given(accountOpened())
      .when(splitAccount({ occurredAt: on('2025-07-01') }))
      .then([
        accountEvent(
          'SupplyAccountSplit',
          {
            parts: [
              { accountId: 'acct-p-0001-1', customer: PART_CUSTOMERS[0]!, capacity: { value: 250, unit: 'kVA' } },
              { accountId: 'acct-p-0001-2', customer: PART_CUSTOMERS[1]!, capacity: { value: 150, unit: 'kVA' } },
            ],
          },
          on('2025-07-01'),
        ),
      ]));

  it('is BILLS_OUTSTANDING unless the bills are settled, checked before the capacities', () =>
    given(accountOpened())
      .when(splitAccount({ billsSettled: false, parts: [{ customer: PART_CUSTOMERS[0]!, capacity: { value: 1, unit: 'kVA' } }, { customer: PART_CUSTOMERS[1]!, capacity: { value: 1, unit: 'kVA' } }] }))
      .thenThrows('BILLS_OUTSTANDING'));

  it('is CAPACITY_SPLIT_MISMATCH when the parts add up to 250 + 100 = 350, not 400 kVA', () =>
    given(accountOpened())
      .when(
        splitAccount({
          parts: [
            { customer: PART_CUSTOMERS[0]!, capacity: { value: 250, unit: 'kVA' } },
            { customer: PART_CUSTOMERS[1]!, capacity: { value: 100, unit: 'kVA' } },
          ],
        }),
      )
      .thenThrows('CAPACITY_SPLIT_MISMATCH'));

  it('adds decimals exactly: 0.1 + 0.2 + 399.7 = 400', () =>
    given(accountOpened())
      .when(
        splitAccount({
          parts: [0.1, 0.2, 399.7].map((value, i) => ({ customer: { ...PART_CUSTOMERS[0]!, id: `c-${i}` }, capacity: { value, unit: 'kVA' as const } })),
        }),
      )
      .then((events) => expect(events.map((e) => e.type)).toEqual(['SupplyAccountSplit'])));

  it('needs at least two parts (VALIDATION_FAILED)', () =>
    given(accountOpened())
      .when(splitAccount({ parts: [{ customer: PART_CUSTOMERS[0]!, capacity: { value: 400, unit: 'kVA' } }] }))
      .thenThrows('VALIDATION_FAILED'));
});

describe('existence and closure come first (SPEC §7.1, API.md order)', () => {
  it.each(byType)('%s on an account that does not exist is NOT_FOUND', (_type, command) => given().when(command).thenThrows('NOT_FOUND'));

  it.each(byType)('%s on a closed account is ACCOUNT_CLOSED', (_type, command) =>
    given(accountOpened(), closed).when(command).thenThrows('ACCOUNT_CLOSED', (e) => expect(e.kind).toBe('conflict')));

  it.each(byType)('%s on the original of a split is ACCOUNT_CLOSED', (_type, command) =>
    given(accountOpened(), accountEvent('SupplyAccountSplit', { parts: [] }, on('2025-07-01'))).when(command).thenThrows('ACCOUNT_CLOSED'));
});

describe('business time (SPEC §4, §9)', () => {
  it('defaults to the later of now and the previous event', () =>
    given(accountOpened({}, '2026-07-01T00:00:00.000Z'))
      .when(closeAccount({ occurredAt: undefined }))
      .then((events) => expect(events[0]!.occurredAt).toBe('2026-07-01T00:00:00.000Z')));

  it('is never in the future', () =>
    given(accountOpened()).when(closeAccount({ occurredAt: '2026-07-01T00:00:00Z' })).thenThrows('OCCURRED_AT_INVALID'));

  it("is never before the account's previous event", () =>
    given(accountOpened()).when(closeAccount({ occurredAt: '2025-01-01T00:00:00Z' })).thenThrows('OCCURRED_AT_INVALID', (e) =>
      expect(e.message).toContain("account's previous event")));

  it('is the first 422 rule: a bad time wins over BILLS_OUTSTANDING', () =>
    given(accountOpened()).when(closeAccount({ billsSettled: false, occurredAt: '2025-01-01T00:00:00Z' })).thenThrows('OCCURRED_AT_INVALID'));
});
