import { applyDecorators } from '@nestjs/common';
import { MAX_LIST_ITEMS } from './nested.js';
import { ArrayMaxSize, IsArray, IsString, Length, Matches, type ValidationOptions } from 'class-validator';

export const FREE_TEXT_MIN_LENGTH = 1;
export const FREE_TEXT_MAX_LENGTH = 2000;

/** OpenAPI schema facets matching {@link FreeText}; spread into `@ApiProperty`. */
export const FREE_TEXT_SCHEMA = { type: String, minLength: FREE_TEXT_MIN_LENGTH, maxLength: FREE_TEXT_MAX_LENGTH } as const;

/**
 * API.md: every field without another type is free text of 1–2,000 characters. A blank string is refused too:
 * a record such as an opinion or a reason made only of spaces says nothing and would still be kept forever.
 */
export const FreeText = (options?: ValidationOptions): PropertyDecorator =>
  applyDecorators(
    IsString(options),
    Length(FREE_TEXT_MIN_LENGTH, FREE_TEXT_MAX_LENGTH, options),
    Matches(/\S/, { ...options, message: '$property must not be blank' }),
  );

/** A list of free-text entries (defects, opinions, items checked), at most `maxItems` long. */
export const FreeTextList = (maxItems = MAX_LIST_ITEMS): PropertyDecorator =>
  applyDecorators(IsArray(), ArrayMaxSize(maxItems), FreeText({ each: true }));
