import { accountStatusOn, suspendedCapacityOn } from '../suspensions.js';
import { foldAccount } from '../account.evolve.js';
import { initialAccountState } from '../account.state.js';
import {
  accountEvent,
  accountOpened,
  endSuspension,
  given,
  grantSuspension,
  on,
  ordinaryAccountOpened,
  suspensionGranted,
} from '../testing/account.specification.js';

const granted = (from: string, until: string, days: number, value = 400, occurredAt = on('2025-02-20')) =>
  accountEvent('SuspensionGranted', { capacity: { value, unit: 'kVA' }, from, until, days }, occurredAt);
const ended = (from: string, until: string, restoreOn: string, suspendedDays: number, basicChargeWaived: boolean, occurredAt: string) =>
  accountEvent('SuspensionEnded', { from, until, restoreOn, suspendedDays, basicChargeWaived }, occurredAt);

describe('suspension (暂停, SPEC §7.2 a)', () => {
  it('grants the whole capacity of a large-industry account: 2025-03-01..06-30 is 31 + 30 + 31 + 30 = 122 days', () =>
    given(accountOpened())
      .when(grantSuspension())
      .then([granted('2025-03-01', '2025-06-30', 122)]));

  describe('NOTICE_TOO_SHORT: `from` at least 5 calendar days after the request day', () => {
    it('accepts exactly 5 days (asked 2025-02-24, from 2025-03-01)', () =>
      given(accountOpened())
        .when(grantSuspension({ occurredAt: on('2025-02-24') }))
        .then([granted('2025-03-01', '2025-06-30', 122, 400, on('2025-02-24'))]));

    it('refuses 4 days (asked 2025-02-25)', () =>
      given(accountOpened()).when(grantSuspension({ occurredAt: on('2025-02-25') })).thenThrows('NOTICE_TOO_SHORT'));

    it("counts from the request's day in Shanghai: 2025-02-24T16:30Z is already 2025-02-25 there", () =>
      given(accountOpened()).when(grantSuspension({ occurredAt: '2025-02-24T16:30:00.000Z' })).thenThrows('NOTICE_TOO_SHORT'));

    it('takes a defaulted business time (now) as the request day', () =>
      given(accountOpened()).when(grantSuspension({ occurredAt: undefined })).thenThrows('NOTICE_TOO_SHORT'));
  });

  describe('SUSPENSION_TOO_SHORT: from..until inclusive at least 15 days', () => {
    it('refuses 2025-03-01..03-14 (14 days)', () =>
      given(accountOpened()).when(grantSuspension({ until: '2025-03-14' })).thenThrows('SUSPENSION_TOO_SHORT'));

    it('grants 2025-03-01..03-15 (15 days)', () =>
      given(accountOpened()).when(grantSuspension({ until: '2025-03-15' })).then([granted('2025-03-01', '2025-03-15', 15)]));
  });

  describe('CAPACITY_EXCEEDED: at most the contract capacity less what is already suspended over those dates', () => {
    const partial = granted('2025-04-01', '2025-04-30', 30, 120, on('2025-03-20'));
    const later = { from: '2025-04-20', until: '2025-05-31', occurredAt: on('2025-04-10') };

    it('refuses 250 kVA on a 200 kVA account', () =>
      given(ordinaryAccountOpened()).when(grantSuspension({ capacity: { value: 250, unit: 'kVA' } })).thenThrows('CAPACITY_EXCEEDED'));

    it('refuses 100 kVA overlapping 120 of 200 kVA already suspended (80 left)', () =>
      given(ordinaryAccountOpened(), partial)
        .when(grantSuspension({ ...later, capacity: { value: 100, unit: 'kVA' } }))
        .thenThrows('CAPACITY_EXCEEDED', (e) => expect(e.message).toContain('80')));

    it('grants the 80 kVA that are left', () =>
      given(ordinaryAccountOpened(), partial)
        .when(grantSuspension({ ...later, capacity: { value: 80, unit: 'kVA' } }))
        .then([granted('2025-04-20', '2025-05-31', 42, 80, on('2025-04-10'))]));

    it('grants 100 kVA once the 120 kVA were restored before the new dates (restoreOn 2025-04-15)', () =>
      given(ordinaryAccountOpened(), partial, ended('2025-04-01', '2025-04-30', '2025-04-15', 14, false, on('2025-04-05')))
        .when(grantSuspension({ ...later, capacity: { value: 100, unit: 'kVA' } }))
        .then([granted('2025-04-20', '2025-05-31', 42, 100, on('2025-04-10'))]));

    it('refuses a capacity in another unit than the contract (UNIT_MISMATCH)', () =>
      given(accountOpened()).when(grantSuspension({ capacity: { value: 400, unit: 'kW' } })).thenThrows('UNIT_MISMATCH'));
  });

  describe('WHOLE_CAPACITY_REQUIRED: a large-industry account suspends its whole capacity', () => {
    it('refuses 200 of 400 kVA', () =>
      given(accountOpened()).when(grantSuspension({ capacity: { value: 200, unit: 'kVA' } })).thenThrows('WHOLE_CAPACITY_REQUIRED'));

    it('checks the capacity left first: 500 of 400 kVA is CAPACITY_EXCEEDED', () =>
      given(accountOpened()).when(grantSuspension({ capacity: { value: 500, unit: 'kVA' } })).thenThrows('CAPACITY_EXCEEDED'));

    it('lets an ordinary account suspend part of its capacity', () =>
      given(ordinaryAccountOpened())
        .when(grantSuspension({ capacity: { value: 50, unit: 'kVA' } }))
        .then([granted('2025-03-01', '2025-06-30', 122, 50)]));
  });

  describe('SUSPENSION_LIMIT_REACHED: at most 2 suspensions starting in one calendar year', () => {
    const two = [granted('2025-03-01', '2025-03-15', 15), granted('2025-05-01', '2025-05-15', 15)];
    const third = { from: '2025-09-01', until: '2025-09-15', occurredAt: on('2025-08-20') };

    it('refuses a third in 2025', () => given(accountOpened(), ...two).when(grantSuspension(third)).thenThrows('SUSPENSION_LIMIT_REACHED'));

    it('counts a suspension restored early', () =>
      given(accountOpened(), ...two, ended('2025-05-01', '2025-05-15', '2025-05-10', 9, false, on('2025-05-02')))
        .when(grantSuspension(third))
        .thenThrows('SUSPENSION_LIMIT_REACHED'));

    it('grants the first of the next year', () =>
      given(accountOpened(), ...two)
        .when(grantSuspension({ from: '2026-02-01', until: '2026-02-15', occurredAt: on('2026-01-20') }))
        .then([granted('2026-02-01', '2026-02-15', 15, 400, on('2026-01-20'))]));
  });

  describe('SUSPENSION_YEARLY_LIMIT: at most 183 suspended days a year, every suspension counted inclusive', () => {
    // First suspension 2025-03-01..06-30 (122 days), restored on 2025-05-01: it counts 03-01..04-30 = 31 + 30 = 61 days.
    const first = granted('2025-03-01', '2025-06-30', 122);
    const restored = ended('2025-03-01', '2025-06-30', '2025-05-01', 61, true, on('2025-04-20'));
    const askedOn = on('2025-06-20');

    it('refuses a second of 2025-07-01..10-31: 61 + (31 + 31 + 30 + 31 = 123) = 184 days', () =>
      given(accountOpened(), first, restored)
        .when(grantSuspension({ from: '2025-07-01', until: '2025-10-31', occurredAt: askedOn }))
        .thenThrows('SUSPENSION_YEARLY_LIMIT', (e) => expect(e.message).toContain('61 days already suspended in 2025 + 123 = 184')));

    it('grants a second of 2025-07-01..10-30: 61 + 122 = 183 days', () =>
      given(accountOpened(), first, restored)
        .when(grantSuspension({ from: '2025-07-01', until: '2025-10-30', occurredAt: askedOn }))
        .then([granted('2025-07-01', '2025-10-30', 122, 400, askedOn)]));

    it('without the early restoration the first counts 122 days: 2025-07-01..08-31 (62) makes 184', () =>
      given(accountOpened(), first)
        .when(grantSuspension({ from: '2025-07-01', until: '2025-08-31', occurredAt: askedOn }))
        .thenThrows('SUSPENSION_YEARLY_LIMIT'));

    it('without the early restoration 2025-07-01..08-30 (61) makes exactly 183', () =>
      given(accountOpened(), first)
        .when(grantSuspension({ from: '2025-07-01', until: '2025-08-30', occurredAt: askedOn }))
        .then([granted('2025-07-01', '2025-08-30', 61, 400, askedOn)]));
  });

  it('refuses a suspension while the meter is temporarily removed (INVALID_TRANSITION)', () =>
    given(
      accountOpened(),
      accountEvent('TemporaryRemovalRequested', { reason: '改造' }, on('2025-01-10')),
      accountEvent('MeterTemporarilyRemoved', {}, on('2025-01-12')),
    )
      .when(grantSuspension())
      .thenThrows('INVALID_TRANSITION'));

  it('refuses dates across two calendar years as invalid input', () =>
    given(accountOpened()).when(grantSuspension({ from: '2025-12-20', until: '2026-01-10' })).thenThrows('VALIDATION_FAILED'));

  it('checks the business time first among the rules: a time before the previous event is OCCURRED_AT_INVALID, not NOTICE_TOO_SHORT', () =>
    given(accountOpened()).when(grantSuspension({ occurredAt: on('2025-01-05') })).thenThrows('OCCURRED_AT_INVALID'));
});

