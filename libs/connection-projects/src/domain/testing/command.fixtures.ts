import type {
  AcceptApplication,
  ArchiveProject,
  CancelProject,
  EndCustomerWait,
  InstallMeterAndEnergize,
  RecordAcceptance,
  RecordIntermediateInspection,
  RecordPostConnectionCheck,
  RecordSiteSurvey,
  ReplySupplyScheme,
  ReportCompletion,
  RequestIntermediateInspection,
  ReviewDesign,
  ReviseSupplyScheme,
  SignSupplyContract,
  StartConstruction,
  StartCustomerWait,
  SubmitDesign,
  SupplySchemeFields,
} from '../project.commands.js';
import { isHighVoltage, type ContractType, type CustomerClass } from '../project.enums.js';
import {
  SEED_POLICY,
  requiredApplicationDocuments,
  requiredCompletionDocuments,
  requiredDesignDocuments,
} from '../policy/index.js';
import { FIXTURE_PROJECT_ID } from './context.fixtures.js';

/**
 * Valid commands by default, per customer class (high-voltage single source unless told otherwise), so a spec states
 * only what it is about. `forClass` picks defaults that fit the class (units, voltages, documents, contract type).
 */
export const FIXTURE_CLASS: CustomerClass = 'highVoltageSingle';

const CAPACITY_BY_CLASS: Record<CustomerClass, number> = {
  residential: 8,
  lowVoltage: 50,
  highVoltageSingle: 800,
  highVoltageDual: 2000,
};

const base = { projectId: FIXTURE_PROJECT_ID };

export const acceptApplication = (o: Partial<AcceptApplication> = {}): AcceptApplication => {
  const customerClass = o.customerClass ?? FIXTURE_CLASS;
  const residential = customerClass === 'residential';
  const subtype = 'subtype' in o ? o.subtype : residential ? undefined : 'industrial';
  const rented = o.rented;
  return {
    type: 'AcceptApplication',
    ...base,
    customer: residential
      ? { id: 'c-0001', name: '张三', kind: 'individual', idNumber: '33010619900101123X', phone: '13800138000', address: '杭州市西湖区文三路 1 号' }
      : { id: 'c-0002', name: '杭州某某机械有限公司', kind: 'organisation', idNumber: '91330100MA2XXXXX08', phone: '0571-87654321', address: '杭州市余杭区工业园 8 号' },
    customerClass,
    ...(subtype !== undefined ? { subtype } : {}),
    businessType: 'newConnection',
    requestedCapacity: { value: CAPACITY_BY_CLASS[customerClass], unit: isHighVoltage(customerClass) ? 'kVA' : 'kW' },
    supplyAddress: residential ? '杭州市西湖区文三路 1 号' : '杭州市余杭区工业园 8 号',
    orgUnit: 'HZ-XH-STATION-01',
    channel: 'window',
    ...(rented !== undefined ? { rented } : {}),
    documents: requiredApplicationDocuments(SEED_POLICY, { customerClass, subtype, rented }),
    ...o,
  };
};

export const recordSiteSurvey = (o: Partial<RecordSiteSurvey> = {}): RecordSiteSurvey => ({
  type: 'RecordSiteSurvey',
  ...base,
  findings: '现场具备接入条件，附近 10kV 线路余量充足',
  proposedScheme: '由 10kV 某某线 T 接',
  ...o,
});

export const schemeFields = (forClass: CustomerClass = FIXTURE_CLASS): SupplySchemeFields => ({
  approvedCapacity: { value: CAPACITY_BY_CLASS[forClass], unit: isHighVoltage(forClass) ? 'kVA' : 'kW' },
  supplyVoltage: forClass === 'residential' ? '220V' : forClass === 'lowVoltage' ? '380V' : '10kV',
  supplyMode: forClass === 'highVoltageDual' ? 'dual' : 'single',
  meteringMethod: isHighVoltage(forClass) ? '高供高计' : '低供低计',
  validUntil: '2026-03-31',
});

export const replySupplyScheme = (o: Partial<ReplySupplyScheme> = {}, forClass: CustomerClass = FIXTURE_CLASS): ReplySupplyScheme => ({
  type: 'ReplySupplyScheme',
  ...base,
  ...schemeFields(forClass),
  ...o,
});

export const reviseSupplyScheme = (o: Partial<ReviseSupplyScheme> = {}, forClass: CustomerClass = FIXTURE_CLASS): ReviseSupplyScheme => ({
  type: 'ReviseSupplyScheme',
  ...base,
  ...schemeFields(forClass),
  reason: '客户调整用电设备，容量变更',
  ...o,
});

