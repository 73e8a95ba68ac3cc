import type { CapacityUnit, CustomerKind, SelectedBy } from './project.enums.js';

// Values that commands carry and events record: the same facts in both, so one definition.

/**
 * Document codes provided (APPLICATION/DESIGN/COMPLETION_DOCUMENT_CODES). Typed as plain strings on purpose: a later
 * policy may name new codes, and an unknown code is recorded as given; only the policy's required codes count.
 */
export type DocumentCodes = string[];

export interface Capacity {
  value: number;
  unit: CapacityUnit;
}

export interface CustomerDetails {
  id: string;
  name: string;
  kind: CustomerKind;
  idNumber: string;
  phone: string;
  address: string;
}

export interface ChosenParty {
  name: string;
  selectedBy: SelectedBy;
}

export interface Designer extends ChosenParty {
  qualificationNo: string;
}

export interface Contractor extends ChosenParty {
  qualificationNo: string;
  licenceNo: string;
}

