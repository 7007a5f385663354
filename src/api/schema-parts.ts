import * as z from 'zod/mini';

/** The building blocks of the provider schemas: lenient optional fields, enums with defaults, amounts. */

export function warn(message: string): void {
  console.warn(`[xpay-checkout] ${message}`);
}

/**
 * Absent, null or mistyped: the field is treated as missing (with a warning when mistyped).
 * Written as a transform over a nested parse because `z.catch` drags ~5 KB more of zod core
 * into the bundle.
 */
export function lenient<T extends z.ZodMiniType>(schema: T, name: string) {
  return z.optional(
    z.pipe(
      z.unknown(),
      z.transform((input): z.output<T> | null => {
        if (input === undefined || input === null) return null;
        const result = schema.safeParse(input);
        if (result.success) return result.data;
        warn(`ignoring malformed "${name}" in the session`);
        return null;
      }),
    ),
  );
}

/**
 * An enum whose unknown values fall back to its default (with a warning), as the contract
 * asks. It must still be a string: a missing required enum fails the session.
 */
export function enumWithDefault<const T extends readonly [string, ...string[]]>(values: T, name: string) {
  return z.pipe(
    z.string(),
    z.transform((value): T[number] => {
      if ((values as readonly string[]).includes(value)) return value;
      warn(`unknown ${name} "${value}", using "${values[0]}"`);
      return values[0];
    }),
  );
}

/** An optional enum: absent or null reads as its default, silently. */
export function optionalEnum<const T extends readonly [string, ...string[]]>(values: T, name: string) {
  return z.pipe(
    z.pipe(z.optional(z.nullable(z.string())), z.transform((value): string => value ?? values[0])),
    enumWithDefault(values, name),
  );
}

export const int = z.number().check(z.refine(Number.isSafeInteger));
export const str = z.string();
/** Provider amounts in `paymentMethodTypes` arrive as strings of minor units. */
export const amountLike = z.pipe(
  z.union([int, z.string().check(z.regex(/^\d+$/))]),
  z.transform((value) => Number(value)),
);

export const address = z.object({
  line1: lenient(str, 'address.line1'),
  line2: lenient(str, 'address.line2'),
  city: lenient(str, 'address.city'),
  state: lenient(str, 'address.state'),
  postalCode: lenient(str, 'address.postalCode'),
  country: lenient(str, 'address.country'),
});

