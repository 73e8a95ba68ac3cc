import type { ExamplesObject } from '@nestjs/swagger';
import type { AcceptApplicationDto } from './accept-application.dto.js';
import type { ArchiveProjectDto } from './archive-project.dto.js';
import type { CancelProjectDto } from './cancel-project.dto.js';
import type { InstallMeterAndEnergizeDto } from './install-meter-and-energize.dto.js';
import type { RecordAcceptanceDto } from './record-acceptance.dto.js';
import type { RecordIntermediateInspectionDto } from './record-intermediate-inspection.dto.js';
import type { RecordPostConnectionCheckDto } from './record-post-connection-check.dto.js';
import type { RequestIntermediateInspectionDto } from './request-intermediate-inspection.dto.js';
import type { StartCustomerWaitDto } from './start-customer-wait.dto.js';
import type { EndCustomerWaitDto } from './end-customer-wait.dto.js';
import type { ReplySupplySchemeDto } from './reply-supply-scheme.dto.js';
import type { ReportCompletionDto } from './report-completion.dto.js';
import type { ReviewDesignDto } from './review-design.dto.js';
import type { ReviseSupplySchemeDto } from './revise-supply-scheme.dto.js';
import type { SignSupplyContractDto } from './sign-supply-contract.dto.js';
import type { StartConstructionDto } from './start-construction.dto.js';
import type { SubmitDesignDto } from './submit-design.dto.js';
import type { RecordSiteSurveyDto } from './record-site-survey.dto.js';

/**
 * One valid body per command, forming one coherent journey of a high-voltage dual-source industrial customer
 * (2000 kVA at 10 kV, dual supply with a backup source, 高供高计), in the order of SPEC §3. They carry no
 * `occurredAt` so that a test replaying them is decided at "now" and never trips OCCURRED_AT_INVALID; the
 * application's `projectId` is fixed, so a test running the journey twice overrides it. `satisfies` keeps them in
 * step with the DTO classes at compile time; dtos.spec.ts proves that they validate.
 */
const replySupplyScheme = {
  approvedCapacity: { value: 2000, unit: 'kVA' },
  supplyVoltage: '10kV',
  supplyMode: 'dual',
  backupSource: '备用电源由 110kV 城西变 10kV 城西线供电，与主供电源相互独立',
  meteringMethod: '高供高计',
  validUntil: '2026-03-31',
  notes: '主供电源由 110kV 三墩变 10kV 三墩线供电',
} satisfies ReplySupplySchemeDto;

export const COMMAND_EXAMPLES = {
  acceptApplication: {
    projectId: 'prj-2025-hz-0001',
    customer: {
      id: 'cust-hz-0001',
      name: '杭州西湖精密制造有限公司',
      kind: 'organisation',
      idNumber: '91330100MA2XXXXX08',
      phone: '0571-87654321',
      address: '浙江省杭州市西湖区文三路 100 号',
    },
    customerClass: 'highVoltageDual',
    subtype: 'industrial',
    businessType: 'newConnection',
    requestedCapacity: { value: 2000, unit: 'kVA' },
    supplyAddress: '浙江省杭州市西湖区三墩镇振华路 200 号',
    orgUnit: 'hz-xihu-branch',
    channel: 'window',
    rented: false,
    documents: ['PROJECT_APPROVAL', 'LOAD_DETAILS', 'EQUIPMENT_LIST', 'RELIABILITY_REQUIREMENTS', 'SITE_LAYOUT_PLAN'],
  } satisfies AcceptApplicationDto,
  recordSiteSurvey: {
    findings: '厂区位于振华路北侧，附近有 10kV 三墩线及城西线两回线路，分属不同变电站，线路状况良好，可满足 2000kVA 用电需求',
    proposedScheme: '建议 10kV 双电源供电：主供三墩线，备用城西线',
  } satisfies RecordSiteSurveyDto,
  replySupplyScheme,
  reviseSupplyScheme: {
    ...replySupplyScheme,
    backupSource: '备用电源改由 110kV 城北变 10kV 城北线供电，与主供电源相互独立',
    reason: '城西线负载率偏高，备用电源改由城北变供电',
  } satisfies ReviseSupplySchemeDto,
  submitDesign: {
    designer: { name: '浙江华电工程设计有限公司', qualificationNo: 'A133001234', selectedBy: 'customer' },
    documents: [
      'DESIGN_SPEC',
      'LOAD_DISTRIBUTION_MAP',
      'LOAD_COMPOSITION',
      'POWER_QUALITY_EQUIPMENT_LIST',
      'MAIN_EQUIPMENT_LIST',
      'PROCESS_CONSUMPTION',
      'WIRING_AND_LAYOUT_DRAWINGS',
      'POWER_FACTOR_COMPENSATION',
      'PROTECTION_AND_METERING_SCHEME',
      'CONCEALED_WORKS_DESIGN',
      'DISTRIBUTION_NETWORK_LAYOUT',
      'SELF_GENERATION_WIRING',
    ],
  } satisfies SubmitDesignDto,
  reviewDesign: { result: 'approved', opinions: [] } satisfies ReviewDesignDto,
  startConstruction: {
    contractor: {
      name: '杭州电力安装工程有限公司',
      qualificationNo: 'D233012345',
      licenceNo: '330106000123456',
      selectedBy: 'customer',
    },
    plannedStart: '2025-06-02',
    plannedCompletion: '2025-09-30',
    suppliers: [
      { name: '正泰电气股份有限公司（10kV 开关柜）', selectedBy: 'customer' },
      { name: '浙江江山变压器股份有限公司（SCB13-1000/10 ×2）', selectedBy: 'customer' },
    ],
  } satisfies StartConstructionDto,
  recordIntermediateInspection: {
    items: ['隐蔽工程', '变压器容量', '继电保护', '防雷', '接地'],
    result: 'passed',
    defects: [],
    copiesTo: ['customer', 'contractor', 'utility'],
  } satisfies RecordIntermediateInspectionDto,
  reportCompletion: {
    documents: [
      'COMPLETION_REPORT',
      'AS_BUILT_DRAWINGS',
      'TEST_REPORTS',
      'OPERATOR_LIST',
      'COMMUNICATION_SETUP',
      'MAIN_WIRING_AND_PROTECTION_SETTINGS',
      'CONCEALED_WORKS_RECORDS',
      'OPERATING_PROCEDURES',
    ],
  } satisfies ReportCompletionDto,
  recordAcceptance: { result: 'passed', defects: [] } satisfies RecordAcceptanceDto,
  signSupplyContract: {
    contractNo: 'GY-2025-HZ-000123',
    contractType: 'highVoltage',
    signatories: { customer: '张伟（法定代表人）', utility: '李娜（营销部主任）' },
    effectiveDate: '2025-10-20',
  } satisfies SignSupplyContractDto,
  installMeterAndEnergize: { meterNumbers: ['3300001234567890', '3300001234567891'] } satisfies InstallMeterAndEnergizeDto,
  archiveProject: { archiveNo: 'DA-2025-HZ-000456' } satisfies ArchiveProjectDto,
  cancelProject: { reason: '客户项目停建，申请撤销报装', requestedBy: 'customer' } satisfies CancelProjectDto,
  recordPostConnectionCheck: {
    findings: '计量装置运行正常，互感器变比与合同一致，双电源切换装置及闭锁可靠，负荷率约 45%',
  } satisfies RecordPostConnectionCheckDto,
  requestIntermediateInspection: { stage: '隐蔽工程', contact: '赵工 13900001111' } satisfies RequestIntermediateInspectionDto,
  startCustomerWait: { kind: 'documentsSupplement', reason: '客户需补正项目批文' } satisfies StartCustomerWaitDto,
  endCustomerWait: { notes: '客户已补正项目批文' } satisfies EndCustomerWaitDto,
};

