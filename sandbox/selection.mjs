// @ts-check
// What the customer is paying with, which a pass-through session's fee follows: chosen with the
// selection endpoint while the form is filled in, then settled by the confirm from the method it
// actually sends (for a card, its token's brand and issuing country), before anything is charged.
import { HttpError } from './http.mjs';
import { formatMoney } from './pricing.mjs';
import { limitRefusal, offeredMethod } from './method-rules.mjs';
import { endStaleStep } from './local-methods.mjs';
import { priceWith, recompute } from './session-pricing.mjs';

/**
 * @typedef {import('./sessions.mjs').SessionRecord} SessionRecord
 * @typedef {import('./sessions.mjs').Selection} Selection
 * @typedef {import('zod').output<typeof import('./client-schemas.mjs').confirmSchema>} ConfirmBody
 */

/** What settling a selection can change that the customer sees: the total, the fee, a waiting step. */
const shown = (/** @type {import('./sessions.mjs').Session} */ session) =>
  JSON.stringify([session.amountTotal, session.fees, session.paymentIntent?.nextAction ?? null]);

/**
 * The selection endpoint: refused, it changes nothing. A card brand the session already knows
 * from a token keeps the token's country, so re-sending the brand does not undo what the token said.
 * @param {SessionRecord} record
 * @param {{ paymentMethodType: string, cardBrand?: string | null }} body
 */
export function applySelection(record, { paymentMethodType, cardBrand }) {
  const { session, config } = record;
  const method = offeredMethod(session, paymentMethodType);
  if (!method) {
    throw new HttpError(400, 'parameter_invalid', `${paymentMethodType} is not available for this session.`, { param: 'paymentMethodType' });
  }
  const known = config.selection.card;
  const card = paymentMethodType === 'card' && cardBrand ? { brand: cardBrand, country: known?.brand === cardBrand ? known.country : null } : null;
  /** @type {Selection} */
  const selection = { paymentMethodType, card };
  const refusal = limitRefusal(method, priceWith(record, selection).amounts.amountTotal, session.currency, 'paymentMethodType');
  if (refusal) throw refusal;
  config.selection = selection;
  recompute(record);
}

/**
 * The selection a confirm's method stands for; null when the confirm will be refused for its
 * method anyway (not offered, an unusable token), which then changes nothing.
 * @param {SessionRecord} record
 * @param {ConfirmBody['paymentMethod']} pm
 * @returns {Selection | null}
 */
function confirmedSelection(record, pm) {
  if (!pm || !offeredMethod(record.session, pm.type)) return null;
  if (pm.type !== 'card') return { paymentMethodType: pm.type, card: null };
  const stored = pm.id === undefined ? undefined : record.paymentMethods.get(pm.id);
  if (!stored || stored.used) return null;
  return { paymentMethodType: 'card', card: { brand: stored.card.brand, country: stored.card.country } };
}

/**
 * Settles the selection from the confirm's method, then holds the confirm to the total the
 * customer was shown: another total is 409 amount_changed, nothing charged, the card token left
 * unused, and the session (event stream included) shows the new total.
 * @param {SessionRecord} record
 * @param {import('./store.mjs').Store} store
 * @param {ConfirmBody} body
 */
export function settleForConfirm(record, store, { paymentMethod, expectedAmountTotal }) {
  const { session, config } = record;
  const feeBefore = session.fees?.totalAmount ?? 0;
  const selection = confirmedSelection(record, paymentMethod);
  if (selection) {
    const before = shown(session);
    config.selection = selection;
    recompute(record);
    // Even if the body is then refused, a code or reference for the other method is void now.
    endStaleStep(record);
    if (shown(session) !== before) store.commit(record);
  }
  if (expectedAmountTotal === undefined || expectedAmountTotal === session.amountTotal) return;
  // Name the fee when it is what moved, so the customer knows why.
  const fee = (session.fees?.totalAmount ?? 0) !== feeBefore ? priceWith(record, config.selection).rule?.label : undefined;
  const total = formatMoney(session.amountTotal, session.currency, { grouped: true });
  throw new HttpError(409, 'amount_changed', `The total is now ${total}${fee ? `: ${fee}` : ''}.`, { extra: { amountTotal: session.amountTotal } });
}
