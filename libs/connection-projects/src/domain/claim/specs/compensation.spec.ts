import type { ApplianceCompensation, ApplianceFinding, ClaimedAppliance } from '../claim.values.js';
import { wholeMonthsBetween } from '../compensation.js';
import { claimEvent, claimFiled, damageInvestigated, given, on, settleDamageClaim } from '../testing/claim.specification.js';

/**
 * SPEC §8's arithmetic, every amount worked out by hand in the comment beside it: the claim filed the day after the
 * damage, investigated, then settled; the settlement records each appliance's compensation and how it was reached.
 */
const notRepairable = (appliances: ClaimedAppliance[]): ApplianceFinding[] => appliances.map(({ name }) => ({ name, repairable: false }));

const settles = (
  damagedOn: string,
  appliances: ClaimedAppliance[],
  expected: { appliances: ApplianceCompensation[]; total: number },
  options: { findings?: ApplianceFinding[]; utilityLiable?: boolean } = {},
) => {
  const liable = options.utilityLiable ?? true;
  const filedAt = on(damagedOn, '06:00:00');
  given(claimFiled(appliances, damagedOn, filedAt), damageInvestigated(options.findings ?? notRepairable(appliances), liable, on(damagedOn, '08:00:00')))
    .when(settleDamageClaim({ occurredAt: on(damagedOn, '09:00:00') }))
    .then([claimEvent('DamageClaimSettled', { utilityLiable: liable, ...expected }, on(damagedOn, '09:00:00'))]);
};

const appliance = (name: string, category: ClaimedAppliance['category'], purchasedOn: string, invoicePrice: number): ClaimedAppliance => ({
  name,
  category,
  purchasedOn,
  invoicePrice,
});

describe('compensation per appliance class, damaged on 2025-07-15 (invoice × (1 − months used ÷ (life × 12)))', () => {
  it('one of each class, each depreciated over its life', () =>
    settles(
      '2025-07-15',
      [
        appliance('电视机', 'electronic', '2022-03-10', 4999),
        appliance('洗衣机', 'motor', '2019-07-16', 2599),
        appliance('热水器', 'heating', '2023-01-15', 1280),
        appliance('台灯', 'lighting', '2024-10-01', 365.5),
      ],
      {
        appliances: [
          // 2022-03-10 → 2025-07-10 is 40 whole months; 4999 × 80/120 = 3332.666… → 3332.67
          { name: '电视机', basis: 'depreciated', monthsUsed: 40, lifeYears: 10, compensation: 3332.67 },
          // 2019-07-16 → 2025-06-16 is 71 (07-16 is after the damage); 2599 × 73/144 = 1317.5486… → 1317.55
          { name: '洗衣机', basis: 'depreciated', monthsUsed: 71, lifeYears: 12, compensation: 1317.55 },
          // 2023-01-15 → 2025-07-15 is exactly 30; 1280 × 30/60 = 640
          { name: '热水器', basis: 'depreciated', monthsUsed: 30, lifeYears: 5, compensation: 640 },
          // 2024-10-01 → 2025-07-01 is 9; 365.50 × 15/24 = 228.4375 → 228.44
          { name: '台灯', basis: 'depreciated', monthsUsed: 9, lifeYears: 2, compensation: 228.44 },
        ],
        // 3332.67 + 1317.55 + 640.00 + 228.44
        total: 5518.66,
      },
    ));

  it('rounds half-up to the fen once, on the exact share: 3000.01 × 60/120 = 1500.005 → 1500.01', () =>
    settles('2025-07-15', [appliance('电脑', 'electronic', '2020-07-15', 3000.01)], {
      appliances: [{ name: '电脑', basis: 'depreciated', monthsUsed: 60, lifeYears: 10, compensation: 1500.01 }],
      total: 1500.01,
    }));
});

