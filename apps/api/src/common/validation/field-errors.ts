import type { ValidationError } from 'class-validator';

/** One entry of the problem+json `errors` array (API.md): the property path and what is wrong with it. */
export interface FieldError {
  field: string;
  message: string;
}

/**
 * Flattens class-validator's error tree into `{ field, message }` with dotted paths (`customer.idNumber`,
 * `suppliers.0.selectedBy`), one entry per failed constraint, in the order the validator reported them.
 */
export const toFieldErrors = (errors: readonly ValidationError[], parentPath = ''): FieldError[] =>
  errors.flatMap((error) => {
    const field = parentPath ? `${parentPath}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
