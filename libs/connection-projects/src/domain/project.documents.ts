/**
 * Document codes (SPEC §3.1, §3.4, §3.7). Which of them a project needs is policy (policy/seed.policy.ts);
 * these arrays are the vocabulary the edge validates against.
 */
export const APPLICATION_DOCUMENT_CODES = [
  // residential (低压居民)
  'PROPERTY_CERTIFICATE',
  'OWNER_ID',
  'LEASE_AGREEMENT',
  'LANDLORD_GUARANTEE',
  'TENANT_ID',
  // industrial (工业)
  'PROJECT_APPROVAL',
  'LOAD_DETAILS',
  'EQUIPMENT_LIST',
  'RELIABILITY_REQUIREMENTS',
  'SITE_LAYOUT_PLAN',
  // commercial (商业)
  'BUSINESS_LICENCE',
  'ORG_CODE_CERTIFICATE',
  'COMMERCE_PERMIT',
  'HOLDER_ID',
  'LOAD_COMPOSITION',
] as const;
export type ApplicationDocumentCode = (typeof APPLICATION_DOCUMENT_CODES)[number];

export const DESIGN_DOCUMENT_CODES = [
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
] as const;
export type DesignDocumentCode = (typeof DESIGN_DOCUMENT_CODES)[number];

export const COMPLETION_DOCUMENT_CODES = [
  'COMPLETION_REPORT',
  'AS_BUILT_DRAWINGS',
  'TEST_REPORTS',
  'OPERATOR_LIST',
  'COMMUNICATION_SETUP',
  'MAIN_WIRING_AND_PROTECTION_SETTINGS',
  'CONCEALED_WORKS_RECORDS',
  'OPERATING_PROCEDURES',
] as const;
export type CompletionDocumentCode = (typeof COMPLETION_DOCUMENT_CODES)[number];

/** Items of the archive dossier (SPEC §3.11), as reported in DOSSIER_INCOMPLETE's `missing`. */
export const DOSSIER_ITEMS = [
  'applicationDocuments',
  'siteSurvey',
  'supplyScheme',
  'designSubmissions',
  'designOpinions',
  'constructionStart',
  'inspections',
  'completionDocuments',
  'acceptanceReport',
  'contract',
  'meterRecord',
] as const;
export type DossierItem = (typeof DOSSIER_ITEMS)[number];
