import type { ApplianceCategory, CompensationBasis } from './claim.enums.js';

/** An appliance as the claim lists it. */
export interface ClaimedAppliance {
  name: string;
  category: ApplianceCategory;
  /** YYYY-MM-DD, on or before the damage day. */
  purchasedOn: string;
  /** yuan, at most two decimals. */
  invoicePrice: number;
}

/** What the inspector found of one appliance, in the claim's order. */
export interface ApplianceFinding {
  name: string;
  repairable: boolean;
  /** yuan, at most two decimals; given exactly when the appliance is repairable. */
  repairCost?: number;
}

/** One appliance's compensation and how it was reached (the read side shows the arithmetic). */
export interface ApplianceCompensation {
  name: string;
  basis: CompensationBasis;
  /** yuan, rounded half-up to the fen. */
  compensation: number;
  /** Depreciated or floored: the whole months from purchase to damage, and the class's life in years. */
  monthsUsed?: number;
  lifeYears?: number;
}
