import { foldAccount } from '../../account/account.evolve.js';
import { initialAccountState } from '../../account/account.state.js';
import { accountOpened } from '../../account/testing/account.fixtures.js';
import {
  ACCOUNT_ORG_UNIT,
  CLERK_ORG_UNIT,
  COMPLAINT_NOW,
  FIXTURE_ACCOUNT_ID,
  closeComplaint,
  complainantContacted,
  complaintEvent,
  complaintReceived,
  complaintReplied,
  contactComplainant,
  customerAccount,
  given,
  on,
  receiveComplaint,
  replyToComplaint,
  serviceContext,
} from '../testing/complaint.specification.js';

const withAccount = serviceContext({ account: customerAccount() });
const closed = complaintEvent('ComplaintClosed', { satisfaction: 'satisfied' }, on('2025-10-16'));

describe('a complaint is received (受理投诉, SPEC §8)', () => {
  it('from a customer the system need not know: its org unit is the recording clerk’s', () =>
    given().when(receiveComplaint()).then([complaintReceived()]));

  it('naming the customer’s account: the account is recorded and its org unit is the complaint’s', () =>
    given()
      .when(receiveComplaint({ accountId: FIXTURE_ACCOUNT_ID }), withAccount)
      .then([complaintReceived({ accountId: FIXTURE_ACCOUNT_ID, orgUnit: ACCOUNT_ORG_UNIT })]));

  it('is ACCOUNT_INVALID when the named account does not exist', () =>
    given().when(receiveComplaint({ accountId: 'acct-nowhere' })).thenThrows('ACCOUNT_INVALID', (e) => expect(e.kind).toBe('rule')));

  it('is ACCOUNT_INVALID when the named account is another customer’s', () =>
    given()
      .when(receiveComplaint({ accountId: FIXTURE_ACCOUNT_ID }), serviceContext({ account: foldAccount([accountOpened({ customerId: 'c-0999' })], initialAccountState) }))
      .thenThrows('ACCOUNT_INVALID', (e) => expect(e.message).toContain('c-0001')));

  it('is ACCOUNT_INVALID when the state read is of another account than the one named', () =>
    given().when(receiveComplaint({ accountId: 'acct-other' }), withAccount).thenThrows('ACCOUNT_INVALID'));

  it('checks the business time first among the 422s: a future time wins over a wrong account', () =>
    given().when(receiveComplaint({ accountId: 'acct-nowhere', occurredAt: '2025-11-01T00:00:00Z' })).thenThrows('OCCURRED_AT_INVALID'));

  it('is received once: a second with the same id is INVALID_TRANSITION, before any 422', () =>
    given(complaintReceived())
      .when(receiveComplaint({ accountId: 'acct-nowhere', occurredAt: '2025-11-01T00:00:00Z' }))
      .thenThrows('INVALID_TRANSITION', (e) => expect(e.kind).toBe('conflict')));

  it('defaults its business time to now', () =>
    given().when(receiveComplaint({ occurredAt: undefined })).then([complaintReceived({}, COMPLAINT_NOW)]));

  it('refuses a channel that is not hotline, window or online', () =>
    given().when(receiveComplaint({ channel: 'letter' as never })).thenThrows('VALIDATION_FAILED'));
});

describe('contacted, replied, closed: in that order (SPEC §8)', () => {
  it('contacts the complainant', () =>
    given(complaintReceived())
      .when(contactComplainant({ notes: '已电话联系客户', occurredAt: on('2025-10-11') }))
      .then([complaintEvent('ComplainantContacted', { notes: '已电话联系客户' }, on('2025-10-11'))]));

  it('replies with the resolution', () =>
    given(complaintReceived(), complainantContacted()).when(replyToComplaint({ occurredAt: on('2025-10-15') })).then([complaintReplied()]));

  it.each(['satisfied', 'neutral', 'dissatisfied'] as const)('closes after the revisit, %s', (satisfaction) =>
    given(complaintReceived(), complainantContacted(), complaintReplied())
      .when(closeComplaint({ satisfaction, occurredAt: on('2025-10-16') }))
      .then([complaintEvent('ComplaintClosed', { satisfaction }, on('2025-10-16'))]));

  it('refuses a satisfaction it does not know', () =>
    given(complaintReceived(), complainantContacted(), complaintReplied()).when(closeComplaint({ satisfaction: 'happy' as never })).thenThrows('VALIDATION_FAILED'));

  it.each([
    ['a reply before the contact', [complaintReceived()], replyToComplaint()],
    ['a closure before the reply', [complaintReceived(), complainantContacted()], closeComplaint()],
    ['a closure with no contact', [complaintReceived()], closeComplaint()],
    ['a second contact', [complaintReceived(), complainantContacted()], contactComplainant()],
    ['a contact after the reply', [complaintReceived(), complainantContacted(), complaintReplied()], contactComplainant()],
    ['a second reply', [complaintReceived(), complainantContacted(), complaintReplied()], replyToComplaint()],
    ['a contact once closed', [complaintReceived(), complainantContacted(), complaintReplied(), closed], contactComplainant()],
    ['a closure once closed', [complaintReceived(), complainantContacted(), complaintReplied(), closed], closeComplaint()],
  ])('%s is INVALID_TRANSITION', (_what, history, command) => given(...history).when(command).thenThrows('INVALID_TRANSITION'));

  it('is out of sequence (409) before the business time is judged (422)', () =>
    given(complaintReceived()).when(replyToComplaint({ occurredAt: '2025-01-01T00:00:00Z' })).thenThrows('INVALID_TRANSITION'));

  it.each([contactComplainant(), replyToComplaint(), closeComplaint()])('$type on a complaint that does not exist is NOT_FOUND', (command) =>
    given().when(command).thenThrows('NOT_FOUND'));
});

describe('business time (SPEC §4, §9)', () => {
  it('is never before the complaint’s previous event', () =>
    given(complaintReceived()).when(contactComplainant({ occurredAt: '2025-10-09T00:00:00Z' })).thenThrows('OCCURRED_AT_INVALID', (e) =>
      expect(e.message).toContain("complaint's previous event")));

  it('is never in the future', () =>
    given(complaintReceived()).when(contactComplainant({ occurredAt: '2025-11-01T00:00:00Z' })).thenThrows('OCCURRED_AT_INVALID'));

  it('defaults to the later of now and the previous event', () =>
    given(complaintReceived({}, '2025-11-05T00:00:00.000Z'))
      .when(contactComplainant())
      .then([complaintEvent('ComplainantContacted', {}, '2025-11-05T00:00:00.000Z')]));

  it('keeps the clerk’s org unit when no account is named, whoever records later steps', () =>
    given()
      .when(receiveComplaint(), serviceContext())
      .then((events) => expect(events[0]!.data).toMatchObject({ orgUnit: CLERK_ORG_UNIT })));
});
