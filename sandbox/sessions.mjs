// @ts-check
// The session module's public face, for code outside the sandbox's routes (Storybook's
// fixtures build sessions with it). Its types, and every other sandbox type, are in
// sessions.d.mts.
export { MERCHANT_ID, buildCustomFields, buildSession, emptyAddress } from './session-factory.mjs';
export { recompute } from './session-pricing.mjs';
export { applyPatch, applyPromotion, assertOpen, removePromotion, withoutUnchangedImmutables } from './session-commands.mjs';
