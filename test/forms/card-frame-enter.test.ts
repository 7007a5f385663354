// Through the whole checkout and the real cross-origin card frame: Enter in a card input is a
// press of pay, and the error summary leads back into the frame.
import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import type { SubmitDetail } from '../../src/components/payment-form/xpay-payment-form.js';
import { clickFrameField, frameOf, pressKey, readFrameState, typeCard } from '../support/card-frame.js';
import { mountCheckout, shadow, waitForState } from '../support/checkout.js';
import { cardInput, field, fill, fillCard, paymentForm } from '../support/form.js';
import { createSession } from '../support/sandbox.js';
import { spyOnFetch } from '../support/spies.js';

const EMAIL = 'customerDetails.email';

async function openCheckout() {
  const session = await createSession();
  const element = await mountCheckout({ clientSecret: session.clientSecret });
  await waitForState(element, 'open');
  await fill(element, EMAIL, 'enter@example.com');
  return element;
}

describe('Enter in the card frame, through the checkout', () => {
  afterEach(() => fixtureCleanup());

  it('submits the form from the card number, the expiry and the security code alike', async () => {
    const element = await openCheckout();
    await fillCard(element);
    const card = await cardInput(element);
    // Each submit is held back from the root (a capture listener above the form), so one session hears every press.
    const submits: SubmitDetail[] = [];
    shadow(element).addEventListener(
      'xpay-submit',
      (event) => {
        event.stopImmediatePropagation();
        submits.push((event as CustomEvent<SubmitDetail>).detail);
      },
      { capture: true },
    );
    for (const field of ['number', 'expiry', 'cvc'] as const) {
      await clickFrameField(field, frameOf(card));
      const before = submits.length;
      await pressKey('Enter');
      await waitUntil(() => submits.length === before + 1, `Enter in the ${field} input did not submit`);
    }
    expect(submits.map((detail) => detail.body)).to.deep.equal(
      Array.from({ length: 3 }, () => ({ customerDetails: { email: 'enter@example.com' }, paymentMethod: { type: 'card' }, expectedAmountTotal: element.shadowRoot!.querySelector('xpay-payment-form')!.session!.amountTotal })),
    );
  });

  it('with a card the frame refuses: focus on the card number, and the error summary’s card link leads back into the frame', async () => {
    const element = await openCheckout();
    await fillCard(element, '4242424242424241');
    const card = await cardInput(element);
    const form = await paymentForm(element);
    const spy = spyOnFetch();
    await clickFrameField('cvc', frameOf(card));
    await pressKey('Enter');
    await waitUntil(() => shadow(form).querySelector('.error-summary'), 'no error summary');
    const summary = shadow(form).querySelector<HTMLElement>('.error-summary')!;
    const focusedNumber = async () => {
      const frame = await readFrameState(frameOf(card));
      return frame.active === 'number' && frame.hasFocus;
    };
    await waitUntil(focusedNumber, 'focus on the invalid card number, the first field to fix');
    const links = [...summary.querySelectorAll('a')];
    expect(links.map((link) => link.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(['Your card number is invalid.']);
    spy.restore();
    expect(spy.calls.filter((call) => call.url.endsWith('/client/confirm'))).to.have.length(0);

    (await field(element, 'customerDetails.email')).focus();
    links[0].click();
    await waitUntil(focusedNumber, 'the link focuses the invalid card input');
    await typeCard(card, 'number', '4242424242424242', { replace: true });
    await form.updateComplete;
    expect(shadow(form).querySelector('.error-summary'), 'gone once the card is valid').to.equal(null);
  });
});
