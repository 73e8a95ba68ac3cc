import { applyDecorators } from '@nestjs/common';
import { IsString, Length, Matches, type ValidationOptions } from 'class-validator';

export const ID_MAX_LENGTH = 200;
/** Ids become stream names (`project-<id>`) and URL segments: a conservative charset keeps both unambiguous. */
export const ID_PATTERN = /^[A-Za-z0-9._:-]+$/;

export const ID_SCHEMA = { type: String, minLength: 1, maxLength: ID_MAX_LENGTH, pattern: ID_PATTERN.source } as const;

export const isIdentifier = (value: unknown): value is string =>
  typeof value === 'string' && value.length >= 1 && value.length <= ID_MAX_LENGTH && ID_PATTERN.test(value);

export const IsIdentifier = (options?: ValidationOptions): PropertyDecorator =>
  applyDecorators(
    IsString(options),
    Length(1, ID_MAX_LENGTH, options),
    Matches(ID_PATTERN, { ...options, message: '$property may contain only letters, digits and . _ : -' }),
  );
