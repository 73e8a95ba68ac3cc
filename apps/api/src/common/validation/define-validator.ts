import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';

/**
 * Registers a property validator in one call. `validate` answers with `true` or with the reason it failed, so a
 * client learns which part of a value is wrong (length, check digit, birth date) and not only that it is wrong.
 */
export const defineValidator =
  (name: string, validate: (value: unknown, args: ValidationArguments) => true | string) =>
  (options?: ValidationOptions): PropertyDecorator =>
  (target, propertyName) => {
    const reasons = new WeakMap<object, string>();
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          const verdict = validate(value, args);
          if (verdict === true) return true;
          reasons.set(args.object, verdict);
          return false;
        },
        defaultMessage(args: ValidationArguments) {
          return `${args.property} ${reasons.get(args.object) ?? 'is invalid'}`;
        },
      },
    });
  };
