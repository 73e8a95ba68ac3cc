import { Param, type PipeTransform } from '@nestjs/common';
import { isIdentifier } from '../common/validation/identifier.js';
import { ValidationFailedException } from '../problem/validation-failed.exception.js';

class CustomerIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!isIdentifier(value)) {
      throw new ValidationFailedException([{ field: 'customerId', message: 'must be 1–200 characters [A-Za-z0-9._:-]' }]);
    }
    return value;
  }
}

/** The `:customerId` path parameter, checked like the customer id of an application body. */
export const CustomerId = () => Param('customerId', new CustomerIdPipe());
