/**
 * Exact decimal arithmetic for money (SPEC §7.3: yuan, rounded half-up to the fen). Inputs are the decimals a client
 * wrote (0.3527 yuan/kWh, 28.5 yuan/kVA-month): multiplied as scaled integers, so 0.1005 × 10 is 1.005 exactly and
 * rounds to 1.01, where binary floating point would give 1.00.
 */
interface Scaled {
  int: bigint;
  scale: number;
}

const scaledOf = (n: number): Scaled => {
  if (!Number.isFinite(n)) throw new RangeError(`Not a finite number: ${n}`);
  let text = Math.abs(n).toString();
  if (/e/i.test(text)) text = Math.abs(n).toFixed(20).replace(/0+$/, '').replace(/\.$/, '');
  const [whole = '0', fraction = ''] = text.split('.');
  const int = BigInt(whole + fraction);
  return { int: n < 0 ? -int : int, scale: fraction.length };
};

/** The exact product of the factors, as a scaled integer. */
const productOf = (factors: readonly number[]): Scaled =>
  factors.map(scaledOf).reduce((product, s) => ({ int: product.int * s.int, scale: product.scale + s.scale }), { int: 1n, scale: 0 });

/** numerator ÷ denominator (denominator > 0), rounded half-up: away from zero on a half. */
const roundedQuotient = (numerator: bigint, denominator: bigint): bigint => {
  const negative = numerator < 0n;
  const magnitude = negative ? -numerator : numerator;
  const rounded = (magnitude * 2n + denominator) / (2n * denominator);
  return negative ? -rounded : rounded;
};

/** The product of the factors in fen, rounded half-up (away from zero on a half). */
export const productInFen = (...factors: number[]): bigint => {
  const { int, scale } = productOf(factors);
  return roundedQuotient(int * 100n, 10n ** BigInt(scale));
};

/**
 * `amount` × `numerator` ÷ `denominator` in fen, rounded half-up once, at the end: a share of a price (SPEC §8: the
 * depreciated value, invoice price × (life − months used) ÷ life) with no rounding of the fraction on the way.
 */
export const shareInFen = (amount: number, numerator: number, denominator: number): bigint => {
  if (!Number.isInteger(denominator) || denominator <= 0) throw new RangeError(`Not a positive whole denominator: ${denominator}`);
  const { int, scale } = productOf([amount, numerator]);
  return roundedQuotient(int * 100n, 10n ** BigInt(scale) * BigInt(denominator));
};

/** Money as clients write it: yuan with at most two decimals (API.md). */
export const hasAtMostTwoDecimals = (n: number): boolean => Math.abs(Math.round(n * 100) - n * 100) < 1e-6;

/** Fen as a number of yuan (at most two decimals). */
export const yuanOf = (fen: bigint): number => Number(fen) / 100;

/** Millionths, to add and compare capacities (kW/kVA with a few decimals) without floating-point drift. */
export const micros = (n: number): number => Math.round(n * 1_000_000);