export type CommandName = keyof typeof COMMAND_EXAMPLES;

/** A residential (低压居民) application: an individual, 8 kW, the two documents residential needs when not rented. */
export const RESIDENTIAL_APPLICATION_EXAMPLE = {
  customer: {
    id: 'cust-hz-0002',
    name: '王芳',
    kind: 'individual',
    idNumber: '33010619900101123X',
    phone: '13812345678',
    address: '浙江省杭州市西湖区古荡新村 5 幢 2 单元 301 室',
  },
  customerClass: 'residential',
  businessType: 'newConnection',
  requestedCapacity: { value: 8, unit: 'kW' },
  supplyAddress: '浙江省杭州市西湖区古荡新村 5 幢 2 单元 301 室',
  orgUnit: 'hz-xihu-gudang-station',
  channel: 'online',
  rented: false,
  documents: ['PROPERTY_CERTIFICATE', 'OWNER_ID'],
} satisfies AcceptApplicationDto;

/** Variants worth showing in OpenAPI: the refusing outcomes with their mandatory lists. */
export const REJECTED_DESIGN_REVIEW_EXAMPLE = {
  result: 'rejected',
  opinions: ['保安负荷未单独设置回路，请补充自备应急电源接线', '无功补偿容量计算有误，请按功率因数 0.95 重新计算'],
} satisfies ReviewDesignDto;
export const RECTIFICATION_INSPECTION_EXAMPLE = {
  items: ['隐蔽工程', '接地'],
  result: 'rectificationRequired',
  defects: ['接地电阻 6Ω，超过 4Ω 要求'],
  copiesTo: ['customer', 'contractor', 'utility'],
} satisfies RecordIntermediateInspectionDto;
export const FAILED_ACCEPTANCE_EXAMPLE = {
  result: 'failed',
  defects: ['电缆沟未封堵', '缺少安全工器具试验报告'],
} satisfies RecordAcceptanceDto;

const journey = (name: CommandName): ExamplesObject => ({
  highVoltageDual: { summary: 'High-voltage dual-source journey (2000 kVA, 10 kV)', value: COMMAND_EXAMPLES[name] },
});

/** Ready for `@ApiBody({ type: XDto, examples: OPENAPI_EXAMPLES.x })`. */
export const OPENAPI_EXAMPLES: Record<CommandName, ExamplesObject> = {
  ...(Object.fromEntries(Object.keys(COMMAND_EXAMPLES).map((name) => [name, journey(name as CommandName)])) as Record<
    CommandName,
    ExamplesObject
  >),
  acceptApplication: {
    ...journey('acceptApplication'),
    residential: { summary: 'Residential, individual, 8 kW', value: RESIDENTIAL_APPLICATION_EXAMPLE },
  },
  reviewDesign: { ...journey('reviewDesign'), rejected: { summary: 'Rejected with opinions', value: REJECTED_DESIGN_REVIEW_EXAMPLE } },
  recordIntermediateInspection: {
    ...journey('recordIntermediateInspection'),
    rectificationRequired: { summary: 'Rectification required', value: RECTIFICATION_INSPECTION_EXAMPLE },
  },
  recordAcceptance: { ...journey('recordAcceptance'), failed: { summary: 'Failed, with defects', value: FAILED_ACCEPTANCE_EXAMPLE } },
};
