import type { ValidatorOptions } from 'class-validator';

/**
 * API.md: unknown body fields (at any depth) are 400 `VALIDATION_FAILED`, like wrong types. The same options serve the
 * ValidationPipe and the DTO specs, so what the specs prove is what the server does. `forbidUnknownValues` also refuses
 * a body that is not an object of the DTO's class (e.g. a JSON array).
 */
export const VALIDATOR_OPTIONS = {
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
  validationError: { target: false, value: false },
} as const satisfies ValidatorOptions;
