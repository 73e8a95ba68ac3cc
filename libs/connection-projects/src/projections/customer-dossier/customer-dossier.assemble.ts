import { maskEverywhere, maskIdNumber } from '../audit-trail/id-number.mask.js';
import type { AuditRow } from '../audit-trail/audit-trail.js';
import type { DossierProjectDocument, ProjectDossier } from './customer-dossier.js';
import { mergedTimeline } from './customer-dossier.timeline.js';

export interface AssembleOptions {
  /** Auditors and admins see ID numbers as recorded; everyone else sees them masked, everywhere in the answer. */
  revealIdNumbers: boolean;
}

/**
 * The customer's dossier from their projects' documents and those projects' audit rows (any order), or null when they
 * have no project. SPEC §3.1: a known customer keeps its identity (name, kind, ID number from the first application in
 * log order); contact details (phone, address) come from the latest one. The timeline merges every project's entries
 * by business time, then log position.
 */
export function assembleDossier(
  docs: readonly DossierProjectDocument[],
  auditRows: readonly AuditRow[],
  { revealIdNumbers }: AssembleOptions,
): ProjectDossier | null {
  if (docs.length === 0) return null;
  const ordered = [...docs].sort((a, b) => a.applicationPosition - b.applicationPosition);
  const first = ordered[0].applicant;
  const latest = ordered[ordered.length - 1].applicant;
  const customer = { id: first.id, name: first.name, kind: first.kind, idNumber: first.idNumber, phone: latest.phone, address: latest.address };
  const dossier: ProjectDossier = { customer, projects: ordered, timeline: mergedTimeline(auditRows) };
  if (revealIdNumbers) return dossier;
  const idNumbers = ordered.map((doc) => doc.applicant.idNumber).filter((n): n is string => typeof n === 'string');
  const masked = maskEverywhere(dossier, idNumbers);
  // The fields themselves are masked even when empty or odd, so no branch of the answer depends on a string match.
  return {
    ...masked,
    customer: { ...masked.customer, idNumber: maskIdNumber(first.idNumber ?? '') },
    projects: masked.projects.map((p, i) => ({ ...p, applicant: { ...p.applicant, idNumber: maskIdNumber(ordered[i].applicant.idNumber ?? '') } })),
  };
}
