import { addMonthsClamped } from '../calendar/index.js';
import { productInFen, shareInFen, yuanOf } from '../account/decimal.js';
import { APPLIANCE_LIFE_YEARS } from './claim.enums.js';
import type { ApplianceCompensation, ApplianceFinding, ClaimedAppliance } from './claim.values.js';

/** SPEC §8: bought within this many months before the damage, an appliance is paid at its invoice price. */
export const FULL_PRICE_MONTHS = 6;
/** SPEC §8: a depreciated appliance is never paid less than this share of its invoice price (per mille: 10 %). */
const MINIMUM_SHARE_PER_MILLE = 100;

/** Whole months from `from` to `to` (month arithmetic as SPEC §5: Jan 31 + 1 month is Feb 28/29). */
export const wholeMonthsBetween = (from: string, to: string): number => {
  let months = 0;
  while (addMonthsClamped(from, months + 1) <= to) months++;
  return months;
};

/**
 * SPEC §8, per appliance: not liable → 0; repairable → the repair cost; bought on or after `damagedOn` − 6 months →
 * the invoice price; else the invoice price × (1 − months used ÷ (life × 12)), never below 10 % of it. Amounts in fen,
 * each rounded half-up once.
 */
export const compensationOf = (
  appliance: ClaimedAppliance,
  finding: ApplianceFinding,
  utilityLiable: boolean,
  damagedOn: string,
): { fen: bigint; compensation: Omit<ApplianceCompensation, 'compensation'> } => {
  const { name } = appliance;
  if (!utilityLiable) return { fen: 0n, compensation: { name, basis: 'notLiable' } };
  if (finding.repairable) return { fen: productInFen(finding.repairCost ?? 0), compensation: { name, basis: 'repairCost' } };
  if (appliance.purchasedOn >= addMonthsClamped(damagedOn, -FULL_PRICE_MONTHS)) {
    return { fen: productInFen(appliance.invoicePrice), compensation: { name, basis: 'boughtWithinSixMonths' } };
  }
  const lifeYears = APPLIANCE_LIFE_YEARS[appliance.category];
  const lifeMonths = lifeYears * 12;
  const monthsUsed = wholeMonthsBetween(appliance.purchasedOn, damagedOn);
  const depreciated = shareInFen(appliance.invoicePrice, Math.max(0, lifeMonths - monthsUsed), lifeMonths);
  const floor = shareInFen(appliance.invoicePrice, MINIMUM_SHARE_PER_MILLE, 1000);
  return depreciated >= floor
    ? { fen: depreciated, compensation: { name, basis: 'depreciated', monthsUsed, lifeYears } }
    : { fen: floor, compensation: { name, basis: 'minimumShare', monthsUsed, lifeYears } };
};

/** The settlement: each appliance's compensation, in the claim's order, and their total, in yuan. */
export const settlementOf = (
  appliances: readonly ClaimedAppliance[],
  findings: readonly ApplianceFinding[],
  utilityLiable: boolean,
  damagedOn: string,
): { appliances: ApplianceCompensation[]; total: number } => {
  const each = appliances.map((appliance, i) => compensationOf(appliance, findings[i]!, utilityLiable, damagedOn));
  const total = each.reduce((sum, { fen }) => sum + fen, 0n);
  return {
    appliances: each.map(({ fen, compensation }) => ({ ...compensation, compensation: yuanOf(fen) })),
    total: yuanOf(total),
  };
};
