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

/** The product of the factors in fen, rounded half-up (away from zero on a half). */
export const productInFen = (...factors: number[]): bigint => {
  let int = 1n;
  let scale = 0;
  for (const factor of factors) {
    const s = scaledOf(factor);
    int *= s.int;
    scale += s.scale;
  }
  const numerator = int * 100n;
  const denominator = 10n ** BigInt(scale);
  const negative = numerator < 0n;
  const magnitude = negative ? -numerator : numerator;
  const rounded = (magnitude * 2n + denominator) / (2n * denominator);
  return negative ? -rounded : rounded;
};

/** Fen as a number of yuan (at most two decimals). */
export const yuanOf = (fen: bigint): number => Number(fen) / 100;

/** Millionths, to add and compare capacities (kW/kVA with a few decimals) without floating-point drift. */
export const micros = (n: number): number => Math.round(n * 1_000_000);
