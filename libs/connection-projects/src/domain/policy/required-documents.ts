import type { ApplicationDocumentCode, CompletionDocumentCode, DesignDocumentCode } from '../project.documents.js';
import { isHighVoltage, type CustomerClass, type Subtype } from '../project.enums.js';
import type { ConnectionPolicy } from './connection-policy.js';

export interface ApplicationProfile {
  customerClass: CustomerClass;
  subtype?: Subtype;
  rented?: boolean;
}

/** SPEC §3.1. A non-residential project without a subtype needs nothing here; the decider refuses it before asking. */
export const requiredApplicationDocuments = (
  policy: ConnectionPolicy,
  { customerClass, subtype, rented = false }: ApplicationProfile,
): ApplicationDocumentCode[] => {
  const lists = policy.documents.application;
  if (customerClass === 'residential') {
    return rented ? [...lists.residential.required, ...lists.residential.rentedExtras] : [...lists.residential.required];
  }
  if (subtype === 'industrial') return [...lists.industrial.required];
  if (subtype === 'commercial') return rented ? [...lists.commercial.rented] : [...lists.commercial.owned];
  return [];
};

/** SPEC §3.4: residential customers submit no design. */
export const requiredDesignDocuments = (policy: ConnectionPolicy, customerClass: CustomerClass): DesignDocumentCode[] =>
  customerClass === 'residential'
    ? []
    : [...(isHighVoltage(customerClass) ? policy.documents.design.highVoltage : policy.documents.design.lowVoltage)];

/** SPEC §3.7: residential customers report no completion. */
export const requiredCompletionDocuments = (
  policy: ConnectionPolicy,
  customerClass: CustomerClass,
): CompletionDocumentCode[] =>
  customerClass === 'residential'
    ? []
    : [...(isHighVoltage(customerClass) ? policy.documents.completion.highVoltage : policy.documents.completion.lowVoltage)];

/** What of `required` is not in `given`, in the policy's order: the complete list for one answer (一次性告知). */
export const missingFrom = <T extends string>(required: readonly T[], given: readonly string[]): T[] =>
  required.filter((code) => !given.includes(code));

/** Tariff hint (SPEC §2): industrial customers at or above the threshold are large industry (大工业). */
export const industrialTariff = (policy: ConnectionPolicy, capacity: number): 'largeIndustry' | 'ordinaryIndustry' =>
  capacity >= policy.thresholds.largeIndustryKva ? 'largeIndustry' : 'ordinaryIndustry';
