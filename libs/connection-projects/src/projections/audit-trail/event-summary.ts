import { isAccountEventType, isClaimEventType, isComplaintEventType, isProjectEventType, type ProjectEventDataMap, type ProjectEventType } from '../../domain/index.js';
import { ACCOUNT_SUMMARIES } from './account-event-summary.js';
import { CLAIM_SUMMARIES, COMPLAINT_SUMMARIES } from './case-event-summary.js';
import { redactIdNumbers } from './id-number.mask.js';

type Summarizer<T extends ProjectEventType> = (data: Partial<ProjectEventDataMap[T]>) => string;

const capacity = (c: { value?: number; unit?: string } | undefined): string => (c ? `${c.value ?? '?'} ${c.unit ?? ''}`.trim() : '?');
const count = (list: unknown): number => (Array.isArray(list) ? list.length : 0);
const defects = (list: unknown): string => (count(list) ? `, ${count(list)} defects` : '');

/**
 * One short line per event type, Chinese then English, from structured fields only: the customer's ID number is never
 * among them, and free text (findings, opinions, reasons) stays in the record itself, not in its one-line summary.
 */
const SUMMARIES: { [T in ProjectEventType]: Summarizer<T> } = {
  ApplicationAccepted: (d) =>
    `受理申请 Application accepted: ${d.customer?.name ?? '?'}, ${d.customerClass ?? '?'} ${capacity(d.requestedCapacity)}, ${d.businessType ?? '?'}`,
  SiteSurveyed: () => '现场勘察 Site surveyed',
  SupplySchemeReplied: (d) => `供电方案答复 Supply scheme replied: ${capacity(d.approvedCapacity)} ${d.supplyVoltage ?? '?'} ${d.supplyMode ?? '?'}`,
  SupplySchemeRevised: (d) => `供电方案变更 Supply scheme revised: ${capacity(d.approvedCapacity)} ${d.supplyVoltage ?? '?'} ${d.supplyMode ?? '?'}`,
  DesignSubmitted: (d) => `设计送审 Design submitted: round ${d.round ?? '?'}, ${count(d.documents)} documents, designer ${d.designer?.name ?? '?'}`,
  DesignReviewed: (d) =>
    `设计审查 Design reviewed: round ${d.round ?? '?'} ${d.result ?? '?'}${count(d.opinions) ? `, ${count(d.opinions)} opinions` : ''}`,
  ConstructionStarted: (d) =>
    `开工报告 Construction started: contractor ${d.contractor?.name ?? '?'}, planned ${d.plannedStart ?? '?'} – ${d.plannedCompletion ?? '?'}`,
  IntermediateInspectionRecorded: (d) => `中间检查 Intermediate inspection: round ${d.round ?? '?'} ${d.result ?? '?'}${defects(d.defects)}`,
  CompletionReported: (d) => `竣工报告 Completion reported: ${count(d.documents)} documents`,
  AcceptanceRecorded: (d) => `竣工验收 Acceptance recorded: round ${d.round ?? '?'} ${d.result ?? '?'}${defects(d.defects)}`,
  SupplyContractSigned: (d) =>
    `供用电合同 Supply contract signed: ${d.contractNo ?? '?'} (${d.contractType ?? '?'}), effective ${d.effectiveDate ?? '?'}`,
  MeterInstalledAndEnergized: (d) =>
    `装表接电 Meter installed and energized: ${Array.isArray(d.meterNumbers) ? d.meterNumbers.join(', ') : '?'}`,
  ProjectArchived: (d) => `资料归档 Project archived: ${d.archiveNo ?? '?'}`,
  ProjectCancelled: (d) => `撤销 Project cancelled, requested by ${d.requestedBy ?? '?'}`,
  PostConnectionCheckRecorded: () => '接电后检查 Post-connection check recorded',
  IntermediateInspectionRequested: (d) => `中间检查申请 Intermediate inspection requested: request ${d.round ?? '?'}`,
  CustomerWaitStarted: (d) => `客户原因暂停计时 Customer wait started: ${d.kind ?? '?'}`,
  CustomerWaitEnded: () => '恢复计时 Customer wait ended',
};

/** The human line of the audit trail and the dossier timeline. Pure; tolerant of missing fields and unknown types. */
export function summaryOf(event: { type: string; data: unknown }): string {
  const data = (event.data ?? {}) as Record<string, never>;
  if (isProjectEventType(event.type)) return redactIdNumbers((SUMMARIES[event.type] as Summarizer<ProjectEventType>)(data));
  if (isAccountEventType(event.type)) return redactIdNumbers((ACCOUNT_SUMMARIES[event.type] as (d: object) => string)(data));
  if (isComplaintEventType(event.type)) return redactIdNumbers((COMPLAINT_SUMMARIES[event.type] as (d: object) => string)(data));
  if (isClaimEventType(event.type)) return redactIdNumbers((CLAIM_SUMMARIES[event.type] as (d: object) => string)(data));
  return event.type;
}
