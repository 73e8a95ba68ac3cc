import { isHighVoltage } from '../project.enums.js';
import type { DossierItem } from '../project.documents.js';
import type { ProjectState } from '../project.state.js';
import { missingFrom, requiredApplicationDocuments, requiredCompletionDocuments, type ConnectionPolicy } from '../policy/index.js';

/**
 * SPEC §3.11: every item the archive dossier lacks, in dossier order. Normally the workflow guarantees them all; a gap
 * means an odd history (events recorded from paper, an older policy), and the archivist must see all gaps at once.
 */
export const missingDossierItems = (state: ProjectState, policy: ConnectionPolicy): DossierItem[] => {
  const customerClass = state.customerClass ?? 'lowVoltage';
  const nonResidential = customerClass !== 'residential';
  const profile = { customerClass, subtype: state.subtype, rented: state.rented };
  const checks: [DossierItem, boolean][] = [
    ['applicationDocuments', missingFrom(requiredApplicationDocuments(policy, profile), state.applicationDocuments).length > 0],
    ['siteSurvey', state.siteSurveys === 0],
    ['supplyScheme', state.scheme === undefined],
    ['designSubmissions', nonResidential && state.designRounds === 0],
    [
      'designOpinions',
      nonResidential &&
        (state.designReviews.length < state.designRounds ||
          !state.designApproved ||
          state.designReviews.some((r) => r.result === 'rejected' && r.opinionCount === 0)),
    ],
    ['constructionStart', nonResidential && !state.constructionStarted],
    ['inspections', isHighVoltage(customerClass) && !state.inspections.some((i) => i.result === 'passed')],
    [
      'completionDocuments',
      nonResidential &&
        (state.completionReports === 0 ||
          missingFrom(requiredCompletionDocuments(policy, customerClass), state.completionDocuments).length > 0),
    ],
    ['acceptanceReport', !state.acceptancePassed],
    ['contract', state.contract === undefined],
    ['meterRecord', !state.energized || state.meterNumbers.length === 0],
  ];
  return checks.filter(([, missing]) => missing).map(([item]) => item);
};
