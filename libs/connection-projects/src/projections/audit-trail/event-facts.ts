import { isProjectEventType, type Capacity, type ProjectEventDataMap, type ProjectEventType } from '../../domain/index.js';
import { redactIdNumbers } from './id-number.mask.js';

/**
 * The structured fields of an event that its one-line summary speaks of, for a reader that words the line itself (the
 * dashboard in the reader's language): codes as codes (`residential`, `approved`), numbers as numbers, names as typed.
 */
export type EventFacts = Readonly<Record<string, string | number | boolean | readonly string[] | Capacity>>;

type FactsOf<T extends ProjectEventType> = (data: Partial<ProjectEventDataMap[T]>) => Record<string, unknown>;

const count = (list: unknown): number | undefined => (Array.isArray(list) ? list.length : undefined);

/**
 * The same fields as the summaries (event-summary.ts) and no others: never the ID number, never free text (findings,
 * opinions, reasons), which stays in the record itself; lists of free text are given by their length.
 */
const FACTS: { [T in ProjectEventType]: FactsOf<T> } = {
  ApplicationAccepted: (d) => ({
    customerName: d.customer?.name,
    customerClass: d.customerClass,
    subtype: d.subtype,
    businessType: d.businessType,
    requestedCapacity: d.requestedCapacity,
    channel: d.channel,
  }),
  SiteSurveyed: () => ({}),
  SupplySchemeReplied: (d) => ({ approvedCapacity: d.approvedCapacity, supplyVoltage: d.supplyVoltage, supplyMode: d.supplyMode }),
  SupplySchemeRevised: (d) => ({ approvedCapacity: d.approvedCapacity, supplyVoltage: d.supplyVoltage, supplyMode: d.supplyMode }),
  DesignSubmitted: (d) => ({ round: d.round, documentCount: count(d.documents), designerName: d.designer?.name }),
  DesignReviewed: (d) => ({ round: d.round, result: d.result, opinionCount: count(d.opinions) }),
  ConstructionStarted: (d) => ({ contractorName: d.contractor?.name, plannedStart: d.plannedStart, plannedCompletion: d.plannedCompletion }),
  IntermediateInspectionRecorded: (d) => ({ round: d.round, result: d.result, defectCount: count(d.defects) ?? 0 }),
  CompletionReported: (d) => ({ documentCount: count(d.documents) }),
  AcceptanceRecorded: (d) => ({ round: d.round, result: d.result, defectCount: count(d.defects) ?? 0 }),
  SupplyContractSigned: (d) => ({ contractNo: d.contractNo, contractType: d.contractType, effectiveDate: d.effectiveDate }),
  MeterInstalledAndEnergized: (d) => ({ meterNumbers: d.meterNumbers }),
  ProjectArchived: (d) => ({ archiveNo: d.archiveNo }),
  ProjectCancelled: (d) => ({ requestedBy: d.requestedBy }),
  PostConnectionCheckRecorded: () => ({}),
  IntermediateInspectionRequested: (d) => ({ round: d.round }),
  CustomerWaitStarted: (d) => ({ kind: d.kind }),
  CustomerWaitEnded: () => ({}),
};

const isFact = (value: unknown): boolean =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || (typeof value === 'object' && value !== null);

/** Pure; a field the event lacks is left out, and an event type without facts here (yet) has none: `{}`. */
export function factsOf(event: { type: string; data: unknown }): EventFacts {
  if (!isProjectEventType(event.type)) return {};
  const data = (event.data ?? {}) as Record<string, never>;
  const facts = (FACTS[event.type] as FactsOf<ProjectEventType>)(data);
  // Names are typed by people: one could hold an ID number, masked here as in the summaries.
  return Object.fromEntries(
    Object.entries(facts)
      .filter(([, value]) => isFact(value))
      .map(([name, value]) => [name, typeof value === 'string' ? redactIdNumbers(value) : value]),
  ) as EventFacts;
}
