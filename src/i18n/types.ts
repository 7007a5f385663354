/** A plural message picks its form by `Intl.PluralRules` for the `count` parameter. */
export type PluralMessage = { other: string } & Partial<Record<Exclude<Intl.LDMLPluralRule, 'other'>, string>>;
export type Message = string | PluralMessage;
export type MessageParams = Record<string, string | number>;
