import type { EventFacts } from './api-types.js';
import { code } from './codes.js';
import { h, keep, type Child } from './dom.js';
import { label, t, tn, type MessageKey } from './i18n/index.js';

type Params = Record<string, Child>;

const capacity = (c: EventFacts[string] | undefined): Child => {
  const { value, unit } = (c ?? {}) as { value?: number; unit?: string };
  return value === undefined ? '—' : keep(`${value} ${unit ?? ''}`.trim());
};
const text = (value: EventFacts[string] | undefined): Child =>
  value === undefined ? '—' : keep(Array.isArray(value) ? value.join(t('common.listSeparator')) : String(value));
const number = (value: EventFacts[string] | undefined): string => (typeof value === 'number' ? String(value) : '—');

/** What each known event's line says, from its facts (the API's `facts`: audit-trail/event-facts.ts on the server). */
const LINES: Record<string, (f: EventFacts) => Params> = {
  ApplicationAccepted: (f) => ({
    businessType: code('business', f.businessType),
    customer: text(f.customerName),
    customerClass: code('class', f.customerClass),
    capacity: capacity(f.requestedCapacity),
    channel: code('channel', f.channel),
  }),
  SiteSurveyed: () => ({}),
  SupplySchemeReplied: (f) => ({ capacity: capacity(f.approvedCapacity), voltage: text(f.supplyVoltage), supplyMode: code('supplyMode', f.supplyMode) }),
  SupplySchemeRevised: (f) => ({ capacity: capacity(f.approvedCapacity), voltage: text(f.supplyVoltage), supplyMode: code('supplyMode', f.supplyMode) }),
  DesignSubmitted: (f) => ({ round: number(f.round), documents: number(f.documentCount), designer: text(f.designerName) }),
  DesignReviewed: (f) => ({ round: number(f.round), result: code('result', f.result), opinions: number(f.opinionCount) }),
  ConstructionStarted: (f) => ({ contractor: text(f.contractorName), start: text(f.plannedStart), end: text(f.plannedCompletion) }),
  IntermediateInspectionRecorded: (f) => ({ round: number(f.round), result: code('result', f.result), defects: number(f.defectCount) }),
  CompletionReported: (f) => ({ documents: number(f.documentCount) }),
  AcceptanceRecorded: (f) => ({ round: number(f.round), result: code('result', f.result), defects: number(f.defectCount) }),
  SupplyContractSigned: (f) => ({ contractType: code('contractType', f.contractType), contractNo: text(f.contractNo), effectiveDate: text(f.effectiveDate) }),
  MeterInstalledAndEnergized: (f) => ({ meters: text(f.meterNumbers) }),
  ProjectArchived: (f) => ({ archiveNo: text(f.archiveNo) }),
  ProjectCancelled: (f) => ({ requestedBy: code('requestedBy', f.requestedBy) }),
  PostConnectionCheckRecorded: () => ({}),
  IntermediateInspectionRequested: (f) => ({ round: number(f.round) }),
  CustomerWaitStarted: (f) => ({ kind: code('waitKind', f.kind) }),
  CustomerWaitEnded: () => ({}),
  // Account events (SPEC §7): their data's codes, numbers, dates and capacities under the data's own names.
  SupplyAccountOpened: (f) => ({ tariff: code('tariff', f.tariffCategory), capacity: capacity(f.contractCapacity), meters: text(f.meterNumbers) }),
  ContractCapacityChanged: (f) => ({ previous: capacity(f.previousCapacity), capacity: capacity(f.contractCapacity), project: text(f.projectId) }),
  SuspensionGranted: (f) => ({ capacity: capacity(f.capacity), from: text(f.from), until: text(f.until), days: number(f.days) }),
  SuspensionEnded: (f) => ({ restoreOn: text(f.restoreOn), days: number(f.suspendedDays) }),
  TemporaryRemovalRequested: () => ({}),
  MeterTemporarilyRemoved: () => ({}),
  ReinstallationRequested: () => ({}),
  MeterReinstalled: (f) => ({ meters: text(f.meterNumbers) }),
  MeterRelocationRequested: () => ({}),
  MeterRelocated: () => ({}),
  TariffChangeRequested: (f) => ({ current: code('tariff', f.currentCategory), next: code('tariff', f.newCategory) }),
  TariffChangeSurveyed: (f) => ({ next: code('tariff', f.newCategory), result: f.approved === true ? t('account.approved') : f.approved === false ? t('account.refused') : '—' }),
  TariffCategoryChanged: (f) => ({ previous: code('tariff', f.previousCategory), next: code('tariff', f.newCategory) }),
  SupplyAccountClosed: (f) => ({ reading: text(f.finalReading) }),
  // The new accounts by their ids, never the parts' customers (their names and ID numbers stay in the record).
  SupplyAccountSplit: (f) => ({ parts: text(Array.isArray(f.parts) ? (f.parts as unknown as { accountId?: string }[]).map((p) => p?.accountId ?? '?') : undefined) }),
  LatePaymentChargeAssessed: (f) => ({ month: text(f.billMonth), days: number(f.daysLate), charge: text(f.charge) }),
  ViolationRecorded: (f) => ({ kind: code('violation', f.kind), backCharge: text(f.backCharge), penalty: text(f.penalty) }),
  // Complaint and claim events (SPEC §8): codes and numbers only; descriptions, findings and notes stay in the record.
  ComplaintReceived: (f) => ({ channel: code('channel', f.channel), category: text(f.category) }),
  ComplainantContacted: () => ({}),
  ComplaintReplied: () => ({}),
  ComplaintClosed: (f) => ({ satisfaction: code('satisfaction', f.satisfaction) }),
  DamageClaimFiled: (f) => ({ damagedOn: text(f.damagedOn), appliances: Array.isArray(f.appliances) ? String(f.appliances.length) : '—' }),
  DamageInvestigated: (f) => ({ liability: f.utilityLiable === true ? t('claim.liable') : f.utilityLiable === false ? t('claim.notLiable') : '—' }),
  DamageClaimSettled: (f) => ({ total: text(f.total) }),
};

/**
 * The name of an event type in the reader's language. A type this page does not know yet (events of aggregates added
 * later) is named by its subject when the item says it (`subject`: account, complaint, claim), else generically.
 */
export function eventTitle(type: string, subject?: string): string {
  const known = label('event', type);
  if (known !== type) return known;
  return subject && label('subject', subject) !== subject ? t('event.ofSubject', { subject: label('subject', subject) }) : t('event.other');
}

/** The name of an event type as a table shows it: an unknown type keeps its code on hover. */
export const eventName = (type: string, subject?: string): Child =>
  label('event', type) !== type ? label('event', type) : h('span', { title: type, 'data-event-type': type }, eventTitle(type, subject));

/**
 * One line saying what an event recorded, worded by the page from its type and facts (never the server's English
 * `summary`): codes by their labels, names, ids and units as they are. An unknown type gets its name only.
 */
export function eventLine(type: string, facts: EventFacts | undefined, subject?: string): HTMLElement {
  const params = LINES[type];
  const key = `line.${type}` as MessageKey;
  // A line that speaks of facts the item does not carry (the server gives account events no facts yet) is its name.
  const factless = !facts || Object.keys(facts).length === 0;
  if (!params || (factless && /\{\w+\}/.test(t(key)))) return h('span', { class: 'event-line' }, eventName(type, subject));
  return h('span', { class: 'event-line' }, tn(key, params(facts ?? {})));
}
