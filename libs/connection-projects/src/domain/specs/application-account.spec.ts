import { given, kindIs } from '../testing/project.specification.js';
import { FIXTURE_NOW, acceptApplication, applicationAccepted, decisionContext } from '../testing/project.specification.js';
import type { NamedAccount } from '../project.context.js';

/** SPEC §7.1: a capacity increase (增容) may name the customer's supply account; the fixture customer is c-0002. */
describe('an application naming a supply account (SPEC §7.1)', () => {
  const increase = (accountId = 'acct-p-0000') => acceptApplication({ businessType: 'capacityIncrease', accountId });
  const knowing = (namedAccount: NamedAccount) => ({ ...decisionContext(), namedAccount });
  const ownOpen: NamedAccount = { accountId: 'acct-p-0000', customerId: 'c-0002', closed: false };

  it('records the account on a capacity increase on an active account of the same customer', () =>
    given()
      .when(increase(), knowing(ownOpen))
      .then([applicationAccepted({ businessType: 'capacityIncrease', accountId: 'acct-p-0000' }, { occurredAt: FIXTURE_NOW })]));

  it('accepts a capacity increase that names no account (a new account opens at energization)', () =>
    given()
      .when(acceptApplication({ businessType: 'capacityIncrease' }))
      .then([applicationAccepted({ businessType: 'capacityIncrease' }, { occurredAt: FIXTURE_NOW })]));

  it('refuses an account on a new connection as a malformed request', () =>
    given()
      .when(acceptApplication({ businessType: 'newConnection', accountId: 'acct-p-0000' }), knowing(ownOpen))
      .thenThrows('VALIDATION_FAILED', kindIs('validation')));

  it('refuses an account that was never opened (ACCOUNT_INVALID)', () =>
    given().when(increase(), knowing({ accountId: 'acct-p-0000', closed: false })).thenThrows('ACCOUNT_INVALID', kindIs('rule')));

  it('refuses an account nothing was read of, as one that does not exist', () =>
    given().when(increase('acct-p-0009'), knowing(ownOpen)).thenThrows('ACCOUNT_INVALID'));

  it("refuses another customer's account", () =>
    given().when(increase(), knowing({ ...ownOpen, customerId: 'c-0001' })).thenThrows('ACCOUNT_INVALID'));

  it('refuses a closed account', () =>
    given().when(increase(), knowing({ ...ownOpen, closed: true })).thenThrows('ACCOUNT_INVALID'));

  it('checks the account last: missing documents, a wrong unit and a bad business time come first', () => {
    const closed = knowing({ ...ownOpen, closed: true });
    given().when({ ...increase(), documents: [] }, closed).thenThrows('DOCUMENTS_MISSING');
    given().when({ ...increase(), requestedCapacity: { value: 800, unit: 'kW' } }, closed).thenThrows('UNIT_MISMATCH');
    given().when({ ...increase(), occurredAt: '2099-01-01T00:00:00Z' }, closed).thenThrows('OCCURRED_AT_INVALID');
  });

  it('refuses an application on an existing project before looking at the account', () =>
    given(applicationAccepted()).when(increase(), knowing({ ...ownOpen, closed: true })).thenThrows('INVALID_TRANSITION'));
});
