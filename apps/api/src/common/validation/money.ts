import { applyDecorators } from '@nestjs/common';
import { IsNumber, IsPositive, Max, Min } from 'class-validator';

/** Money in yuan (API.md): below a trillion. */
export const MAX_AMOUNT = 1e12;
/** A number as JSON can carry it: never NaN or ±Infinity. */
export const FINITE = { allowNaN: false, allowInfinity: false } as const;

/** An amount of money in yuan, at most two decimals (API.md); more than 0 unless `zeroAllowed` (a repair that cost nothing). */
export const IsYuan = ({ zeroAllowed = false }: { zeroAllowed?: boolean } = {}): PropertyDecorator =>
  applyDecorators(IsNumber({ ...FINITE, maxDecimalPlaces: 2 }), zeroAllowed ? Min(0) : IsPositive(), Max(MAX_AMOUNT));
