import {
  COMMAND_EXAMPLES as ex,
  FAILED_ACCEPTANCE_EXAMPLE,
  RECTIFICATION_INSPECTION_EXAMPLE,
  REJECTED_DESIGN_REVIEW_EXAMPLE,
  RESIDENTIAL_APPLICATION_EXAMPLE,
} from '../../apps/api/src/projects/dto/examples.js';
import {
  SEED_POLICY,
  requiredApplicationDocuments,
  requiredCompletionDocuments,
  requiredDesignDocuments,
  type CustomerClass,
} from '#connection-projects/domain';
import type { CommandType } from './routes.js';

/** One command of a journey: its type and its HTTP body (the application's ids are filled in per project). */
export interface JourneyStep {
  type: CommandType;
  body: Record<string, unknown>;
}

export interface Journey {
  name: string;
  customerClass: CustomerClass;
  steps: JourneyStep[];
}

const step = (type: CommandType, body: object): JourneyStep => ({ type, body: body as Record<string, unknown> });

/** 低压居民: the short path of SPEC §3 (no design, no construction, acceptance right after the scheme reply). */
const residential: Journey = {
  name: 'residential',
  customerClass: 'residential',
  steps: [
    step('AcceptApplication', RESIDENTIAL_APPLICATION_EXAMPLE),
    step('RecordSiteSurvey', { findings: '表箱位置已确认，附近 0.4kV 线路余量充足', proposedScheme: '由 0.4kV 古荡线接入，单相供电' }),
    step('ReplySupplyScheme', { approvedCapacity: { value: 8, unit: 'kW' }, supplyVoltage: '220V', supplyMode: 'single', meteringMethod: '低供低计' }),
    step('RecordAcceptance', { result: 'passed', defects: [] }),
    step('SignSupplyContract', { ...ex.signSupplyContract, contractType: 'residentialEndorsement', signatories: { customer: '王芳', utility: '李娜' } }),
    step('InstallMeterAndEnergize', { meterNumbers: ['3300009876543210'] }),
    step('ArchiveProject', ex.archiveProject),
  ],
};

/** 低压非居民 (commercial, 50 kW): design and construction, no intermediate inspection. */
const lowVoltage: Journey = {
  name: 'lowVoltageCommercial',
  customerClass: 'lowVoltage',
  steps: [
    step('AcceptApplication', {
      ...ex.acceptApplication,
      customerClass: 'lowVoltage',
      subtype: 'commercial',
      requestedCapacity: { value: 50, unit: 'kW' },
      documents: requiredApplicationDocuments(SEED_POLICY, { customerClass: 'lowVoltage', subtype: 'commercial', rented: false }),
    }),
    step('RecordSiteSurvey', ex.recordSiteSurvey),
    step('ReplySupplyScheme', { approvedCapacity: { value: 50, unit: 'kW' }, supplyVoltage: '380V', supplyMode: 'single', meteringMethod: '低供低计' }),
    step('SubmitDesign', { ...ex.submitDesign, documents: requiredDesignDocuments(SEED_POLICY, 'lowVoltage') }),
    step('ReviewDesign', ex.reviewDesign),
    step('StartConstruction', ex.startConstruction),
    step('ReportCompletion', { documents: requiredCompletionDocuments(SEED_POLICY, 'lowVoltage') }),
    step('RecordAcceptance', ex.recordAcceptance),
    step('SignSupplyContract', { ...ex.signSupplyContract, contractType: 'lowVoltage' }),
    step('InstallMeterAndEnergize', ex.installMeterAndEnergize),
    step('ArchiveProject', ex.archiveProject),
  ],
};

