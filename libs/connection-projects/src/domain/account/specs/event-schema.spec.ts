import { ACCOUNT_EVENT_SCHEMA, accountEventDecoder, decodeAccountEvent, encodeAccountEvent } from '../account.event-schema.js';
import { ACCOUNT_EVENT_TYPES } from '../account.events.js';
import { evolveAccount, foldAccount } from '../account.evolve.js';
import { initialAccountState } from '../account.state.js';
import { accountEvent, accountOpened, on } from '../testing/account.specification.js';

const recorded = (type: string, data: unknown, schemaVersion = 1) => ({ type, schemaVersion, data, metadata: { occurredAt: '2025-10-09T09:00:00.000Z' } });

describe('decodeAccountEvent: the one way a stored account event becomes a domain event', () => {
  it('decodes an event stored today with its own business time', () =>
    expect(decodeAccountEvent(recorded('SupplyAccountClosed', { accountId: 'a-1', finalReading: 12 }))).toEqual({
      type: 'SupplyAccountClosed',
      data: { accountId: 'a-1', finalReading: 12 },
      occurredAt: '2025-10-09T09:00:00.000Z',
    }));

  it('leaves out a type it does not know, project events included', () => {
    expect(decodeAccountEvent(recorded('AccountMerged', { accountId: 'a-1' }))).toBeNull();
    expect(decodeAccountEvent(recorded('ProjectArchived', { projectId: 'p-1' }))).toBeNull();
  });

  it('writes every type at schema version 1 today', () =>
    expect(ACCOUNT_EVENT_TYPES.map((type) => ACCOUNT_EVENT_SCHEMA[type])).toEqual(ACCOUNT_EVENT_TYPES.map(() => 1)));

  it('encodes an accepted event with its type, data and schema version', () =>
    expect(encodeAccountEvent(accountEvent('MeterRelocated', { newLocation: '东墙' }))).toEqual({
      type: 'MeterRelocated',
      schemaVersion: 1,
      data: { accountId: 'acct-p-0001', newLocation: '东墙' },
    }));

  it('upcasts an old shape step by step when reading (a schema where SupplyAccountClosed v1 had `reading`)', () => {
    const decode = accountEventDecoder(
      { ...ACCOUNT_EVENT_SCHEMA, SupplyAccountClosed: 2 },
      { SupplyAccountClosed: { 1: ({ reading, ...rest }) => ({ ...rest, finalReading: reading }) } },
    );
    expect(decode(recorded('SupplyAccountClosed', { accountId: 'a-1', reading: 7 }))?.data).toEqual({ accountId: 'a-1', finalReading: 7 });
  });
});

describe('evolveAccount: a tolerant reader', () => {
  it('keeps the meters a reinstallation installed and forgets the removal day', () => {
    const state = foldAccount(
      [
        accountOpened(),
        accountEvent('TemporaryRemovalRequested', { reason: 'x' }, on('2025-02-01')),
        accountEvent('MeterTemporarilyRemoved', {}, on('2025-02-03')),
        accountEvent('ReinstallationRequested', {}, on('2025-03-01')),
        accountEvent('MeterReinstalled', { meterNumbers: ['M-2'] }, on('2025-03-02')),
      ],
      initialAccountState,
    );
    expect(state).toMatchObject({ removal: 'none', meterNumbers: ['M-2'], eventCount: 5, lastOccurredAt: on('2025-03-02') });
    expect(state.removedOn).toBeUndefined();
  });

  it('records the removal day in Shanghai', () => {
    const state = foldAccount([accountOpened(), accountEvent('MeterTemporarilyRemoved', {}, '2025-02-03T16:30:00.000Z')], initialAccountState);
    expect(state.removedOn).toBe('2025-02-04');
  });

  it('ignores an end of a suspension it does not know, never throwing', () => {
    const state = evolveAccount(
      foldAccount([accountOpened()], initialAccountState),
      accountEvent('SuspensionEnded', { from: '2025-03-01', until: '2025-03-31', restoreOn: '2025-03-10', suspendedDays: 9, basicChargeWaived: false }),
    );
    expect(state.suspensions).toEqual([]);
    expect(state.eventCount).toBe(2);
  });

  it('applies a contract capacity change', () =>
    expect(
      foldAccount(
        [accountOpened(), accountEvent('ContractCapacityChanged', { projectId: 'p-2', previousCapacity: { value: 400, unit: 'kVA' }, contractCapacity: { value: 630, unit: 'kVA' } })],
        initialAccountState,
      ).contractCapacity,
    ).toEqual({ value: 630, unit: 'kVA' }));
});