describe('early restoration (提前恢复, SPEC §7.2 a)', () => {
  const first = granted('2025-03-01', '2025-06-30', 122);

  it('ends the suspension the day before restoreOn: 2025-03-01..04-30 = 61 days, basic charge waived', () =>
    given(accountOpened(), first)
      .when(endSuspension())
      .then([ended('2025-03-01', '2025-06-30', '2025-05-01', 61, true, on('2025-04-20'))]));

  it('may be asked before the suspension begins: restoreOn 2025-03-10 counts 9 days, basic charge not waived', () =>
    given(accountOpened(), first)
      .when(endSuspension({ restoreOn: '2025-03-10', occurredAt: on('2025-02-22') }))
      .then([ended('2025-03-01', '2025-06-30', '2025-03-10', 9, false, on('2025-02-22'))]));

  it('waives the basic charge from 15 days: restoreOn 2025-03-16', () =>
    given(accountOpened(), first)
      .when(endSuspension({ restoreOn: '2025-03-16', occurredAt: on('2025-03-05') }))
      .then([ended('2025-03-01', '2025-06-30', '2025-03-16', 15, true, on('2025-03-05'))]));

  it('does not waive it at 14 days: restoreOn 2025-03-15', () =>
    given(accountOpened(), first)
      .when(endSuspension({ restoreOn: '2025-03-15', occurredAt: on('2025-03-05') }))
      .then([ended('2025-03-01', '2025-06-30', '2025-03-15', 14, false, on('2025-03-05'))]));

  it('refuses a restoreOn inside no granted suspension (INVALID_TRANSITION)', () =>
    given(accountOpened(), first).when(endSuspension({ restoreOn: '2025-07-05', occurredAt: on('2025-06-20') })).thenThrows('INVALID_TRANSITION'));

  it('refuses without any suspension', () => given(accountOpened()).when(endSuspension()).thenThrows('INVALID_TRANSITION'));

  it('refuses a suspension already ended', () =>
    given(accountOpened(), first, ended('2025-03-01', '2025-06-30', '2025-05-01', 61, true, on('2025-04-20')))
      .when(endSuspension({ restoreOn: '2025-06-01', occurredAt: on('2025-05-10') }))
      .thenThrows('INVALID_TRANSITION'));

  it('needs 5 days of notice: asked 2025-04-27 for 2025-05-01 is NOTICE_TOO_SHORT', () =>
    given(accountOpened(), first).when(endSuspension({ occurredAt: on('2025-04-27') })).thenThrows('NOTICE_TOO_SHORT'));

  it('accepts exactly 5 days: asked 2025-04-26 for 2025-05-01', () =>
    given(accountOpened(), first)
      .when(endSuspension({ occurredAt: on('2025-04-26') }))
      .then([ended('2025-03-01', '2025-06-30', '2025-05-01', 61, true, on('2025-04-26'))]));

  it('answers the sequence (409) before the business time (422)', () =>
    given(accountOpened()).when(endSuspension({ occurredAt: '2099-01-01T00:00:00Z' })).thenThrows('INVALID_TRANSITION'));
});

