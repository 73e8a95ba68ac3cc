import type { CustomerClass, Subtype } from '../project.enums.js';
import type { Capacity } from '../project.values.js';

/** 电价分类 (seed 002): the categories an account is opened with (SPEC §7.1) and those it may change to (§7.2 d). */
export const TARIFF_CATEGORIES = [
  'residential',
  'commercial',
  'largeIndustry',
  'ordinaryIndustrial',
  'nonResidentialLighting',
  'nonIndustrial',
  'agriculture',
  'irrigation',
] as const;
export type TariffCategory = (typeof TARIFF_CATEGORIES)[number];

/** 违约用电 (SPEC §7.3). */
export const VIOLATION_KINDS = [
  'privateCapacityIncrease',
  'suspendedEquipmentUsed',
  'meteringTampering',
  'unauthorisedSource',
  'tariffMisuse',
] as const;
export type ViolationKind = (typeof VIOLATION_KINDS)[number];

export const ACCOUNT_STATUSES = ['active', 'suspended', 'removed', 'closed'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

/** SPEC §2 tariff hint: industrial capacity at or above this (kVA, 1 kW taken as 1 kVA) is large industry (大工业). */
export const LARGE_INDUSTRY_MIN_CAPACITY = 315;

/** SPEC §7.1: the tariff category an account opens with, from the project's class, subtype and approved capacity. */
export const tariffCategoryFor = (customerClass: CustomerClass, subtype: Subtype | undefined, capacity: Capacity): TariffCategory => {
  if (customerClass === 'residential') return 'residential';
  if (subtype === 'commercial') return 'commercial';
  return capacity.value >= LARGE_INDUSTRY_MIN_CAPACITY ? 'largeIndustry' : 'ordinaryIndustrial';
};

/** The two-part tariff (两部制电价) applies to large industry: its basic charge is what suspensions and violations touch. */
export const isTwoPartTariff = (category: TariffCategory | undefined): boolean => category === 'largeIndustry';
