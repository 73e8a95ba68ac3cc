import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import { ValidationFailedException, type FieldError } from '../problem/validation-failed.exception.js';

/**
 * C0 controls other than tab and line breaks, DEL and C1 controls: nothing a person types into a record that is kept
 * forever, but what terminal escapes, log forging and NUL-truncation attacks are made of.
 */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** Refuses (400) a body whose strings or keys carry control characters; runs after the DTO checks, like them a shape check. */
@Injectable()
export class ControlCharactersPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type !== 'body' || !holdsControlCharacter(value)) return value;
    const errors: FieldError[] = [];
    // Iterative walk: the body's depth is bounded when it is read, but recursion is not needed anyway.
    const pending: [unknown, string][] = [[value, '']];
    while (pending.length > 0) {
      const [current, path] = pending.pop()!;
      if (typeof current === 'string' && CONTROL_CHARACTER.test(current)) {
        errors.push({ field: path || 'body', message: 'must not contain control characters' });
      } else if (current !== null && typeof current === 'object') {
        for (const [key, child] of Object.entries(current)) {
          const field = path ? `${path}.${key}` : key;
          if (CONTROL_CHARACTER.test(key)) errors.push({ field: field, message: 'property names must not contain control characters' });
          else pending.push([child, field]);
        }
      }
    }
    if (errors.length > 0) throw new ValidationFailedException(errors.sort((a, b) => a.field.localeCompare(b.field)));
    return value;
  }
}

/** The check alone, without the field paths only a refusal needs: what every valid body costs. */
function holdsControlCharacter(value: unknown): boolean {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const current = pending.pop();
    if (typeof current === 'string') {
      if (CONTROL_CHARACTER.test(current)) return true;
    } else if (current !== null && typeof current === 'object') {
      for (const key of Object.keys(current)) {
        if (CONTROL_CHARACTER.test(key)) return true;
        pending.push((current as Record<string, unknown>)[key]);
      }
    }
  }
  return false;
}
