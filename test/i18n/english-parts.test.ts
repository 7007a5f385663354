import { expect } from '@open-wc/testing';
import { en, english } from '../../src/i18n/en.js';
import { enLocalMethods } from '../../src/i18n/en-local-methods.js';
import { enPayment } from '../../src/i18n/en-payment.js';
import { CheckoutHarness, shadow } from '../support/checkout.js';
import { confirm, confirmBody, createSession, expireSession } from '../support/sandbox.js';
import { captureWarningsPerTest } from '../support/spies.js';

// A page of its own that never loads the payment or local-methods code until the last test: what
// the core renders must be said entirely by the core's English.
describe('English in parts (src/i18n/en.ts)', () => {
  const warnings = captureWarningsPerTest();
  const missing = () => warnings.filter((warning) => warning.includes('message in the'));

  it('the three parts share no key', () => {
    const keys = [en, enPayment, enLocalMethods].flatMap((part) => Object.keys(part));
    expect(new Set(keys).size).to.equal(keys.length);
  });

  it('an expired, a paid and a refused session speak only the core’s English', async () => {
    const expired = await createSession({ cancelUrl: 'https://shop.example/cart' });
    await expireSession(expired.id);
    const paid = await createSession();
    await confirm(paid, await confirmBody(paid));
    for (const [clientSecret, state] of [
      [expired.clientSecret, 'expired'],
      [paid.clientSecret, 'complete'],
      ['cs_missing_secret_nope', 'error'],
    ]) {
      const harness = CheckoutHarness.mount({ clientSecret });
      await harness.state(state);
      expect(shadow(harness.element).textContent!.trim(), state).to.not.equal('');
      harness.remove();
    }
    expect(customElements.get('xpay-payment-form') === undefined, 'no payment code fetched').to.equal(true);
    expect(Object.keys(english).sort()).to.deep.equal(Object.keys(en).sort());
    expect(missing()).to.deep.equal([]);
  });

  it('an open session brings the form’s words with its chunk', async () => {
    const harness = CheckoutHarness.mount({ clientSecret: (await createSession()).clientSecret });
    await harness.state('open');
    expect(english['pay.PAY']).to.equal(enPayment['pay.PAY']);
    expect(missing()).to.deep.equal([]);
    harness.remove();
  });
});
