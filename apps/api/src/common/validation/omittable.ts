import { ValidateIf, type ValidationOptions } from 'class-validator';

/**
 * Like `@IsOptional()`, but only an absent property is skipped: an explicit `null` is still validated and so refused
 * as a wrong type. The domain then never sees `null` where the contract says "optional".
 */
export const Omittable = (options?: ValidationOptions): PropertyDecorator =>
  ValidateIf((_object, value) => value !== undefined, options);
