import { foldAccount } from '../../account/account.evolve.js';
import { initialAccountState } from '../../account/account.state.js';
import { accountOpened, residentialAccountOpened } from '../../account/testing/account.fixtures.js';
import {
  ACCOUNT_ORG_UNIT,
  CLAIM_NOW,
  TELEVISION,
  claimContext,
  claimFiled,
  fileDamageClaim,
  given,
  on,
} from '../testing/claim.specification.js';

/** A large-industry account of the same customer: not eligible. */
const commercialAccount = foldAccount([accountOpened({ customerId: 'c-0001', tariffCategory: 'commercial' })], initialAccountState);
const anotherCustomersAccount = foldAccount([residentialAccountOpened(), accountOpened({ customerId: 'c-0999' })].slice(1), initialAccountState);

describe('a damage claim is filed (报损, SPEC §8): within 7 days of the damage on 2025-07-01', () => {
  it('on the customer’s residential account, taking the account’s org unit', () =>
    given().when(fileDamageClaim()).then([claimFiled()]));

  it('on day 7 (2025-07-08) it is accepted', () =>
    given().when(fileDamageClaim({ occurredAt: on('2025-07-08') })).then([claimFiled(undefined, undefined, on('2025-07-08'))]));

  it('on day 8 (2025-07-09) it is CLAIM_TOO_LATE', () =>
    given()
      .when(fileDamageClaim({ occurredAt: on('2025-07-09') }))
      .thenThrows('CLAIM_TOO_LATE', (e) => expect(e.message).toContain('8 days after the damage on 2025-07-01')));

  it('counts the filing day in Asia/Shanghai: 2025-07-08T16:30Z is already July 9th there, day 8', () =>
    given().when(fileDamageClaim({ occurredAt: '2025-07-08T16:30:00.000Z' })).thenThrows('CLAIM_TOO_LATE'));

  it('and 2025-07-08T23:59:59+08:00 is still day 7', () =>
    given()
      .when(fileDamageClaim({ occurredAt: '2025-07-08T23:59:59+08:00' }))
      .then([claimFiled(undefined, undefined, '2025-07-08T15:59:59.000Z')]));

  it('on the damage day itself', () =>
    given().when(fileDamageClaim({ occurredAt: '2025-07-01T20:00:00+08:00' })).then([claimFiled(undefined, undefined, '2025-07-01T12:00:00.000Z')]));

  it('is ACCOUNT_INVALID when the account does not exist', () =>
    given().when(fileDamageClaim(), claimContext({ account: null })).thenThrows('ACCOUNT_INVALID'));

  it('is ACCOUNT_INVALID when the account is another customer’s', () =>
    given().when(fileDamageClaim(), claimContext({ account: anotherCustomersAccount })).thenThrows('ACCOUNT_INVALID'));

  it('is CLAIM_NOT_ELIGIBLE on an account that is not residential', () =>
    given()
      .when(fileDamageClaim(), claimContext({ account: commercialAccount }))
      .thenThrows('CLAIM_NOT_ELIGIBLE', (e) => expect(e.message).toContain('commercial')));

  it('keeps the account’s org unit whoever files it', () =>
    given().when(fileDamageClaim()).then((events) => expect(events[0]!.data).toMatchObject({ orgUnit: ACCOUNT_ORG_UNIT })));
});

describe('the order of the checks (API.md: 409, then OCCURRED_AT_INVALID, then SPEC §8’s order)', () => {
  it('a claim id already filed is INVALID_TRANSITION, whatever else is wrong', () =>
    given(claimFiled())
      .when(fileDamageClaim({ occurredAt: '2026-01-01T00:00:00Z' }), claimContext({ account: null }))
      .thenThrows('INVALID_TRANSITION', (e) => expect(e.kind).toBe('conflict')));

  it('a business time in the future comes before the account', () =>
    given().when(fileDamageClaim({ occurredAt: '2026-01-01T00:00:00Z' }), claimContext({ account: null })).thenThrows('OCCURRED_AT_INVALID'));

  it('the account comes before its eligibility', () =>
    given().when(fileDamageClaim({ customerId: 'c-0999' }), claimContext({ account: commercialAccount })).thenThrows('ACCOUNT_INVALID'));

  it('eligibility comes before the 7 days', () =>
    given().when(fileDamageClaim({ occurredAt: on('2025-07-20') }), claimContext({ account: commercialAccount })).thenThrows('CLAIM_NOT_ELIGIBLE'));

  it('defaults the business time to now, which is then the filing day (here far too late)', () =>
    given().when(fileDamageClaim({ occurredAt: undefined })).thenThrows('CLAIM_TOO_LATE', (e) => expect(e.message).toContain(CLAIM_NOW.slice(0, 10))));
});

describe('what the claim says is checked before it is recorded (400)', () => {
  it.each([
    ['no appliance', { appliances: [] }],
    ['an appliance bought after the damage', { appliances: [{ ...TELEVISION, purchasedOn: '2025-07-02' }] }],
    ['an unknown class of appliance', { appliances: [{ ...TELEVISION, category: 'kitchen' as never }] }],
    ['an invoice price of 0', { appliances: [{ ...TELEVISION, invoicePrice: 0 }] }],
    ['an invoice price in thousandths', { appliances: [{ ...TELEVISION, invoicePrice: 4999.005 }] }],
    ['a damage day that is not a date', { damagedOn: '2025-02-30' }],
  ])('%s is VALIDATION_FAILED', (_what, patch) => given().when(fileDamageClaim(patch)).thenThrows('VALIDATION_FAILED'));

  it('a damage day after the filing day is VALIDATION_FAILED', () =>
    given()
      .when(fileDamageClaim({ damagedOn: '2025-07-03', appliances: [TELEVISION] }))
      .thenThrows('VALIDATION_FAILED', (e) => expect(e.errors).toEqual([{ field: 'damagedOn', message: 'must not be after the filing day 2025-07-02' }])));
});
