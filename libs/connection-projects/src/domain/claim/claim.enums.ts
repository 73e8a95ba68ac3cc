/** 家用电器 classes of seed 002 (居民家用电器损坏处理办法), each with its useful life in years (SPEC §8). */
export const APPLIANCE_CATEGORIES = ['electronic', 'motor', 'heating', 'lighting'] as const;
export type ApplianceCategory = (typeof APPLIANCE_CATEGORIES)[number];

/** 电子类 10 years, 电机类 12, 电阻电热类 5, 照明类 2: the life over which an appliance depreciates. */
export const APPLIANCE_LIFE_YEARS: Readonly<Record<ApplianceCategory, number>> = { electronic: 10, motor: 12, heating: 5, lighting: 2 };

/** Where a claim stands: filed, investigated, settled, in that order and once each (SPEC §8). */
export const CLAIM_STEPS = ['filed', 'investigated', 'settled'] as const;
export type ClaimStep = (typeof CLAIM_STEPS)[number];

/**
 * How an appliance's compensation was reached (SPEC §8), recorded with it so that the amount can be explained:
 * the utility not liable; the repair cost; the invoice price, bought within six months; the depreciated invoice price;
 * or the floor of 10 % of it.
 */
export const COMPENSATION_BASES = ['notLiable', 'repairCost', 'boughtWithinSixMonths', 'depreciated', 'minimumShare'] as const;
export type CompensationBasis = (typeof COMPENSATION_BASES)[number];
