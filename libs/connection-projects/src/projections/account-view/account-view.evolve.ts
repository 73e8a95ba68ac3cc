import type { StoredEvent } from '#event-sourcing';
import {
  ACCOUNT_CLOCKS,
  decodeAccountEvent,
  prcCalendar,
  violationAmount,
  type AccountEvent,
  type AccountEventOf,
} from '../../domain/index.js';
import { advanceClocks, clockInstancesOn, touchesClocks, type ClockRecords } from '../../domain/sla/index.js';
import type { AccountClockRecord, AccountService, AccountServiceType, AccountViewDocument } from './account-view.js';

type Doc = AccountViewDocument;

const CLOCK_RECORDS = clockInstancesOn(prcCalendar) as ClockRecords<AccountClockRecord>;

/**
 * Folds one stored event into the account view. Pure and tolerant: an event of an account whose opening was never seen
 * (or of an unknown type) leaves the view as it is. Arrays are replaced, never pushed into: `doc` stays untouched.
 */
export function evolveAccountView(doc: Doc | null, stored: StoredEvent): Doc | null {
  const event = decodeAccountEvent(stored);
  if (!event) return doc;
  if (event.type === 'SupplyAccountOpened') return opened(event, stored);
  if (!doc) return doc;
  const next: Doc = { ...doc, version: stored.version, position: stored.position, updatedAt: stored.metadata.recordedAt };
  apply(next, event);
  if (touchesClocks(ACCOUNT_CLOCKS, event.type)) next.clockRecords = advanceClocks(ACCOUNT_CLOCKS, undefined, { records: doc.clockRecords }, event, CLOCK_RECORDS).records;
  return next;
}

function opened({ data, occurredAt }: AccountEventOf<'SupplyAccountOpened'>, stored: StoredEvent): Doc {
  return {
    accountId: data.accountId,
    customerId: data.customerId,
    projectId: data.projectId,
    supplyAddress: data.supplyAddress,
    orgUnit: data.orgUnit,
    supplyVoltage: data.supplyVoltage,
    contractCapacity: data.contractCapacity,
    tariffCategory: data.tariffCategory,
    meterNumbers: data.meterNumbers ?? [],
    openedAt: data.openedAt ?? occurredAt,
    ...(data.splitFrom !== undefined ? { splitFrom: data.splitFrom } : {}),
    closed: false,
    removal: 'none',
    suspensions: [],
    services: [],
    charges: [],
    clockRecords: [],
    version: stored.version,
    position: stored.position,
    updatedAt: stored.metadata.recordedAt,
  };
}

// Mutates the fresh copy made in evolveAccountView, replacing (never editing) what it changes.
function apply(d: Doc, e: AccountEvent): void {
  const at = e.occurredAt;
  switch (e.type) {
    case 'ContractCapacityChanged': {
      const { projectId, previousCapacity, contractCapacity } = e.data;
      d.contractCapacity = contractCapacity;
      d.services = [...d.services, { type: 'capacityChange', requestedAt: at, completedAt: at, projectId, previousCapacity, contractCapacity }];
      return;
    }
    case 'SuspensionGranted': {
      const { capacity, from, until, days } = e.data;
      d.suspensions = [...d.suspensions, { from, until, capacity, days }];
      d.services = [...d.services, { type: 'suspension', requestedAt: at, completedAt: at, capacity, from, until }];
      return;
    }
    case 'SuspensionEnded': {
      const { from, until, restoreOn, basicChargeWaived } = e.data;
      // The earliest granted one of those dates not yet ended, as the decider folds it.
      const index = d.suspensions.findIndex((s) => s.from === from && s.until === until && s.restoreOn === undefined);
      if (index >= 0) d.suspensions = d.suspensions.map((s, i) => (i === index ? { ...s, restoreOn, basicChargeWaived } : s));
      d.services = [...d.services, { type: 'restoration', requestedAt: at, completedAt: at, from, until, restoreOn, basicChargeWaived }];
      return;
    }
    case 'TemporaryRemovalRequested':
      d.removal = 'removalRequested';
      d.services = [...d.services, { type: 'temporaryRemoval', requestedAt: at, reason: e.data.reason }];
      return;
    case 'MeterTemporarilyRemoved':
      d.removal = 'removed';
      complete(d, 'temporaryRemoval', at, e.data.notes !== undefined ? { notes: e.data.notes } : {});
      return;
    case 'ReinstallationRequested':
      d.removal = 'reinstallationRequested';
      d.services = [...d.services, { type: 'reinstallation', requestedAt: at, ...(e.data.reason !== undefined ? { reason: e.data.reason } : {}) }];
      return;
    case 'MeterReinstalled':
      d.removal = 'none';
      d.meterNumbers = e.data.meterNumbers ?? d.meterNumbers;
      complete(d, 'reinstallation', at, { meterNumbers: d.meterNumbers });
      return;
    case 'MeterRelocationRequested':
      d.services = [...d.services, { type: 'meterRelocation', requestedAt: at, newLocation: e.data.newLocation }];
      return;
    case 'MeterRelocated':
      complete(d, 'meterRelocation', at, e.data.notes !== undefined ? { notes: e.data.notes } : {});
      return;
    case 'TariffChangeRequested': {
      const { currentCategory, newCategory, reason } = e.data;
      d.services = [...d.services, { type: 'tariffChange', requestedAt: at, currentCategory, newCategory, reason }];
      return;
    }
    case 'TariffChangeSurveyed': {
      const { findings, approved } = e.data;
      // A refusing survey ends the request (SPEC §7.2 d).
      update(d, 'tariffChange', { surveyedAt: at, findings, approved, ...(approved ? {} : { completedAt: at }) });
      return;
    }
    case 'TariffCategoryChanged':
      d.tariffCategory = e.data.newCategory;
      complete(d, 'tariffChange', at, e.data.notes !== undefined ? { notes: e.data.notes } : {});
      return;
    case 'SupplyAccountClosed':
      (d.closed = true), (d.closedAt = at);
      d.services = [...d.services, { type: 'closure', requestedAt: at, completedAt: at, finalReading: e.data.finalReading }];
      return;
    case 'SupplyAccountSplit': {
      (d.closed = true), (d.closedAt = at);
      const parts = (e.data.parts ?? []).map((p) => ({ accountId: p.accountId, customerId: p.customer?.id, capacity: p.capacity }));
      d.services = [...d.services, { type: 'split', requestedAt: at, completedAt: at, parts }];
      return;
    }
    case 'LatePaymentChargeAssessed': {
      const { billMonth, amountDue, dueDate, paidOn, daysLate, charge } = e.data;
      d.charges = [...d.charges, { type: 'latePayment', assessedAt: at, billMonth, amountDue, dueDate, paidOn, daysLate, amount: charge }];
      return;
    }
    case 'ViolationRecorded': {
      const { accountId: _, backCharge, penalty, ...inputs } = e.data;
      d.charges = [...d.charges, { type: 'violation', assessedAt: at, ...inputs, backCharge, penalty, amount: violationAmount(backCharge, penalty) }];
      return;
    }
  }
}

/** The last open service of that type, with `changes`: an execution answers the request before it. */
function update(d: Doc, type: AccountServiceType, changes: Partial<AccountService>): void {
  const index = d.services.findLastIndex((s) => s.type === type && s.completedAt === undefined);
  if (index < 0) return;
  d.services = d.services.map((s, i) => (i === index ? ({ ...s, ...changes } as AccountService) : s));
}

const complete = (d: Doc, type: AccountServiceType, at: string, changes: Partial<AccountService>): void => update(d, type, { ...changes, completedAt: at });
