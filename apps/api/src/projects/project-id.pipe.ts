import { Param, type PipeTransform } from '@nestjs/common';
import { ValidationFailedException } from '../problem/validation-failed.exception.js';

export const PROJECT_ID_PATTERN = /^[A-Za-z0-9._:-]{1,200}$/;

export class ProjectIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!PROJECT_ID_PATTERN.test(value)) {
      throw new ValidationFailedException([{ field: 'id', message: 'must be 1–200 characters [A-Za-z0-9._:-]' }]);
    }
    return value;
  }
}

/** The `:id` path parameter, checked like any other input. */
export const ProjectId = () => Param('id', new ProjectIdPipe());