describe('bought within six months of the damage (on or after damagedOn − 6 months): the invoice price', () => {
  it('bought 5 months before (2025-02-15): 3000 in full', () =>
    settles('2025-07-15', [appliance('空调', 'motor', '2025-02-15', 3000)], {
      appliances: [{ name: '空调', basis: 'boughtWithinSixMonths', compensation: 3000 }],
      total: 3000,
    }));

  it('bought exactly 6 months before (2025-01-15): still 3000 in full', () =>
    settles('2025-07-15', [appliance('空调', 'motor', '2025-01-15', 3000)], {
      appliances: [{ name: '空调', basis: 'boughtWithinSixMonths', compensation: 3000 }],
      total: 3000,
    }));

  it('bought a day earlier (2025-01-14): 6 months used, 3000 × 138/144 = 2875', () =>
    settles('2025-07-15', [appliance('空调', 'motor', '2025-01-14', 3000)], {
      appliances: [{ name: '空调', basis: 'depreciated', monthsUsed: 6, lifeYears: 12, compensation: 2875 }],
      total: 2875,
    }));

  it('month arithmetic at a month’s end: damaged 2025-08-31, six months before is 2025-02-28', () =>
    settles(
      '2025-08-31',
      [appliance('音响', 'electronic', '2025-02-28', 1200), appliance('音箱', 'electronic', '2025-02-27', 1200)],
      {
        appliances: [
          { name: '音响', basis: 'boughtWithinSixMonths', compensation: 1200 },
          // 2025-02-27 → 2025-08-27 is 6 whole months; 1200 × 114/120 = 1140
          { name: '音箱', basis: 'depreciated', monthsUsed: 6, lifeYears: 10, compensation: 1140 },
        ],
        total: 2340,
      },
    ));
});

describe('never below 10 % of the invoice price', () => {
  it('older than its life: a lamp of 37 months (life 24) gets 10 % of 365.55 = 36.555 → 36.56', () =>
    settles('2025-07-15', [appliance('吸顶灯', 'lighting', '2022-06-01', 365.55)], {
      appliances: [{ name: '吸顶灯', basis: 'minimumShare', monthsUsed: 37, lifeYears: 2, compensation: 36.56 }],
      total: 36.56,
    }));

  it('within its life but worth less than 10 %: 57 of 60 months leave 1000 × 3/60 = 50, so 100', () =>
    settles('2025-07-15', [appliance('电暖器', 'heating', '2020-10-15', 1000)], {
      appliances: [{ name: '电暖器', basis: 'minimumShare', monthsUsed: 57, lifeYears: 5, compensation: 100 }],
      total: 100,
    }));

  it('exactly 10 % is the depreciated value itself: 54 of 60 months, 1000 × 6/60 = 100', () =>
    settles('2025-07-15', [appliance('电暖器', 'heating', '2021-01-15', 1000)], {
      appliances: [{ name: '电暖器', basis: 'depreciated', monthsUsed: 54, lifeYears: 5, compensation: 100 }],
      total: 100,
    }));
});

describe('repairable, and not liable', () => {
  const tv = appliance('电视机', 'electronic', '2022-03-10', 4999);
  const fridge = appliance('冰箱', 'motor', '2025-05-01', 3200);

  it('a repairable appliance gets its repair cost, whatever its age; the others as above', () =>
    settles(
      '2025-07-15',
      [tv, fridge],
      {
        appliances: [
          { name: '电视机', basis: 'repairCost', compensation: 350.5 },
          { name: '冰箱', basis: 'boughtWithinSixMonths', compensation: 3200 },
        ],
        total: 3550.5,
      },
      { findings: [{ name: '电视机', repairable: true, repairCost: 350.5 }, { name: '冰箱', repairable: false }] },
    ));

  it('the utility not liable: 0 for every appliance, repairable or not', () =>
    settles(
      '2025-07-15',
      [tv, fridge],
      {
        appliances: [
          { name: '电视机', basis: 'notLiable', compensation: 0 },
          { name: '冰箱', basis: 'notLiable', compensation: 0 },
        ],
        total: 0,
      },
      { utilityLiable: false, findings: [{ name: '电视机', repairable: true, repairCost: 350.5 }, { name: '冰箱', repairable: false }] },
    ));
});

describe('whole months from purchase to damage (month arithmetic as SPEC §5)', () => {
  it.each([
    ['2025-01-15', '2025-07-15', 6],
    ['2025-01-16', '2025-07-15', 5],
    ['2025-07-15', '2025-07-15', 0],
    ['2024-01-31', '2024-02-29', 1],
    ['2024-01-31', '2024-02-28', 0],
    ['2015-07-15', '2025-07-15', 120],
  ])('%s → %s is %i', (from, to, months) => expect(wholeMonthsBetween(from, to)).toBe(months));
});
