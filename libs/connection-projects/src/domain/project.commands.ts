import type {
  AcceptanceResult,
  BusinessType,
  CancellationRequester,
  Channel,
  ContractType,
  CopyRecipient,
  CustomerClass,
  CustomerWaitKind,
  DesignReviewResult,
  InspectionResult,
  Subtype,
  SupplyMode,
  SupplyVoltage,
} from './project.enums.js';
import type { Capacity, ChosenParty, Contractor, CustomerDetails, Designer, DocumentCodes } from './project.values.js';

/**
 * Commands: exactly the API.md body of each route, plus `projectId` and the optional business time `occurredAt`
 * (SPEC §4). The actor never travels in a command: it comes from the authenticated identity via DecisionContext.
 */
interface CommandBase {
  projectId: string;
  /** ISO 8601 with offset; absent = decided as max(now, previous event). */
  occurredAt?: string;
}

export interface AcceptApplication extends CommandBase {
  type: 'AcceptApplication';
  customer: CustomerDetails;
  customerClass: CustomerClass;
  subtype?: Subtype;
  businessType: BusinessType;
  requestedCapacity: Capacity;
  supplyAddress: string;
  orgUnit: string;
  channel: Channel;
  rented?: boolean;
  documents: DocumentCodes;
  /** A capacity increase on an existing supply account (SPEC §7.1); never on a new connection. */
  accountId?: string;
}

export interface RecordSiteSurvey extends CommandBase {
  type: 'RecordSiteSurvey';
  findings: string;
  proposedScheme: string;
}

export interface SupplySchemeFields {
  approvedCapacity: Capacity;
  supplyVoltage: SupplyVoltage;
  supplyMode: SupplyMode;
  backupSource?: string;
  meteringMethod: string;
  /** YYYY-MM-DD */
  validUntil?: string;
  notes?: string;
}

export interface ReplySupplyScheme extends CommandBase, SupplySchemeFields {
  type: 'ReplySupplyScheme';
}

export interface ReviseSupplyScheme extends CommandBase, SupplySchemeFields {
  type: 'ReviseSupplyScheme';
  reason: string;
}

export interface SubmitDesign extends CommandBase {
  type: 'SubmitDesign';
  designer: Designer;
  documents: DocumentCodes;
}

export interface ReviewDesign extends CommandBase {
  type: 'ReviewDesign';
  result: DesignReviewResult;
  opinions: string[];
}

export interface StartConstruction extends CommandBase {
  type: 'StartConstruction';
  contractor: Contractor;
  /** YYYY-MM-DD */
  plannedStart: string;
  /** YYYY-MM-DD */
  plannedCompletion: string;
  suppliers?: ChosenParty[];
}

export interface RecordIntermediateInspection extends CommandBase {
  type: 'RecordIntermediateInspection';
  items: string[];
  result: InspectionResult;
  defects?: string[];
  copiesTo: CopyRecipient[];
}

export interface ReportCompletion extends CommandBase {
  type: 'ReportCompletion';
  documents: DocumentCodes;
}

export interface RecordAcceptance extends CommandBase {
  type: 'RecordAcceptance';
  result: AcceptanceResult;
  defects?: string[];
}

export interface SignSupplyContract extends CommandBase {
  type: 'SignSupplyContract';
  contractNo: string;
  contractType: ContractType;
  signatories: { customer: string; utility: string };
  /** YYYY-MM-DD */
  effectiveDate: string;
}

export interface InstallMeterAndEnergize extends CommandBase {
  type: 'InstallMeterAndEnergize';
  meterNumbers: string[];
}

export interface ArchiveProject extends CommandBase {
  type: 'ArchiveProject';
  archiveNo: string;
}

export interface CancelProject extends CommandBase {
  type: 'CancelProject';
  reason: string;
  requestedBy: CancellationRequester;
}

export interface RecordPostConnectionCheck extends CommandBase {
  type: 'RecordPostConnectionCheck';
  findings: string;
}

/** SPEC §3.13 中间检查申请: the customer asks for an intermediate inspection at a stage of the works. */
export interface RequestIntermediateInspection extends CommandBase {
  type: 'RequestIntermediateInspection';
  stage: string;
  contact?: string;
}

/** SPEC §3.14 客户原因暂停计时: the project starts waiting on the customer. */
export interface StartCustomerWait extends CommandBase {
  type: 'StartCustomerWait';
  kind: CustomerWaitKind;
  reason: string;
}

/** SPEC §3.14: the open wait on the customer ends. */
export interface EndCustomerWait extends CommandBase {
  type: 'EndCustomerWait';
  notes?: string;
}

export type ProjectCommand =
  | AcceptApplication
  | RecordSiteSurvey
  | ReplySupplyScheme
  | ReviseSupplyScheme
  | SubmitDesign
  | ReviewDesign
  | StartConstruction
  | RecordIntermediateInspection
  | ReportCompletion
  | RecordAcceptance
  | SignSupplyContract
  | InstallMeterAndEnergize
  | ArchiveProject
  | CancelProject
  | RecordPostConnectionCheck
  | RequestIntermediateInspection
  | StartCustomerWait
  | EndCustomerWait;

export type ProjectCommandType = ProjectCommand['type'];

export const PROJECT_COMMAND_TYPES = [
  'AcceptApplication',
  'RecordSiteSurvey',
  'ReplySupplyScheme',
  'ReviseSupplyScheme',
  'SubmitDesign',
  'ReviewDesign',
  'StartConstruction',
  'RecordIntermediateInspection',
  'ReportCompletion',
  'RecordAcceptance',
  'SignSupplyContract',
  'InstallMeterAndEnergize',
  'ArchiveProject',
  'CancelProject',
  'RecordPostConnectionCheck',
  'RequestIntermediateInspection',
  'StartCustomerWait',
  'EndCustomerWait',
] as const satisfies readonly ProjectCommandType[];