export const submitDesign = (o: Partial<SubmitDesign> = {}, forClass: CustomerClass = FIXTURE_CLASS): SubmitDesign => ({
  type: 'SubmitDesign',
  ...base,
  designer: { name: '浙江某某电力设计院', qualificationNo: 'A133000001', selectedBy: 'customer' },
  documents: requiredDesignDocuments(SEED_POLICY, forClass),
  ...o,
});

export const reviewDesign = (o: Partial<ReviewDesign> = {}): ReviewDesign => ({
  type: 'ReviewDesign',
  ...base,
  result: 'approved',
  opinions: [],
  ...o,
});

export const startConstruction = (o: Partial<StartConstruction> = {}): StartConstruction => ({
  type: 'StartConstruction',
  ...base,
  contractor: { name: '杭州某某电力安装公司', qualificationNo: 'D233000002', licenceNo: '91330100MA2YYYYY01', selectedBy: 'customer' },
  plannedStart: '2025-04-10',
  plannedCompletion: '2025-06-30',
  ...o,
});

export const recordIntermediateInspection = (o: Partial<RecordIntermediateInspection> = {}): RecordIntermediateInspection => ({
  type: 'RecordIntermediateInspection',
  ...base,
  items: ['隐蔽工程', '变压器容量', '继电保护', '防雷', '接地'],
  result: 'passed',
  copiesTo: ['customer', 'contractor', 'utility'],
  ...o,
});

export const reportCompletion = (o: Partial<ReportCompletion> = {}, forClass: CustomerClass = FIXTURE_CLASS): ReportCompletion => ({
  type: 'ReportCompletion',
  ...base,
  documents: requiredCompletionDocuments(SEED_POLICY, forClass),
  ...o,
});

export const recordAcceptance = (o: Partial<RecordAcceptance> = {}): RecordAcceptance => ({
  type: 'RecordAcceptance',
  ...base,
  result: 'passed',
  ...o,
});

const CONTRACT_TYPE_BY_CLASS: Record<CustomerClass, ContractType> = {
  residential: 'residentialEndorsement',
  lowVoltage: 'lowVoltage',
  highVoltageSingle: 'highVoltage',
  highVoltageDual: 'highVoltage',
};

export const signSupplyContract = (o: Partial<SignSupplyContract> = {}, forClass: CustomerClass = FIXTURE_CLASS): SignSupplyContract => ({
  type: 'SignSupplyContract',
  ...base,
  contractNo: 'GYD-2025-0001',
  contractType: CONTRACT_TYPE_BY_CLASS[forClass],
  signatories: { customer: '李四', utility: '王五' },
  effectiveDate: '2025-07-01',
  ...o,
});

export const installMeterAndEnergize = (o: Partial<InstallMeterAndEnergize> = {}): InstallMeterAndEnergize => ({
  type: 'InstallMeterAndEnergize',
  ...base,
  meterNumbers: ['3300001234567'],
  ...o,
});

export const archiveProject = (o: Partial<ArchiveProject> = {}): ArchiveProject => ({
  type: 'ArchiveProject',
  ...base,
  archiveNo: 'DA-2025-0001',
  ...o,
});

export const cancelProject = (o: Partial<CancelProject> = {}): CancelProject => ({
  type: 'CancelProject',
  ...base,
  reason: '客户项目暂缓',
  requestedBy: 'customer',
  ...o,
});

export const recordPostConnectionCheck = (o: Partial<RecordPostConnectionCheck> = {}): RecordPostConnectionCheck => ({
  type: 'RecordPostConnectionCheck',
  ...base,
  findings: '计量装置运行正常，用电情况与申请一致',
  ...o,
});

export const requestIntermediateInspection = (o: Partial<RequestIntermediateInspection> = {}): RequestIntermediateInspection => ({
  type: 'RequestIntermediateInspection',
  ...base,
  stage: '隐蔽工程',
  contact: '赵工 13900001111',
  ...o,
});

export const startCustomerWait = (o: Partial<StartCustomerWait> = {}): StartCustomerWait => ({
  type: 'StartCustomerWait',
  ...base,
  kind: 'documentsSupplement',
  reason: '客户需补正项目批文',
  ...o,
});

export const endCustomerWait = (o: Partial<EndCustomerWait> = {}): EndCustomerWait => ({
  type: 'EndCustomerWait',
  ...base,
  ...o,
});
