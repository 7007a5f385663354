import { int, Invalid, map, matching, object, optional, str, union, type OptionalSchema, type Schema } from './validator.js';

/** The building blocks of the provider schemas: lenient optional fields, enums with defaults, amounts. */

export function warn(message: string): void {
  console.warn(`[xpay-checkout] ${message}`);
}

/** Absent, null or mistyped: the field is treated as missing (with a warning when mistyped). */
export function lenient<T>(schema: Schema<T>, name: string): OptionalSchema<T | null> {
  return optional((input, path) => {
    if (input === null) return null;
    try {
      return schema(input, path);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      warn(`ignoring malformed "${name}" in the session`);
      return null;
    }
  });
}

/**
 * An enum whose unknown values fall back to its default (with a warning), as the contract
 * asks. It must still be a string: a missing required enum fails the session.
 */
export function enumWithDefault<const T extends readonly [string, ...string[]]>(values: T, name: string): Schema<T[number]> {
  return map(str, (value): T[number] => {
    if ((values as readonly string[]).includes(value)) return value;
    warn(`unknown ${name} "${value}", using "${values[0]}"`);
    return values[0];
  });
}

/** An optional enum: absent or null reads as its default, silently. */
export function optionalEnum<const T extends readonly [string, ...string[]]>(values: T, name: string): Schema<T[number]> {
  const known = enumWithDefault(values, name);
  return (input, path) => known(input ?? values[0], path);
}

/** Provider amounts in `paymentMethodTypes` arrive as strings of minor units. */
export const amountLike = map(union(int, matching(/^\d+$/)), Number);

export const address = object({
  line1: lenient(str, 'address.line1'),
  line2: lenient(str, 'address.line2'),
  city: lenient(str, 'address.city'),
  state: lenient(str, 'address.state'),
  postalCode: lenient(str, 'address.postalCode'),
  country: lenient(str, 'address.country'),
});
