import { shanghaiDateOf } from '../calendar/index.js';
import type { AccountEvent } from './account.events.js';
import type { AccountState } from './account.state.js';

/** The Shanghai day of a stored business time; a malformed one (never written by the decider) keeps its date part. */
const dayOf = (occurredAt: string): string => {
  try {
    return shanghaiDateOf(occurredAt);
  } catch {
    return occurredAt.slice(0, 10);
  }
};

/** One switch, no I/O, no clock; never throws on history (a tolerant reader: unknown facts change nothing). */
export const evolveAccount = (state: AccountState, event: AccountEvent): AccountState => {
  const next: AccountState = { ...state, eventCount: state.eventCount + 1, lastOccurredAt: event.occurredAt };
  switch (event.type) {
    case 'SupplyAccountOpened': {
      const d = event.data;
      return {
        ...next,
        accountId: d.accountId,
        customerId: d.customerId,
        projectId: d.projectId,
        supplyAddress: d.supplyAddress,
        orgUnit: d.orgUnit,
        contractCapacity: d.contractCapacity,
        supplyVoltage: d.supplyVoltage,
        tariffCategory: d.tariffCategory,
        meterNumbers: d.meterNumbers ?? [],
        openedAt: d.openedAt,
        ...(d.splitFrom !== undefined ? { splitFrom: d.splitFrom } : {}),
      };
    }
    case 'ContractCapacityChanged':
      return { ...next, contractCapacity: event.data.contractCapacity };
    case 'SuspensionGranted': {
      const { from, until, capacity } = event.data;
      return { ...next, suspensions: [...state.suspensions, { from, until, capacity }] };
    }
    case 'SuspensionEnded': {
      const { from, until, restoreOn } = event.data;
      const index = state.suspensions.findIndex((s) => s.from === from && s.until === until && s.restoreOn === undefined);
      if (index < 0) return next;
      const suspensions = state.suspensions.map((s, i) => (i === index ? { ...s, restoreOn } : s));
      return { ...next, suspensions };
    }
    case 'TemporaryRemovalRequested':
      return { ...next, removal: 'removalRequested' };
    case 'MeterTemporarilyRemoved':
      return { ...next, removal: 'removed', removedOn: dayOf(event.occurredAt) };
    case 'ReinstallationRequested':
      return { ...next, removal: 'reinstallationRequested' };
    case 'MeterReinstalled': {
      const { removedOn: _removedOn, ...rest } = next;
      return { ...rest, removal: 'none', meterNumbers: event.data.meterNumbers ?? state.meterNumbers };
    }
    case 'MeterRelocationRequested':
      return { ...next, relocation: { newLocation: event.data.newLocation } };
    case 'MeterRelocated': {
      const { relocation: _relocation, ...rest } = next;
      return rest;
    }
    case 'TariffChangeRequested':
      return { ...next, tariffChange: { newCategory: event.data.newCategory, approved: false } };
    case 'TariffChangeSurveyed': {
      const { tariffChange: _open, ...rest } = next;
      return event.data.approved ? { ...rest, tariffChange: { newCategory: event.data.newCategory, approved: true } } : rest;
    }
    case 'TariffCategoryChanged': {
      const { tariffChange: _open, ...rest } = next;
      return { ...rest, tariffCategory: event.data.newCategory };
    }
    case 'SupplyAccountClosed':
    case 'SupplyAccountSplit':
      return { ...next, closed: true };
    case 'LatePaymentChargeAssessed':
    case 'ViolationRecorded':
      return next;
    default:
      return next;
  }
};

export const foldAccount = (events: readonly AccountEvent[], from: AccountState): AccountState => events.reduce(evolveAccount, from);
