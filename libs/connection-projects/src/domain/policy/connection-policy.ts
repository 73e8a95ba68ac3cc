import type { ClockDefinition } from './clock-definition.js';
import type { ApplicationDocumentCode, CompletionDocumentCode, DesignDocumentCode } from '../project.documents.js';
import type { CustomerClass, OrgLevel, SupplyMode } from '../project.enums.js';

/**
 * A versioned policy (SPEC §6): clocks, document lists, thresholds and the authority table, as data.
 * The version in force when an application is accepted is recorded on ApplicationAccepted and governs that project
 * for life, so a policy object is never edited once shipped: a change is a new version in the registry.
 */
export interface ConnectionPolicy {
  version: string;
  description: string;
  /** The SLA clocks of projects under this policy (SPEC §5, §6), in the order the clock table lists them. */
  clocks: readonly ClockDefinition[];
  documents: {
    application: ApplicationDocumentPolicy;
    design: { lowVoltage: DesignDocumentCode[]; highVoltage: DesignDocumentCode[] };
    completion: { lowVoltage: CompletionDocumentCode[]; highVoltage: CompletionDocumentCode[] };
  };
  thresholds: {
    /** ≥ this approved capacity (kVA) the scheme must be a dedicated line (专线). */
    dedicatedLineKva: number;
    /** Industrial customers at or above this total capacity (kVA) are large industry (大工业). */
    largeIndustryKva: number;
  };
  authority: AuthorityRule[];
  /** Projects under this policy are judged when archived (SPEC §6 业扩时限达标): every clock but the exempt ones met on time. */
  assessment?: { exempt: readonly string[] };
}

export interface ApplicationDocumentPolicy {
  residential: { required: ApplicationDocumentCode[]; rentedExtras: ApplicationDocumentCode[] };
  industrial: { required: ApplicationDocumentCode[] };
  /** Rented commercial premises give a lease (stating who pays the bills) instead of the property certificate. */
  commercial: { owned: ApplicationDocumentCode[]; rented: ApplicationDocumentCode[] };
}

export type AuthorityDecision = 'schemeReply' | 'designReview';

/**
 * One row of the authority table (SPEC §2). A row applies when every condition it states holds; the required level is the
 * highest level among the applicable rows (the strictest row wins). Capacities compare by number (1 kW taken as 1 kVA).
 */
export interface AuthorityRule {
  decision: AuthorityDecision;
  /** The row as the table words it, for messages and documentation. */
  description: string;
  level: OrgLevel;
  when: {
    classes?: CustomerClass[];
    supplyModes?: SupplyMode[];
    capacityAtLeast?: number;
    capacityAbove?: number;
    capacityAtMost?: number;
    capacityBelow?: number;
  };
}
