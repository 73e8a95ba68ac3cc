import { applyDecorators } from '@nestjs/common';
import { ValidateIf } from 'class-validator';
import { defineValidator } from './define-validator.js';

type Condition = (object: Record<string, unknown>) => boolean;

const arrayNotEmptyWhen = (when: Condition, condition: string) =>
  defineValidator('arrayNotEmptyWhen', (value, args) => {
    if (!when(args.object as Record<string, unknown>)) return true;
    return Array.isArray(value) && value.length > 0 ? true : `must be a non-empty list when ${condition}`;
  });

/**
 * An array property that may be absent, except when `when(body)` holds: then it is required and non-empty, e.g. a
 * rejection's opinions given all at once (SPEC §3.4, 一次性书面意见) or a failed acceptance's defects (§3.8).
 * Use it INSTEAD of `@Omittable()` (class-validator ANDs every `ValidateIf` of a property); the element and size
 * validators of the property run whenever it is present.
 */
export const OmittableUnlessNonEmptyWhen = (when: Condition, condition: string): PropertyDecorator =>
  applyDecorators(
    ValidateIf((object, value) => value !== undefined || when(object as Record<string, unknown>)),
    arrayNotEmptyWhen(when, condition)(),
  );
