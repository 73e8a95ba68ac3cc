import { applyDecorators } from '@nestjs/common';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsObject, ValidateNested } from 'class-validator';

export const MAX_LIST_ITEMS = 100;

/**
 * A nested object validated by its own DTO class. `@IsObject()` refuses an array where one object is expected (which
 * `@ValidateNested()` alone would accept, validating each element) and a scalar (which it only reports vaguely).
 */
export const NestedObject = (type: () => new () => object): PropertyDecorator =>
  applyDecorators(IsObject(), ValidateNested(), Type(type));

/** A list of nested objects, each validated by `type`, at most `maxItems` long. */
export const NestedList = (type: () => new () => object, maxItems = MAX_LIST_ITEMS): PropertyDecorator =>
  applyDecorators(IsArray(), ArrayMaxSize(maxItems), IsObject({ each: true }), ValidateNested({ each: true }), Type(type));
