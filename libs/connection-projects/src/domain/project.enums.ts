/**
 * Closed vocabularies of the domain, as `as const` arrays so the HTTP DTOs validate against the very same lists
 * the decider reasons about (SPEC §2–§3, API.md).
 */
export const CUSTOMER_CLASSES = ['residential', 'lowVoltage', 'highVoltageSingle', 'highVoltageDual'] as const;
export type CustomerClass = (typeof CUSTOMER_CLASSES)[number];

/** Special-transformer (专变) customers: supplied at high voltage, capacity in kVA. */
export const HIGH_VOLTAGE_CLASSES = ['highVoltageSingle', 'highVoltageDual'] as const satisfies readonly CustomerClass[];
export const isHighVoltage = (customerClass: CustomerClass | undefined): boolean =>
  customerClass === 'highVoltageSingle' || customerClass === 'highVoltageDual';

export const SUBTYPES = ['industrial', 'commercial'] as const;
export type Subtype = (typeof SUBTYPES)[number];

export const BUSINESS_TYPES = ['newConnection', 'capacityIncrease'] as const;
export type BusinessType = (typeof BUSINESS_TYPES)[number];

export const CHANNELS = ['window', 'online', 'hotline'] as const;
export type Channel = (typeof CHANNELS)[number];

export const CUSTOMER_KINDS = ['individual', 'organisation'] as const;
export type CustomerKind = (typeof CUSTOMER_KINDS)[number];

export const CAPACITY_UNITS = ['kW', 'kVA'] as const;
export type CapacityUnit = (typeof CAPACITY_UNITS)[number];

export const SUPPLY_MODES = ['single', 'dual', 'dedicatedLine'] as const;
export type SupplyMode = (typeof SUPPLY_MODES)[number];

export const LOW_VOLTAGE_SUPPLY_VOLTAGES = ['220V', '380V'] as const;
export const HIGH_VOLTAGE_SUPPLY_VOLTAGES = ['10kV', '20kV', '35kV', '110kV'] as const;
export const SUPPLY_VOLTAGES = [...LOW_VOLTAGE_SUPPLY_VOLTAGES, ...HIGH_VOLTAGE_SUPPLY_VOLTAGES] as const;
export type SupplyVoltage = (typeof SUPPLY_VOLTAGES)[number];

export const DESIGN_REVIEW_RESULTS = ['approved', 'rejected'] as const;
export type DesignReviewResult = (typeof DESIGN_REVIEW_RESULTS)[number];

export const INSPECTION_RESULTS = ['passed', 'rectificationRequired'] as const;
export type InspectionResult = (typeof INSPECTION_RESULTS)[number];

export const ACCEPTANCE_RESULTS = ['passed', 'failed'] as const;
export type AcceptanceResult = (typeof ACCEPTANCE_RESULTS)[number];

export const CONTRACT_TYPES = ['residentialEndorsement', 'lowVoltage', 'highVoltage'] as const;
export type ContractType = (typeof CONTRACT_TYPES)[number];

/** 三不指定: who chose a designer, contractor or supplier. Only `customer` is ever accepted by the decider. */
export const SELECTED_BY = ['customer', 'utility'] as const;
export type SelectedBy = (typeof SELECTED_BY)[number];

/** Recipients of the three copies of an intermediate-inspection record. */
export const COPY_RECIPIENTS = ['customer', 'contractor', 'utility'] as const;
export type CopyRecipient = (typeof COPY_RECIPIENTS)[number];

/** Why a project waits on the customer (SPEC §3.14): 资料补正, 客户要求暂缓, 客户委托接入系统设计. */
export const CUSTOMER_WAIT_KINDS = ['documentsSupplement', 'customerRequestedDelay', 'accessSystemDesign'] as const;
export type CustomerWaitKind = (typeof CUSTOMER_WAIT_KINDS)[number];

export const CANCELLATION_REQUESTERS = ['customer', 'utility'] as const;
export type CancellationRequester = (typeof CANCELLATION_REQUESTERS)[number];

/** Ordered from the lowest to the highest authority (SPEC §2: station < branch < city). */
export const ORG_LEVELS = ['station', 'branch', 'city'] as const;
export type OrgLevel = (typeof ORG_LEVELS)[number];
