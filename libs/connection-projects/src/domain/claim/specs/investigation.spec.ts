import {
  TELEVISION,
  claimEvent,
  claimFiled,
  damageInvestigated,
  given,
  investigateDamage,
  on,
  settleDamageClaim,
} from '../testing/claim.specification.js';

const FRIDGE = { name: '冰箱', category: 'motor' as const, purchasedOn: '2021-05-20', invoicePrice: 3200 };
const settled = claimEvent('DamageClaimSettled', { utilityLiable: true, appliances: [], total: 0 }, on('2025-07-05'));

describe('the investigation (调查, SPEC §8): the inspector answers each appliance of the claim, in its order', () => {
  it('records the findings, liability and per appliance whether it is repairable and for how much', () =>
    given(claimFiled([TELEVISION, FRIDGE]))
      .when(
        investigateDamage({
          appliances: [
            { name: '电视机', repairable: false },
            { name: '冰箱', repairable: true, repairCost: 350 },
          ],
          occurredAt: on('2025-07-02', '09:00:00'),
        }),
      )
      .then([
        damageInvestigated([
          { name: '电视机', repairable: false },
          { name: '冰箱', repairable: true, repairCost: 350 },
        ]),
      ]));

  it.each([
    ['fewer appliances than the claim', [{ name: '电视机', repairable: false }]],
    ['the claim’s appliances in another order', [{ name: '冰箱', repairable: false }, { name: '电视机', repairable: false }]],
    ['a repairable appliance with no repair cost', [{ name: '电视机', repairable: true }, { name: '冰箱', repairable: false }]],
    ['a repair cost for an appliance that is not repairable', [{ name: '电视机', repairable: false, repairCost: 10 }, { name: '冰箱', repairable: false }]],
    ['a repair cost in thousandths', [{ name: '电视机', repairable: true, repairCost: 10.005 }, { name: '冰箱', repairable: false }]],
  ])('%s is VALIDATION_FAILED', (_what, appliances) =>
    given(claimFiled([TELEVISION, FRIDGE])).when(investigateDamage({ appliances })).thenThrows('VALIDATION_FAILED'));

  it('is once: a second investigation is INVALID_TRANSITION', () =>
    given(claimFiled(), damageInvestigated()).when(investigateDamage()).thenThrows('INVALID_TRANSITION'));

  it('is not after the settlement', () =>
    given(claimFiled(), damageInvestigated(), settled).when(investigateDamage()).thenThrows('INVALID_TRANSITION'));

  it('may come later than 24 hours: the clock says it was late, no rule refuses it', () =>
    given(claimFiled()).when(investigateDamage({ occurredAt: on('2025-07-10') })).then((events) => expect(events).toHaveLength(1)));

  it('is never before the filing', () =>
    given(claimFiled()).when(investigateDamage({ occurredAt: on('2025-07-01') })).thenThrows('OCCURRED_AT_INVALID'));
});

describe('the settlement (理赔, SPEC §8): only after the investigation, once', () => {
  it('before the investigation is INVALID_TRANSITION', () => given(claimFiled()).when(settleDamageClaim()).thenThrows('INVALID_TRANSITION'));

  it('a second settlement is INVALID_TRANSITION', () =>
    given(claimFiled(), damageInvestigated(), settled).when(settleDamageClaim()).thenThrows('INVALID_TRANSITION'));

  // The television of 2022-03-10, damaged 2025-07-01: 39 whole months; 4999 × 81/120 = 3374.325 → 3374.33.
  it('records the clerk’s notes with the amounts', () =>
    given(claimFiled(), damageInvestigated())
      .when(settleDamageClaim({ notes: '已转账', occurredAt: on('2025-07-05') }))
      .then((events) => expect(events[0]!.data).toMatchObject({ notes: '已转账', total: 3374.33 })));

  it.each([investigateDamage(), settleDamageClaim()])('$type on a claim that does not exist is NOT_FOUND', (command) =>
    given().when(command).thenThrows('NOT_FOUND'));
});
