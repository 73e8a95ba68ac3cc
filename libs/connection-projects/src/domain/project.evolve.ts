import type { SupplySchemeFields } from './project.commands.js';
import type { ProjectEvent } from './project.events.js';
import { initialProjectState, stepOf, type ProjectState, type SchemeInForce } from './project.state.js';

const schemeOf = (d: SupplySchemeFields): SchemeInForce => ({
  approvedCapacity: d.approvedCapacity,
  supplyVoltage: d.supplyVoltage,
  supplyMode: d.supplyMode,
  ...(d.backupSource !== undefined ? { backupSource: d.backupSource } : {}),
});

/** Later of two instants; tolerant of an unparsable stored value (keeps the parsable one). */
const laterOf = (a: string | undefined, b: string): string => {
  const tb = Date.parse(b);
  if (Number.isNaN(tb)) return a ?? b;
  if (a === undefined || Number.isNaN(Date.parse(a)) || tb >= Date.parse(a)) return new Date(tb).toISOString();
  return a;
};

/**
 * Folds one event into the state. Pure and total: it never throws, whatever the history (tolerant reader), because
 * stored events are facts and a project must always be rebuildable, even from a history the rules would refuse today.
 */
export const evolve = (state: ProjectState, raw: ProjectEvent): ProjectState => {
  if (raw === null || typeof raw !== 'object') return state;
  // A stored event without data (hand-written, truncated) still counts; its fields read as absent.
  const event = (raw.data ? raw : { ...raw, data: {} }) as ProjectEvent;
  const next: ProjectState = {
    ...state,
    eventCount: state.eventCount + 1,
    step: stepOf(event, state.step),
    lastOccurredAt: laterOf(state.lastOccurredAt, event.occurredAt),
  };
  switch (event.type) {
    case 'ApplicationAccepted': {
      const d = event.data;
      return {
        ...next,
        projectId: d.projectId,
        customerId: d.customer?.id,
        customerClass: d.customerClass,
        subtype: d.subtype,
        rented: d.rented ?? false,
        policyVersion: d.policyVersion,
        orgUnit: d.orgUnit,
        businessType: d.businessType,
        supplyAddress: d.supplyAddress,
        accountId: d.accountId,
        requestedCapacity: d.requestedCapacity,
        applicationDocuments: [...(d.documents ?? [])],
      };
    }
    case 'SiteSurveyed':
      return { ...next, siteSurveys: state.siteSurveys + 1 };
    case 'SupplySchemeReplied':
      return { ...next, scheme: schemeOf(event.data) };
    case 'SupplySchemeRevised':
      return { ...next, scheme: schemeOf(event.data), schemeRevisions: state.schemeRevisions + 1 };
    case 'DesignSubmitted':
      return {
        ...next,
        designRounds: Math.max(state.designRounds + 1, event.data.round ?? 0),
        designPendingReview: true,
        designApproved: false,
      };
    case 'DesignReviewed': {
      const { result, opinions } = event.data;
      const round = event.data.round ?? state.designRounds;
      return {
        ...next,
        designReviews: [...state.designReviews, { round, result, opinionCount: opinions?.length ?? 0 }],
        designPendingReview: false,
        designApproved: result === 'approved',
      };
    }
    case 'ConstructionStarted':
      return { ...next, constructionStarted: true };
    case 'IntermediateInspectionRecorded': {
      const round = event.data.round ?? state.inspections.length + 1;
      return { ...next, inspections: [...state.inspections, { round, result: event.data.result }], inspectionRequestOpen: false };
    }
    case 'CompletionReported':
      return {
        ...next,
        completionReports: state.completionReports + 1,
        completionDocuments: [...(event.data.documents ?? [])],
        completionAwaitingAcceptance: true,
      };
    case 'AcceptanceRecorded':
      return {
        ...next,
        acceptanceRounds: Math.max(state.acceptanceRounds + 1, event.data.round ?? 0),
        lastAcceptanceResult: event.data.result,
        acceptancePassed: event.data.result === 'passed',
        completionAwaitingAcceptance: false,
      };
    case 'SupplyContractSigned':
      return { ...next, contract: { contractNo: event.data.contractNo, contractType: event.data.contractType } };
    case 'MeterInstalledAndEnergized':
      return { ...next, energized: true, meterNumbers: [...(event.data.meterNumbers ?? [])] };
    case 'ProjectArchived':
      return { ...next, archived: true };
    case 'ProjectCancelled':
      // Cancellation ends an open wait with the project (SPEC §3.14).
      return { ...next, cancelled: true, customerWaitOpen: false };
    case 'PostConnectionCheckRecorded':
      return { ...next, postConnectionChecked: true };
    case 'IntermediateInspectionRequested':
      return {
        ...next,
        inspectionRequests: Math.max(state.inspectionRequests + 1, event.data.round ?? 0),
        inspectionRequestOpen: true,
      };
    case 'CustomerWaitStarted':
      return { ...next, customerWaitOpen: true };
    case 'CustomerWaitEnded':
      return { ...next, customerWaitOpen: false };
    default:
      // An event type this version does not know (written by a newer one): count it, change nothing else.
      return next;
  }
};

export const foldProject = (events: readonly ProjectEvent[], from: ProjectState = initialProjectState): ProjectState =>
  events.reduce(evolve, from);
