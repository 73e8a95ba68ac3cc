import type { CustomerClass } from '../project.enums.js';
import type { ProjectEventDataMap, ProjectEventOf, ProjectEventType } from '../project.events.js';
import { DEFAULT_POLICY_VERSION } from '../policy/index.js';
import * as c from './command.fixtures.js';
import { FIXTURE_NOW } from './context.fixtures.js';

/** A fixture command's fields as its event records them (the decisions map them field by field to the same shape). */
const payloadOf = <C extends { type: string; occurredAt?: string }>(command: C): Omit<C, 'type' | 'occurredAt'> => {
  const { type: _type, occurredAt: _occurredAt, ...rest } = command;
  return Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)) as Omit<C, 'type' | 'occurredAt'>;
};

/**
 * Events as the decider emits them for the matching command fixtures: a spec can expect `siteSurveyed()` after
 * `recordSiteSurvey()`. Data defaults come from the command fixtures (one source of truth); `occurredAt` defaults to
 * FIXTURE_NOW, the time a command without occurredAt is decided at.
 */
export interface EventFixtureOptions {
  occurredAt?: string;
  /** Class the defaults must fit (units, voltages, documents); high-voltage single source by default. */
  forClass?: CustomerClass;
}

type Overrides<T extends ProjectEventType> = Partial<ProjectEventDataMap[T]>;

const event = <T extends ProjectEventType>(type: T, data: ProjectEventDataMap[T], opts: EventFixtureOptions): ProjectEventOf<T> => ({
  type,
  data,
  occurredAt: opts.occurredAt ?? FIXTURE_NOW,
});

export const applicationAccepted = (o: Overrides<'ApplicationAccepted'> = {}, opts: EventFixtureOptions = {}) => {
  const { policyVersion = DEFAULT_POLICY_VERSION, ...rest } = o;
  const customerClass = rest.customerClass ?? opts.forClass;
  return event('ApplicationAccepted', { ...payloadOf(c.acceptApplication({ ...rest, ...(customerClass ? { customerClass } : {}) })), policyVersion }, opts);
};

export const siteSurveyed = (o: Overrides<'SiteSurveyed'> = {}, opts: EventFixtureOptions = {}) =>
  event('SiteSurveyed', payloadOf(c.recordSiteSurvey(o)), opts);

export const supplySchemeReplied = (o: Overrides<'SupplySchemeReplied'> = {}, opts: EventFixtureOptions = {}) =>
  event('SupplySchemeReplied', payloadOf(c.replySupplyScheme(o, opts.forClass)), opts);

export const supplySchemeRevised = (o: Overrides<'SupplySchemeRevised'> = {}, opts: EventFixtureOptions = {}) =>
  event('SupplySchemeRevised', payloadOf(c.reviseSupplyScheme(o, opts.forClass)), opts);

export const designSubmitted = (o: Overrides<'DesignSubmitted'> = {}, opts: EventFixtureOptions = {}) =>
  event('DesignSubmitted', { round: 1, ...payloadOf(c.submitDesign(o, opts.forClass)) }, opts);

export const designReviewed = (o: Overrides<'DesignReviewed'> = {}, opts: EventFixtureOptions = {}) =>
  event('DesignReviewed', { round: 1, ...payloadOf(c.reviewDesign(o)) }, opts);

export const constructionStarted = (o: Overrides<'ConstructionStarted'> = {}, opts: EventFixtureOptions = {}) =>
  event('ConstructionStarted', payloadOf(c.startConstruction(o)), opts);

export const intermediateInspectionRecorded = (o: Overrides<'IntermediateInspectionRecorded'> = {}, opts: EventFixtureOptions = {}) =>
  event('IntermediateInspectionRecorded', { round: 1, ...payloadOf(c.recordIntermediateInspection(o)) }, opts);

export const completionReported = (o: Overrides<'CompletionReported'> = {}, opts: EventFixtureOptions = {}) =>
  event('CompletionReported', payloadOf(c.reportCompletion(o, opts.forClass)), opts);

export const acceptanceRecorded = (o: Overrides<'AcceptanceRecorded'> = {}, opts: EventFixtureOptions = {}) =>
  event('AcceptanceRecorded', { round: 1, ...payloadOf(c.recordAcceptance(o)) }, opts);

export const supplyContractSigned = (o: Overrides<'SupplyContractSigned'> = {}, opts: EventFixtureOptions = {}) =>
  event('SupplyContractSigned', payloadOf(c.signSupplyContract(o, opts.forClass)), opts);

export const meterInstalledAndEnergized = (o: Overrides<'MeterInstalledAndEnergized'> = {}, opts: EventFixtureOptions = {}) =>
  event('MeterInstalledAndEnergized', payloadOf(c.installMeterAndEnergize(o)), opts);

export const projectArchived = (o: Overrides<'ProjectArchived'> = {}, opts: EventFixtureOptions = {}) =>
  event('ProjectArchived', payloadOf(c.archiveProject(o)), opts);

export const projectCancelled = (o: Overrides<'ProjectCancelled'> = {}, opts: EventFixtureOptions = {}) =>
  event('ProjectCancelled', payloadOf(c.cancelProject(o)), opts);

export const postConnectionCheckRecorded = (o: Overrides<'PostConnectionCheckRecorded'> = {}, opts: EventFixtureOptions = {}) =>
  event('PostConnectionCheckRecorded', payloadOf(c.recordPostConnectionCheck(o)), opts);

export const intermediateInspectionRequested = (o: Overrides<'IntermediateInspectionRequested'> = {}, opts: EventFixtureOptions = {}) =>
  event('IntermediateInspectionRequested', { round: 1, ...payloadOf(c.requestIntermediateInspection(o)) }, opts);

export const customerWaitStarted = (o: Overrides<'CustomerWaitStarted'> = {}, opts: EventFixtureOptions = {}) =>
  event('CustomerWaitStarted', payloadOf(c.startCustomerWait(o)), opts);

export const customerWaitEnded = (o: Overrides<'CustomerWaitEnded'> = {}, opts: EventFixtureOptions = {}) =>
  event('CustomerWaitEnded', payloadOf(c.endCustomerWait(o)), opts);
