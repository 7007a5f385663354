// Provider strings are any length: a 10,000-character token without a space, wherever the
// session puts one, wraps inside the widget instead of widening it (and the merchant's page).
// The session is a real sandbox session; its load answers get the long string in place (see
// rewriteSessionLoads: the sandbox caps names, and its method names and codes are fixed).
import { expect, fixtureCleanup } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { CheckoutHarness, shadow } from '../support/checkout.js';
import { paymentForm } from '../support/form.js';
import { clientRequest, createSession } from '../support/sandbox.js';
import { deepElements, FULL_SESSION, overflowing, pageOverflow, payButtonInView, rewriteSessionLoads, settled } from './layout-support.js';

const LONG = 'W'.repeat(10_000);

interface Case {
  /** Puts LONG where a provider would. */
  patch: (session: Record<string, any>) => void;
  /** What the customer does first so the string shows (a selection, a choice). */
  prepare?: (checkout: CheckoutHarness) => Promise<void>;
}

const CASES: Record<string, Case> = {
  'the merchant name': {
    patch: (session) => void (session.merchantName = LONG),
  },
  "a line item's name": {
    patch: (session) => void (session.lineItems[0].description = LONG),
  },
  // The methods the widget knows take their names from the catalogs; the provider names any other.
  "a payment method's displayName (radio and note)": {
    patch: (session) =>
      void session.paymentMethodTypes.push({ type: 'bank_transfer', displayName: LONG, category: 'bank_transfer', requiredCustomerFields: [], paymentConfirmation: 'immediate' }),
    // A method without fields of its own names itself again in the note under the choice.
    prepare: async (checkout) => {
      const form = await paymentForm(checkout.element);
      shadow(form).querySelector<HTMLInputElement>('input[type="radio"][value="bank_transfer"]')!.click();
      await form.updateComplete;
    },
  },
  "a custom field's label": {
    patch: (session) => void (session.customFields[0].label = LONG),
  },
  'a dropdown option, chosen': {
    patch: (session) => void (session.customFields[2].dropdownOptions[0].label = LONG),
    prepare: (checkout) => checkout.fill('customFields.delivery_slot', 'morning'),
  },
  'a promotion code, applied': {
    patch: (session) => void (session.discounts[0].promotionCodeCode = LONG),
  },
};

async function checkFits(checkout: CheckoutHarness, at: string): Promise<void> {
  await settled();
  expect(pageOverflow(), `${at}: the page does not scroll sideways`).to.be.at.most(0);
  expect(overflowing(checkout.element), `${at}: nothing sticks out of the widget`).to.deep.equal([]);
  const pay = await payButtonInView(checkout.element);
  expect(pay.inside, `${at}: the pay button is wholly in view`).to.equal(true);
}

/** Where the long string shows: the elements whose own text holds it, and a closed select that has it chosen. */
function showing(checkout: CheckoutHarness): Element[] {
  return [...deepElements(shadow(checkout.element))].filter((element) =>
    element instanceof HTMLSelectElement
      ? element.selectedOptions[0]?.label === LONG
      : !(element instanceof HTMLOptionElement) && [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.includes(LONG)),
  );
}

describe('layout: provider strings of any length wrap', () => {
  let restore: () => void = () => {};
  afterEach(async () => {
    restore();
    fixtureCleanup();
    document.querySelectorAll('body > xpay-checkout').forEach((element) => element.remove());
    await setViewport({ width: 800, height: 600 });
  });

  for (const [name, { patch, prepare }] of Object.entries(CASES)) {
    it(`${name}, at 320 and 1280 px`, async function () {
      this.timeout(20000);
      // No event stream: every session the widget sees comes through the patched load.
      const session = await createSession({ ...FULL_SESSION, sandbox: { eventStream: false } });
      await clientRequest('POST', `/checkout/sessions/${session.id}/client/promotion-code`, session.clientSecret, { code: 'WELCOME10' });
      restore = rewriteSessionLoads(session.id, patch);
      await setViewport({ width: 320, height: 800 });
      const checkout = CheckoutHarness.mount({ clientSecret: session.clientSecret, pollInterval: 60_000 });
      await checkout.state('open');
      await prepare?.(checkout);
      await (await paymentForm(checkout.element)).updateComplete;
      const shown = showing(checkout);
      expect(shown.length, 'the long string is on screen').to.be.greaterThan(0);
      for (const width of [320, 1280]) {
        await setViewport({ width, height: 800 });
        await checkFits(checkout, `${width} px`);
        for (const element of shown) expect(element.getBoundingClientRect().height, `${element.localName} shows it`).to.be.greaterThan(0);
      }
    });
  }

  it('a seven-digit amount in Russian, with its no-break spaces, fits a 320 px phone (every submit type)', async function () {
    this.timeout(30000);
    await setViewport({ width: 320, height: 800 });
    for (const submitType of ['PAY', 'BOOK', 'DONATE', 'ORDER', 'SUBSCRIBE']) {
      const session = await createSession({
        ...FULL_SESSION,
        locale: 'ru',
        currency: 'KWD',
        submitType,
        lineItems: [{ price: { unitAmount: 1_234_567, productName: 'Кофейная чашка ручной работы' }, quantity: 1, adjustableQuantity: { enabled: true, maximum: 10 } }],
      });
      const checkout = CheckoutHarness.mount({ clientSecret: session.clientSecret });
      await checkout.state('open');
      await checkFits(checkout, submitType);
      checkout.remove();
    }
  });
});
