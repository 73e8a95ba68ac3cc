import type { ClockDefinition, ClockPause } from './clock-definition.js';
import type { ConnectionPolicy } from './connection-policy.js';

const HIGH_VOLTAGE = ['highVoltageSingle', 'highVoltageDual'] as const;

/** SPEC §3.14, §5.1: a wait on the customer pauses the clocks running when it starts, under every policy. */
export const CUSTOMER_WAIT: ClockPause = { starts: { event: 'CustomerWaitStarted' }, ends: { event: 'CustomerWaitEnded' } };

/** SPEC §5 and §6: the same under every policy (the customer's waits pause it, as every project clock). */
export const POST_CONNECTION_CHECK: ClockDefinition = {
  name: 'postConnectionCheck',
  subject: 'project',
  pausedBy: CUSTOMER_WAIT,
  starts: { on: { event: 'MeterInstalledAndEnergized' } },
  stops: { next: { event: 'PostConnectionCheckRecorded' } },
  limit: { calendarMonths: 1 },
};

/** SPEC §5: the clocks that run on the utility's side, with the limits of §2 (design review: calendar days, §6). */
const SEED_CLOCKS: readonly ClockDefinition[] = [
  {
    name: 'schemeReply',
    subject: 'project',
    pausedBy: CUSTOMER_WAIT,
    starts: { on: { event: 'ApplicationAccepted' } },
    stops: { next: { event: 'SupplySchemeReplied' } },
    limit: {
      byClass: {
        residential: { workingDays: 3, calendarDays: 5 },
        lowVoltage: { workingDays: 7 },
        highVoltageSingle: { workingDays: 15 },
        highVoltageDual: { workingDays: 30 },
      },
    },
  },
  {
    name: 'designReview',
    subject: 'project',
    pausedBy: CUSTOMER_WAIT,
    classes: ['lowVoltage', ...HIGH_VOLTAGE],
    starts: { each: { event: 'DesignSubmitted' } },
    stops: { its: { event: 'DesignReviewed' } },
    limit: { byClass: { lowVoltage: { calendarDays: 10 }, highVoltageSingle: { calendarDays: 30 }, highVoltageDual: { calendarDays: 30 } } },
  },
  {
    name: 'energization',
    subject: 'project',
    pausedBy: CUSTOMER_WAIT,
    classes: ['residential', 'lowVoltage'],
    starts: { on: { event: 'AcceptanceRecorded', where: { result: 'passed' } } },
    stops: { next: { event: 'MeterInstalledAndEnergized' } },
    limit: { byClass: { residential: { workingDays: 3 }, lowVoltage: { workingDays: 5 } } },
  },
  {
    name: 'energization',
    subject: 'project',
    pausedBy: CUSTOMER_WAIT,
    classes: [...HIGH_VOLTAGE],
    starts: { on: { event: 'SupplyContractSigned' } },
    stops: { next: { event: 'MeterInstalledAndEnergized' } },
    limit: { workingDays: 5 },
  },
  POST_CONNECTION_CHECK,
];
const LOW_VOLTAGE_LIST = ['COMPLETION_REPORT', 'AS_BUILT_DRAWINGS', 'TEST_REPORTS', 'OPERATOR_LIST', 'COMMUNICATION_SETUP'] as const;

/** The default policy: SPEC §2 and §3 as written (the "seed" documents). */
export const SEED_POLICY: ConnectionPolicy = {
  version: 'seed',
  description: 'SPEC §2–§3 as distilled from the seed documents',
  clocks: SEED_CLOCKS,
  documents: {
    application: {
      residential: {
        required: ['PROPERTY_CERTIFICATE', 'OWNER_ID'],
        rentedExtras: ['LEASE_AGREEMENT', 'LANDLORD_GUARANTEE', 'TENANT_ID'],
      },
      industrial: {
        required: ['PROJECT_APPROVAL', 'LOAD_DETAILS', 'EQUIPMENT_LIST', 'RELIABILITY_REQUIREMENTS', 'SITE_LAYOUT_PLAN'],
      },
      commercial: {
        owned: ['BUSINESS_LICENCE', 'ORG_CODE_CERTIFICATE', 'COMMERCE_PERMIT', 'HOLDER_ID', 'PROPERTY_CERTIFICATE', 'LOAD_COMPOSITION'],
        rented: ['BUSINESS_LICENCE', 'ORG_CODE_CERTIFICATE', 'COMMERCE_PERMIT', 'HOLDER_ID', 'LEASE_AGREEMENT', 'LOAD_COMPOSITION'],
      },
    },
    design: {
      lowVoltage: ['DESIGN_SPEC', 'WIRING_AND_LAYOUT_DRAWINGS'],
      highVoltage: [
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
    },
    completion: {
      lowVoltage: [...LOW_VOLTAGE_LIST],
      highVoltage: [...LOW_VOLTAGE_LIST, 'MAIN_WIRING_AND_PROTECTION_SETTINGS', 'CONCEALED_WORKS_RECORDS', 'OPERATING_PROCEDURES'],
    },
  },
  thresholds: { dedicatedLineKva: 3000, largeIndustryKva: 315 },
  authority: [
    // Scheme reply (供电方案答复), judged on the reply itself.
    { decision: 'schemeReply', description: '低压居民及低压非居民方案答复：供电所及以上', level: 'station', when: { classes: ['residential', 'lowVoltage'] } },
    { decision: 'schemeReply', description: '专变客户 1000kVA 以下方案答复：分公司及以上', level: 'branch', when: { classes: [...HIGH_VOLTAGE] } },
    { decision: 'schemeReply', description: '1000kVA 及以上方案答复：市公司', level: 'city', when: { classes: [...HIGH_VOLTAGE], capacityAtLeast: 1000 } },
    { decision: 'schemeReply', description: '双电源方案答复：市公司', level: 'city', when: { classes: ['highVoltageDual'] } },
    { decision: 'schemeReply', description: '双电源或专线方案答复：市公司', level: 'city', when: { classes: [...HIGH_VOLTAGE], supplyModes: ['dual', 'dedicatedLine'] } },
    // Design review (设计审查), judged on the scheme in force.
    { decision: 'designReview', description: '低压 10kW 及以下设计审查：供电所及以上', level: 'station', when: { classes: ['lowVoltage'], capacityAtMost: 10 } },
    { decision: 'designReview', description: '10kW/kVA 以上至 1000kVA 以下设计审查：分公司营销部及以上', level: 'branch', when: { capacityAbove: 10 } },
    { decision: 'designReview', description: '专变客户设计审查：分公司营销部及以上', level: 'branch', when: { classes: [...HIGH_VOLTAGE] } },
    { decision: 'designReview', description: '1000kVA 及以上设计审查：市公司', level: 'city', when: { capacityAtLeast: 1000 } },
    { decision: 'designReview', description: '双电源设计审查：市公司', level: 'city', when: { classes: ['highVoltageDual'] } },
    { decision: 'designReview', description: '双电源或专线设计审查：市公司', level: 'city', when: { supplyModes: ['dual', 'dedicatedLine'] } },
  ],
};
