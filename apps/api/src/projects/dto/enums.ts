/**
 * The closed vocabularies the DTOs validate against, taken from the domain so the edge and the decider can never
 * disagree (one source of truth). Every DTO imports them from here, so a move in the domain is a change of one file.
 */
export {
  ACCEPTANCE_RESULTS,
  BUSINESS_TYPES,
  CANCELLATION_REQUESTERS,
  CAPACITY_UNITS,
  CHANNELS,
  CONTRACT_TYPES,
  COPY_RECIPIENTS,
  CUSTOMER_CLASSES,
  CUSTOMER_KINDS,
  CUSTOMER_WAIT_KINDS,
  DESIGN_REVIEW_RESULTS,
  INSPECTION_RESULTS,
  SELECTED_BY,
  SUBTYPES,
  SUPPLY_MODES,
  SUPPLY_VOLTAGES,
} from '#connection-projects/domain';
export type {
  AcceptanceResult,
  BusinessType,
  CancellationRequester,
  CapacityUnit,
  Channel,
  ContractType,
  CopyRecipient,
  CustomerClass,
  CustomerKind,
  CustomerWaitKind,
  DesignReviewResult,
  InspectionResult,
  SelectedBy,
  Subtype,
  SupplyMode,
  SupplyVoltage,
} from '#connection-projects/domain';
export {
  APPLICATION_DOCUMENT_CODES,
  COMPLETION_DOCUMENT_CODES,
  DESIGN_DOCUMENT_CODES,
} from '#connection-projects/domain';
