import { maskEverywhere, maskIdNumber } from '../audit-trail/id-number.mask.js';
import type { DossierProjectDocument, ProjectDossier } from './customer-dossier.js';

export interface AssembleOptions {
  /** Auditors and admins see ID numbers as recorded; everyone else sees them masked, everywhere in the answer. */
  revealIdNumbers: boolean;
}

/**
 * The customer's dossier from their projects' documents (any order), or null when they have none. SPEC §3.1: a known
 * customer keeps its identity (name, kind, ID number from the first application in log order); contact details (phone,
 * address) come from the latest one. The timeline merges every project's entries by business time, then log position.
 */
export function assembleDossier(docs: readonly DossierProjectDocument[], { revealIdNumbers }: AssembleOptions): ProjectDossier | null {
  if (docs.length === 0) return null;
  const ordered = [...docs].sort((a, b) => a.applicationPosition - b.applicationPosition);
  const first = ordered[0].applicant;
  const latest = ordered[ordered.length - 1].applicant;
  const customer = { id: first.id, name: first.name, kind: first.kind, idNumber: first.idNumber, phone: latest.phone, address: latest.address };
  const timeline = ordered
    .flatMap((doc) => doc.timeline)
    .sort((a, b) => instant(a.occurredAt) - instant(b.occurredAt) || a.position - b.position);
  const projects = ordered.map(({ timeline: _, ...project }) => project);
  const dossier: ProjectDossier = { customer, projects, timeline };
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

const instant = (iso: string): number => {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? 0 : ms;
};