/** 高压单电源 (800 kVA): the full happy path with one intermediate inspection. */
const highVoltageSingle: Journey = {
  name: 'highVoltageSingle',
  customerClass: 'highVoltageSingle',
  steps: [
    step('AcceptApplication', {
      ...ex.acceptApplication,
      customerClass: 'highVoltageSingle',
      requestedCapacity: { value: 800, unit: 'kVA' },
      documents: requiredApplicationDocuments(SEED_POLICY, { customerClass: 'highVoltageSingle', subtype: 'industrial', rented: false }),
    }),
    step('RecordSiteSurvey', ex.recordSiteSurvey),
    step('ReplySupplyScheme', { approvedCapacity: { value: 800, unit: 'kVA' }, supplyVoltage: '10kV', supplyMode: 'single', meteringMethod: '高供高计' }),
    step('SubmitDesign', { ...ex.submitDesign, documents: requiredDesignDocuments(SEED_POLICY, 'highVoltageSingle') }),
    step('ReviewDesign', ex.reviewDesign),
    step('StartConstruction', ex.startConstruction),
    step('RecordIntermediateInspection', ex.recordIntermediateInspection),
    step('ReportCompletion', { documents: requiredCompletionDocuments(SEED_POLICY, 'highVoltageSingle') }),
    step('RecordAcceptance', ex.recordAcceptance),
    step('SignSupplyContract', ex.signSupplyContract),
    step('InstallMeterAndEnergize', ex.installMeterAndEnergize),
    step('ArchiveProject', ex.archiveProject),
  ],
};

/** 高压双电源 (2000 kVA) with the rework SPEC allows: a scheme revision, a rejected design, a rectification, a failed acceptance. */
const highVoltageDualWithRework: Journey = {
  name: 'highVoltageDualWithRework',
  customerClass: 'highVoltageDual',
  steps: [
    step('AcceptApplication', ex.acceptApplication),
    step('RecordSiteSurvey', ex.recordSiteSurvey),
    step('ReplySupplyScheme', ex.replySupplyScheme),
    step('ReviseSupplyScheme', ex.reviseSupplyScheme),
    step('SubmitDesign', ex.submitDesign),
    step('ReviewDesign', REJECTED_DESIGN_REVIEW_EXAMPLE),
    step('SubmitDesign', ex.submitDesign),
    step('ReviewDesign', ex.reviewDesign),
    step('StartConstruction', ex.startConstruction),
    step('RecordIntermediateInspection', RECTIFICATION_INSPECTION_EXAMPLE),
    step('RecordIntermediateInspection', ex.recordIntermediateInspection),
    step('ReportCompletion', ex.reportCompletion),
    step('RecordAcceptance', FAILED_ACCEPTANCE_EXAMPLE),
    step('ReportCompletion', ex.reportCompletion),
    step('RecordAcceptance', ex.recordAcceptance),
    step('SignSupplyContract', ex.signSupplyContract),
    step('InstallMeterAndEnergize', ex.installMeterAndEnergize),
    step('ArchiveProject', ex.archiveProject),
    step('RecordPostConnectionCheck', ex.recordPostConnectionCheck),
  ],
};

export const JOURNEYS: Journey[] = [residential, lowVoltage, highVoltageSingle, highVoltageDualWithRework];

export const CANCELLATION: JourneyStep = step('CancelProject', ex.cancelProject);

/** A wait on the customer (SPEC §3.14) and its end; an intermediate inspection requested by the customer (§3.13). */
export const CUSTOMER_WAIT: JourneyStep = step('StartCustomerWait', ex.startCustomerWait);
export const CUSTOMER_WAIT_END: JourneyStep = step('EndCustomerWait', ex.endCustomerWait);
export const INSPECTION_REQUEST: JourneyStep = step('RequestIntermediateInspection', ex.requestIntermediateInspection);

/** Who a project is for: only the application names the project, its customer and its org unit. */
export interface ProjectIdentity {
  projectId: string;
  customerId: string;
  orgUnit?: string;
}

/** The HTTP body to send for `journeyStep` of the project `who`. */
export const bodyFor = (journeyStep: JourneyStep, who: ProjectIdentity): Record<string, unknown> => {
  if (journeyStep.type !== 'AcceptApplication') return journeyStep.body;
  const customer = journeyStep.body.customer as Record<string, unknown>;
  return {
    ...journeyStep.body,
    projectId: who.projectId,
    customer: { ...customer, id: who.customerId },
    ...(who.orgUnit ? { orgUnit: who.orgUnit } : {}),
  };
};

export const ORG_UNITS = [
  'hz-xihu-branch',
  'hz-shangcheng-branch',
  'hz-gongshu-branch',
  'hz-binjiang-branch',
  'hz-xiaoshan-branch',
  'hz-yuhang-branch',
  'hz-xihu-gudang-station',
  'hz-binjiang-puyan-station',
];
