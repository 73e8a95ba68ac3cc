import type { AccountEventDataMap, AccountEventType } from '../../domain/index.js';

type Summarizer<T extends AccountEventType> = (data: Partial<AccountEventDataMap[T]>) => string;

const capacity = (c: { value?: number; unit?: string } | undefined): string => (c ? `${c.value ?? '?'} ${c.unit ?? ''}`.trim() : '?');
const list = (values: unknown): string => (Array.isArray(values) ? values.join(', ') : '?');

/**
 * One short line per account event type (SPEC §7), Chinese then English, from structured fields only, as for project
 * events: free text (reasons, findings, locations) stays in the record, and a split names its new accounts, not the
 * parts' customers.
 */
export const ACCOUNT_SUMMARIES: { [T in AccountEventType]: Summarizer<T> } = {
  SupplyAccountOpened: (d) =>
    `立户 Supply account opened: ${d.tariffCategory ?? '?'} ${capacity(d.contractCapacity)}, meters ${list(d.meterNumbers)}${d.splitFrom ? `, split from ${d.splitFrom}` : ''}`,
  ContractCapacityChanged: (d) =>
    `增容 Contract capacity changed: ${capacity(d.previousCapacity)} → ${capacity(d.contractCapacity)} (project ${d.projectId ?? '?'})`,
  SuspensionGranted: (d) => `暂停 Suspension granted: ${capacity(d.capacity)} ${d.from ?? '?'} – ${d.until ?? '?'} (${d.days ?? '?'} days)`,
  SuspensionEnded: (d) =>
    `提前恢复 Suspension ended early: supplied again from ${d.restoreOn ?? '?'}, ${d.suspendedDays ?? '?'} days suspended${d.basicChargeWaived === false ? ', basic charge not waived' : ''}`,
  TemporaryRemovalRequested: () => '暂拆申请 Temporary removal requested',
  MeterTemporarilyRemoved: () => '暂拆 Meter temporarily removed',
  ReinstallationRequested: () => '复装申请 Reinstallation requested',
  MeterReinstalled: (d) => `复装 Meter reinstalled: ${list(d.meterNumbers)}`,
  MeterRelocationRequested: () => '移表申请 Meter relocation requested',
  MeterRelocated: () => '移表 Meter relocated',
  TariffChangeRequested: (d) => `改类申请 Tariff change requested: ${d.currentCategory ?? '?'} → ${d.newCategory ?? '?'}`,
  TariffChangeSurveyed: (d) => `改类勘查 Tariff change surveyed: ${d.newCategory ?? '?'} ${d.approved === true ? 'approved' : d.approved === false ? 'refused' : '?'}`,
  TariffCategoryChanged: (d) => `改类 Tariff category changed: ${d.previousCategory ?? '?'} → ${d.newCategory ?? '?'}`,
  SupplyAccountClosed: (d) => `销户 Supply account closed: final reading ${d.finalReading ?? '?'}`,
  SupplyAccountSplit: (d) => `分户 Supply account split into ${Array.isArray(d.parts) ? d.parts.map((p) => p?.accountId ?? '?').join(', ') : '?'}`,
  LatePaymentChargeAssessed: (d) =>
    `电费违约金 Late-payment charge: bill ${d.billMonth ?? '?'}, ${d.daysLate ?? '?'} days late, ${d.charge ?? '?'} yuan`,
  ViolationRecorded: (d) => `违约用电 Violation recorded: ${d.kind ?? '?'}, back charge ${d.backCharge ?? '?'}, penalty ${d.penalty ?? '?'} yuan`,
};
