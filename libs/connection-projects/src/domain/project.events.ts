import type {
  AcceptApplication,
  ArchiveProject,
  CancelProject,
  InstallMeterAndEnergize,
  RecordAcceptance,
  RecordIntermediateInspection,
  RecordPostConnectionCheck,
  RecordSiteSurvey,
  ReplySupplyScheme,
  ReportCompletion,
  ReviewDesign,
  ReviseSupplyScheme,
  SignSupplyContract,
  StartConstruction,
  SubmitDesign,
} from './project.commands.js';

/**
 * Events: stable string types, past tense (STYLE.md). `data` is the command's payload (projectId included, no
 * `type`/`occurredAt`) plus what the decider adds; `occurredAt` is the decided business time, ISO UTC.
 * Never rename a type: stored events live forever; breaking changes get an upcaster and a new schema version.
 */
export const EVENT_SCHEMA_VERSION = 1;

export const projectStreamId = (projectId: string): string => `project-${projectId}`;

/** What a command contributes to its event: everything but the envelope fields. */
export type PayloadOf<C> = Omit<C, 'type' | 'occurredAt'>;

/** 1-based counter of repeated steps (design submission and its review, inspections, acceptance). */
interface Rounded {
  round: number;
}

export type ApplicationAcceptedData = PayloadOf<AcceptApplication> & { policyVersion: string };
export type SiteSurveyedData = PayloadOf<RecordSiteSurvey>;
export type SupplySchemeRepliedData = PayloadOf<ReplySupplyScheme>;
export type SupplySchemeRevisedData = PayloadOf<ReviseSupplyScheme>;
export type DesignSubmittedData = PayloadOf<SubmitDesign> & Rounded;
export type DesignReviewedData = PayloadOf<ReviewDesign> & Rounded;
export type ConstructionStartedData = PayloadOf<StartConstruction>;
export type IntermediateInspectionRecordedData = PayloadOf<RecordIntermediateInspection> & Rounded;
export type CompletionReportedData = PayloadOf<ReportCompletion>;
export type AcceptanceRecordedData = PayloadOf<RecordAcceptance> & Rounded;
export type SupplyContractSignedData = PayloadOf<SignSupplyContract>;
export type MeterInstalledAndEnergizedData = PayloadOf<InstallMeterAndEnergize>;
export type ProjectArchivedData = PayloadOf<ArchiveProject>;
export type ProjectCancelledData = PayloadOf<CancelProject>;
export type PostConnectionCheckRecordedData = PayloadOf<RecordPostConnectionCheck>;

export interface ProjectEventDataMap {
  ApplicationAccepted: ApplicationAcceptedData;
  SiteSurveyed: SiteSurveyedData;
  SupplySchemeReplied: SupplySchemeRepliedData;
  SupplySchemeRevised: SupplySchemeRevisedData;
  DesignSubmitted: DesignSubmittedData;
  DesignReviewed: DesignReviewedData;
  ConstructionStarted: ConstructionStartedData;
  IntermediateInspectionRecorded: IntermediateInspectionRecordedData;
  CompletionReported: CompletionReportedData;
  AcceptanceRecorded: AcceptanceRecordedData;
  SupplyContractSigned: SupplyContractSignedData;
  MeterInstalledAndEnergized: MeterInstalledAndEnergizedData;
  ProjectArchived: ProjectArchivedData;
  ProjectCancelled: ProjectCancelledData;
  PostConnectionCheckRecorded: PostConnectionCheckRecordedData;
}

export type ProjectEventType = keyof ProjectEventDataMap;

export interface ProjectEventOf<T extends ProjectEventType> {
  type: T;
  data: ProjectEventDataMap[T];
  occurredAt: string;
}

export type ProjectEvent = { [T in ProjectEventType]: ProjectEventOf<T> }[ProjectEventType];

export type ApplicationAccepted = ProjectEventOf<'ApplicationAccepted'>;
export type SiteSurveyed = ProjectEventOf<'SiteSurveyed'>;
export type SupplySchemeReplied = ProjectEventOf<'SupplySchemeReplied'>;
export type SupplySchemeRevised = ProjectEventOf<'SupplySchemeRevised'>;
export type DesignSubmitted = ProjectEventOf<'DesignSubmitted'>;
export type DesignReviewed = ProjectEventOf<'DesignReviewed'>;
export type ConstructionStarted = ProjectEventOf<'ConstructionStarted'>;
export type IntermediateInspectionRecorded = ProjectEventOf<'IntermediateInspectionRecorded'>;
export type CompletionReported = ProjectEventOf<'CompletionReported'>;
export type AcceptanceRecorded = ProjectEventOf<'AcceptanceRecorded'>;
export type SupplyContractSigned = ProjectEventOf<'SupplyContractSigned'>;
export type MeterInstalledAndEnergized = ProjectEventOf<'MeterInstalledAndEnergized'>;
export type ProjectArchived = ProjectEventOf<'ProjectArchived'>;
export type ProjectCancelled = ProjectEventOf<'ProjectCancelled'>;
export type PostConnectionCheckRecorded = ProjectEventOf<'PostConnectionCheckRecorded'>;

export const PROJECT_EVENT_TYPES = [
  'ApplicationAccepted',
  'SiteSurveyed',
  'SupplySchemeReplied',
  'SupplySchemeRevised',
  'DesignSubmitted',
  'DesignReviewed',
  'ConstructionStarted',
  'IntermediateInspectionRecorded',
  'CompletionReported',
  'AcceptanceRecorded',
  'SupplyContractSigned',
  'MeterInstalledAndEnergized',
  'ProjectArchived',
  'ProjectCancelled',
  'PostConnectionCheckRecorded',
] as const satisfies readonly ProjectEventType[];

export const isProjectEventType = (type: string): type is ProjectEventType =>
  (PROJECT_EVENT_TYPES as readonly string[]).includes(type);