describe('status and suspended capacity follow the granted dates (SPEC §7.1)', () => {
  const state = (...events: Parameters<typeof foldAccount>[0]) => foldAccount(events, initialAccountState);

  it.each([
    ['2025-02-28', 'active', 0],
    ['2025-03-01', 'suspended', 400],
    ['2025-06-30', 'suspended', 400],
    ['2025-07-01', 'active', 0],
  ] as const)('a whole-capacity suspension 2025-03-01..06-30: on %s the account is %s, %d kVA suspended', (day, status, value) => {
    const s = state(accountOpened(), suspensionGranted('2025-03-01', '2025-06-30', 122));
    expect(accountStatusOn(s, day)).toBe(status);
    expect(suspendedCapacityOn(s, day)).toEqual({ value, unit: 'kVA' });
  });

  it('an early restoration on 2025-05-01 makes the account active again that day', () => {
    const s = state(
      accountOpened(),
      suspensionGranted('2025-03-01', '2025-06-30', 122),
      ended('2025-03-01', '2025-06-30', '2025-05-01', 61, true, on('2025-04-20')),
    );
    expect(accountStatusOn(s, '2025-04-30')).toBe('suspended');
    expect(accountStatusOn(s, '2025-05-01')).toBe('active');
  });

  it('a partial suspension leaves the account active, its capacity counted', () => {
    const s = state(ordinaryAccountOpened(), suspensionGranted('2025-04-01', '2025-04-30', 30, 120));
    expect(accountStatusOn(s, '2025-04-10')).toBe('active');
    expect(suspendedCapacityOn(s, '2025-04-10')).toEqual({ value: 120, unit: 'kVA' });
  });

  it('two partial suspensions that together cover the contract make it suspended on their common days', () => {
    const s = state(
      ordinaryAccountOpened(),
      suspensionGranted('2025-04-01', '2025-04-30', 30, 120),
      suspensionGranted('2025-04-20', '2025-05-31', 42, 80),
    );
    expect(accountStatusOn(s, '2025-04-19')).toBe('active');
    expect(accountStatusOn(s, '2025-04-20')).toBe('suspended');
    expect(accountStatusOn(s, '2025-05-01')).toBe('active');
    expect(suspendedCapacityOn(s, '2025-05-01')).toEqual({ value: 80, unit: 'kVA' });
  });

  it('is removed while the meter is temporarily removed, and closed once closed', () => {
    const removed = state(
      accountOpened(),
      accountEvent('TemporaryRemovalRequested', { reason: '改造' }, on('2025-01-10')),
      accountEvent('MeterTemporarilyRemoved', {}, on('2025-01-12')),
    );
    expect(accountStatusOn(removed, '2025-02-01')).toBe('removed');
    const closed = state(accountOpened(), accountEvent('SupplyAccountClosed', { finalReading: 1 }, on('2025-01-10')));
    expect(accountStatusOn(closed, '2025-02-01')).toBe('closed');
  });
});
