import type { Response } from 'supertest';
import {
  COMMAND_EXAMPLES,
  FAILED_ACCEPTANCE_EXAMPLE,
  RECTIFICATION_INSPECTION_EXAMPLE,
  REJECTED_DESIGN_REVIEW_EXAMPLE,
  type CommandName,
  type Journey,
} from './journey.js';

export interface DatedStep {
  name: CommandName;
  occurredAt: string;
  body: Record<string, unknown>;
  event: string;
  /** The project's step once this event is in (the project view's `step`); absent when the event does not move it. */
  step?: string;
}

const example = (name: CommandName) => structuredClone(COMMAND_EXAMPLES[name]) as Record<string, unknown>;

/**
 * The high-voltage dual-source journey of SPEC §3 as it happened on paper, recorded afterwards with its business times:
 * late September to October 2025, across the National Day holiday (Oct 1–8 off; Sep 28 and Oct 11 worked). One design
 * rejection, one inspection needing rectification, one failed acceptance.
 */
export const DATED_JOURNEY: DatedStep[] = [
  { name: 'acceptApplication', occurredAt: '2025-09-26T09:30:00+08:00', body: example('acceptApplication'), event: 'ApplicationAccepted', step: 'applicationAccepted' },
  { name: 'recordSiteSurvey', occurredAt: '2025-09-28T10:00:00+08:00', body: example('recordSiteSurvey'), event: 'SiteSurveyed', step: 'siteSurveyed' },
  { name: 'replySupplyScheme', occurredAt: '2025-09-30T16:00:00+08:00', body: example('replySupplyScheme'), event: 'SupplySchemeReplied', step: 'schemeReplied' },
  { name: 'submitDesign', occurredAt: '2025-10-09T09:00:00+08:00', body: example('submitDesign'), event: 'DesignSubmitted', step: 'designSubmitted' },
  { name: 'reviewDesign', occurredAt: '2025-10-11T15:00:00+08:00', body: { ...REJECTED_DESIGN_REVIEW_EXAMPLE }, event: 'DesignReviewed', step: 'designRejected' },
  { name: 'submitDesign', occurredAt: '2025-10-13T09:00:00+08:00', body: example('submitDesign'), event: 'DesignSubmitted', step: 'designSubmitted' },
  { name: 'reviewDesign', occurredAt: '2025-10-15T10:00:00+08:00', body: example('reviewDesign'), event: 'DesignReviewed', step: 'designApproved' },
  {
    name: 'startConstruction',
    occurredAt: '2025-10-16T09:00:00+08:00',
    body: { ...example('startConstruction'), plannedStart: '2025-10-16', plannedCompletion: '2025-10-24' },
    event: 'ConstructionStarted',
    step: 'constructionStarted',
  },
  { name: 'recordIntermediateInspection', occurredAt: '2025-10-20T10:00:00+08:00', body: { ...RECTIFICATION_INSPECTION_EXAMPLE }, event: 'IntermediateInspectionRecorded', step: 'inspectionRecorded' },
  { name: 'recordIntermediateInspection', occurredAt: '2025-10-22T10:00:00+08:00', body: example('recordIntermediateInspection'), event: 'IntermediateInspectionRecorded', step: 'inspectionRecorded' },
  { name: 'reportCompletion', occurredAt: '2025-10-24T09:00:00+08:00', body: example('reportCompletion'), event: 'CompletionReported', step: 'completionReported' },
  { name: 'recordAcceptance', occurredAt: '2025-10-25T10:00:00+08:00', body: { ...FAILED_ACCEPTANCE_EXAMPLE }, event: 'AcceptanceRecorded', step: 'acceptanceFailed' },
  { name: 'reportCompletion', occurredAt: '2025-10-27T09:00:00+08:00', body: example('reportCompletion'), event: 'CompletionReported', step: 'completionReported' },
  { name: 'recordAcceptance', occurredAt: '2025-10-28T10:00:00+08:00', body: example('recordAcceptance'), event: 'AcceptanceRecorded', step: 'acceptancePassed' },
  {
    name: 'signSupplyContract',
    occurredAt: '2025-10-29T10:00:00+08:00',
    body: { ...example('signSupplyContract'), effectiveDate: '2025-10-29' },
    event: 'SupplyContractSigned',
    step: 'contractSigned',
  },
  { name: 'installMeterAndEnergize', occurredAt: '2025-10-30T14:00:00+08:00', body: example('installMeterAndEnergize'), event: 'MeterInstalledAndEnergized', step: 'energized' },
  { name: 'archiveProject', occurredAt: '2025-10-31T10:00:00+08:00', body: example('archiveProject'), event: 'ProjectArchived', step: 'archived' },
  { name: 'recordPostConnectionCheck', occurredAt: '2025-10-31T15:00:00+08:00', body: example('recordPostConnectionCheck'), event: 'PostConnectionCheckRecorded' },
];

/** Runs the dated journey through HTTP on `projectId`, each command with its own correlation id; returns the answers. */
export async function runDatedJourney(journey: Journey, projectId: string): Promise<Response[]> {
  const answers: Response[] = [];
  for (const [index, step] of DATED_JOURNEY.entries()) {
    const body = { ...step.body, occurredAt: step.occurredAt, ...(step.name === 'acceptApplication' ? { projectId } : {}) };
    answers.push(await journey.step(step.name, projectId, { body, headers: { 'X-Correlation-Id': `${projectId}.corr-${index + 1}` } }));
  }
  return answers;
}

export const instant = (iso: string): number => Date.parse(iso);
