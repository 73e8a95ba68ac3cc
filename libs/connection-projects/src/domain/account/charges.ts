import { daysBetween, yearOf } from '../calendar/index.js';
import { isTwoPartTariff, type TariffCategory, type ViolationKind } from './account.enums.js';
import { productInFen, yuanOf } from './decimal.js';

/** SPEC §7.3 电费违约金: the days after `dueDate` up to and including `paidOn`. */
export const daysLate = (dueDate: string, paidOn: string): number => Math.max(0, daysBetween(dueDate, paidOn));

/** The late days that fall in `dueDate`'s calendar year (charged 0.2 %/day to non-residential accounts). */
const daysLateInDueYear = (dueDate: string, paidOn: string): number => {
  const lastOfYear = `${yearOf(dueDate)}-12-31`;
  return Math.max(0, daysBetween(dueDate, paidOn < lastOfYear ? paidOn : lastOfYear));
};

/** The minimum late-payment charge, in fen: 1 yuan. */
const MINIMUM_CHARGE_FEN = 100n;

/**
 * SPEC §7.3: residential 0.1 % of the amount due per day; others 0.2 % per day in `dueDate`'s year and 0.3 % per day
 * in later years; at least 1 yuan; the total rounded half-up to the fen (per mille-days × amount, exactly).
 */
export const latePaymentCharge = (
  category: TariffCategory | undefined,
  amountDue: number,
  dueDate: string,
  paidOn: string,
): { daysLate: number; charge: number } => {
  const late = daysLate(dueDate, paidOn);
  const inDueYear = daysLateInDueYear(dueDate, paidOn);
  const perMilleDays = category === 'residential' ? late : 2 * inDueYear + 3 * (late - inDueYear);
  const fen = productInFen(amountDue, perMilleDays, 0.001);
  return { daysLate: late, charge: yuanOf(fen > MINIMUM_CHARGE_FEN ? fen : MINIMUM_CHARGE_FEN) };
};

export interface ViolationInputs {
  capacity?: number;
  basicChargeRate?: number;
  months?: number;
  priceDifference?: number;
  energy?: number;
}

/** The inputs each kind needs (SPEC §7.3 table), for the account's tariff: checked before anything is computed. */
export const violationInputsNeeded = (kind: ViolationKind, category: TariffCategory | undefined): (keyof ViolationInputs)[] => {
  switch (kind) {
    case 'privateCapacityIncrease':
    case 'suspendedEquipmentUsed':
      return isTwoPartTariff(category) ? ['capacity', 'basicChargeRate', 'months'] : ['capacity'];
    case 'meteringTampering':
      return [];
    case 'unauthorisedSource':
      return ['capacity'];
    case 'tariffMisuse':
      return ['priceDifference', 'energy'];
  }
};

/** Penalty multiples of the back charge (two-part tariff) and per-kW/kVA penalties otherwise (SPEC §7.3). */
const BACK_CHARGE_MULTIPLE: Record<'privateCapacityIncrease' | 'suspendedEquipmentUsed', bigint> = {
  privateCapacityIncrease: 3n,
  suspendedEquipmentUsed: 2n,
};
const PER_CAPACITY_PENALTY: Record<'privateCapacityIncrease' | 'suspendedEquipmentUsed', number> = {
  privateCapacityIncrease: 50,
  suspendedEquipmentUsed: 30,
};

/**
 * SPEC §7.3 违约用电: back charge and penalty in yuan. A penalty that is a multiple of the back charge multiplies the back
 * charge as billed (already rounded to the fen), so the two amounts on the notice agree.
 */
export const violationCharges = (
  kind: ViolationKind,
  category: TariffCategory | undefined,
  inputs: ViolationInputs,
): { backCharge: number; penalty: number } => {
  const n = (value: number | undefined): number => value ?? 0;
  const charged = (backFen: bigint, penaltyFen: bigint) => ({ backCharge: yuanOf(backFen), penalty: yuanOf(penaltyFen) });
  switch (kind) {
    case 'privateCapacityIncrease':
    case 'suspendedEquipmentUsed': {
      if (isTwoPartTariff(category)) {
        const back = productInFen(n(inputs.capacity), n(inputs.basicChargeRate), n(inputs.months));
        return charged(back, back * BACK_CHARGE_MULTIPLE[kind]);
      }
      return charged(0n, productInFen(PER_CAPACITY_PENALTY[kind], n(inputs.capacity)));
    }
    case 'meteringTampering':
      return charged(0n, category === 'residential' ? 50_000n : 500_000n);
    case 'unauthorisedSource':
      return charged(0n, productInFen(500, n(inputs.capacity)));
    case 'tariffMisuse': {
      const back = productInFen(n(inputs.priceDifference), n(inputs.energy));
      return charged(back, back * 2n);
    }
  }
};

/** API.md: what a violation costs the customer, back charge plus penalty, added in fen (no binary-fraction drift). */
export const violationAmount = (backCharge: number, penalty: number): number => yuanOf(productInFen(backCharge) + productInFen(penalty));
