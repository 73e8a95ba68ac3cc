import type { ValidationOptions } from 'class-validator';
import { checkCreditCode } from './credit-code.js';
import { defineValidator } from './define-validator.js';
import { checkResidentId } from './resident-id.js';

/**
 * SPEC §3.1: which identity document a customer's `idNumber` is depends on the customer's `kind`: an individual's is a
 * resident ID (GB 11643), an organisation's a unified social credit code (GB 32100). An unknown kind is left to the
 * kind's own validator, so the client gets one error for one mistake.
 */
export const IsIdNumberForKind = (kindProperty = 'kind', options?: ValidationOptions): PropertyDecorator =>
  defineValidator('isIdNumberForKind', (value, args) => {
    const kind = (args.object as Record<string, unknown>)[kindProperty];
    if (kind === 'individual') {
      const verdict = checkResidentId(value);
      return verdict === true ? true : `${verdict} (an individual's idNumber is a resident ID)`;
    }
    if (kind === 'organisation') {
      const verdict = checkCreditCode(value);
      return verdict === true ? true : `${verdict} (an organisation's idNumber is a unified social credit code)`;
    }
    return typeof value === 'string' ? true : 'must be a string';
  })(options);
