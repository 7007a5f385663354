import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SubmitDetail, XPayPaymentForm } from '../../src/components/payment-form/xpay-payment-form.js';
import { englishTranslator, loadTranslator } from '../../src/i18n/catalogs.js';
import { XPayInternalEvent } from '../../src/lib/events.js';
import { choose, control, description, leave, mountForm, payButton, stubCard, type } from './form-fixture.js';
import { DELIVERY_SLOT, testSession } from './session.js';

const EMAIL = 'customerDetails.email';
const NAME = 'customerDetails.name';
const SLOT = 'customFields.delivery_slot';

const fullSession = () =>
  testSession({
    nameCollection: true,
    phoneNumberCollection: true,
    billingAddressCollection: true,
    customFields: [{ key: 'gift_note', label: 'Gift note', type: 'TEXT', isOptional: true, maxCharacters: 20 }, DELIVERY_SLOT],
  });

/** Every xpay-submit the form dispatches, from now on. */
function recordSubmits(target: EventTarget): SubmitDetail[] {
  const details: SubmitDetail[] = [];
  target.addEventListener('xpay-submit', (event) => {
    if (event instanceof XPayInternalEvent) details.push(event.detail);
  });
  return details;
}

/** Presses pay and waits until the form has acted on the card's answer. */
async function pressPay(root: ShadowRoot): Promise<void> {
  payButton(root).click();
  await stubCard(root).lastValidation;
}

describe('<xpay-payment-form>', () => {
  afterEach(() => fixtureCleanup());

  it('renders nothing until a translator arrives through context', async () => {
    const form = await fixture<XPayPaymentForm>(html`<xpay-payment-form .session=${testSession()}></xpay-payment-form>`);
    expect(form.shadowRoot!.querySelector('form')).to.equal(null);
    const provider = document.createElement('test-translator-provider');
    form.parentElement!.append(provider);
    provider.append(form);
    await form.updateComplete;
    expect(form.shadowRoot!.querySelector('form')).to.not.equal(null);
  });

  it('follows the translator the context provides', async () => {
    const { form, root, provider } = await mountForm(testSession());
    expect(payButton(root).textContent!.trim()).to.match(/^Pay /);
    provider.translator = await loadTranslator(['fr']);
    await form.updateComplete;
    expect(payButton(root).textContent!.trim()).to.match(/^Payer /);
  });

  describe('when errors show', () => {
    it('leaving a malformed email shows its error before any submit', async () => {
      const { form, root } = await mountForm(fullSession());
      await type(form, EMAIL, 'not-an-email');
      // Still typing: nothing yet.
      expect(control(root, EMAIL).getAttribute('aria-invalid')).to.equal('false');
      await leave(form);
      const email = control(root, EMAIL);
      expect(email.getAttribute('aria-invalid')).to.equal('true');
      expect(description(email)).to.equal('Enter a valid email address, like name@example.com.');
      // Fields the customer has not reached stay quiet.
      expect(control(root, NAME).getAttribute('aria-invalid')).to.equal('false');
      expect(root.querySelectorAll('.error')).to.have.length(1);
      // Back in the field, the message follows the typing.
      await type(form, EMAIL, 'nadia@example.com');
      expect(control(root, EMAIL).getAttribute('aria-invalid')).to.equal('false');
    });

    it('a field the customer only passes through stays quiet', async () => {
      const { form, root } = await mountForm(fullSession());
      control(root, NAME).focus();
      await leave(form);
      expect(control(root, NAME).getAttribute('aria-invalid')).to.equal('false');
    });

    it('a prefilled value is judged at once', async () => {
      const { root } = await mountForm(testSession({ customerDetails: { email: 'prefilled@', name: null, phone: null } }));
      expect(control(root, EMAIL).getAttribute('aria-invalid')).to.equal('true');
    });
  });

  describe('submitting', () => {
    it('validates everything, says what each field needs, lists it in the error summary, focuses the first, and sends nothing', async () => {
      const { form, root } = await mountForm(fullSession());
      const submits = recordSubmits(form);
      await type(form, 'customFields.gift_note', 'x'.repeat(25));
      await leave(form);
      await pressPay(root);
      await form.updateComplete;
      expect(submits).to.have.length(0);
      expect(root.querySelector('.error-summary'), 'the error summary').to.exist;
      const email = control(root, EMAIL);
      await waitUntil(() => root.activeElement === email, 'focus on the first invalid field');
      expect(email.getAttribute('aria-invalid')).to.equal('true');
      expect(description(email)).to.equal('Enter your email address.');
      const messages = {
        [NAME]: 'Enter your full name.',
        'customerDetails.phone': 'Enter your phone number.',
        'customerDetails.billingDetails.address.line1': 'Enter your street address.',
        'customerDetails.billingDetails.address.city': 'Enter your city or town.',
        'customFields.gift_note': 'Use at most 20 characters.',
        [SLOT]: 'Choose an option for “Delivery slot”.',
      };
      for (const [name, message] of Object.entries(messages)) {
        expect(control(root, name).getAttribute('aria-invalid'), name).to.equal('true');
        expect(description(control(root, name)), name).to.equal(message);
      }
      // The card shows its own errors meanwhile, without taking focus.
      expect(stubCard(root).validateCalls.map((options) => options?.focus ?? false)).to.deep.equal([false]);
      await expect(form).to.be.accessible();
    });

    it('with every field valid and the card failing, the summary names the card and leads into it', async () => {
      const { form, root } = await mountForm(testSession());
      const submits = recordSubmits(form);
      const card = stubCard(root);
      card.valid = false;
      await type(form, EMAIL, 'card@example.com');
      await pressPay(root);
      await form.updateComplete;
      const summary = root.querySelector<HTMLElement>('.error-summary')!;
      // The card is the first (and only) field to fix: focus goes into it.
      await waitUntil(() => card.focusCalls === 1, 'focus into the card');
      const [link] = summary.querySelectorAll('a');
      expect(link.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Enter your card number.');
      control(root, EMAIL).focus();
      link.click();
      expect(card.focusCalls).to.equal(2);
      expect(root.activeElement === card, 'the link leads into the card').to.equal(true);
      expect(submits).to.have.length(0);
    });

    it('with nothing the summary can name (the card could not load), the card takes focus', async () => {
      const { form, root } = await mountForm(testSession());
      const card = stubCard(root);
      card.valid = false;
      card.invalidError = null;
      await type(form, EMAIL, 'card@example.com');
      await pressPay(root);
      await form.updateComplete;
      await waitUntil(() => root.activeElement === card, 'the card takes focus');
      expect(root.querySelector('.error-summary')).to.equal(null);
    });

    it('dispatches xpay-submit with the body and the card version, and no card data', async () => {
      const { form, root } = await mountForm(testSession({ nameCollection: true, customFields: [DELIVERY_SLOT] }));
      await type(form, EMAIL, ' nadia@example.com ');
      await type(form, NAME, 'Nadia Fawzy');
      await choose(form, SLOT, 'evening');
      const event = oneEvent(form, 'xpay-submit');
      payButton(root).click();
      const submitted = await event;
      expect(submitted).to.be.instanceOf(XPayInternalEvent);
      expect(submitted.bubbles).to.equal(true);
      expect(submitted.composed).to.equal(false);
      const detail = (submitted as XPayInternalEvent<SubmitDetail>).detail;
      expect(detail).to.deep.equal({
        body: {
          customerDetails: { email: 'nadia@example.com', name: 'Nadia Fawzy' },
          customFields: [{ key: 'delivery_slot', value: 'evening' }],
          paymentMethod: { type: 'card' },
          expectedAmountTotal: 150000,
        },
        cardVersion: 3,
      });
      expect(JSON.stringify(detail)).to.not.match(/number|cvc|expMonth|expYear|expiry|4242/i);
    });

    it('Enter in any input submits the form', async () => {
      const { form } = await mountForm(testSession({ nameCollection: true }));
      await type(form, EMAIL, 'enter@example.com');
      await type(form, NAME, 'Enter Key');
      const event = oneEvent(form, 'xpay-submit');
      await sendKeys({ press: 'Enter' });
      expect((await event).detail.body.customerDetails).to.deep.equal({ email: 'enter@example.com', name: 'Enter Key' });
    });

    it('Enter on the checkbox and on a payment method radio submits too; on a native select it does not', async () => {
      const session = testSession({
        billingAddressCollection: true,
        shippingAddressCollection: true,
        paymentMethodTypes: [{ type: 'card', displayName: 'Card' }, { type: 'wallet', displayName: 'Mobile wallet' }],
      });
      const { form, root } = await mountForm(session);
      await type(form, EMAIL, 'keys@example.com');
      for (const selector of ['input[type="checkbox"]', 'input[type="radio"]:checked']) {
        root.querySelector<HTMLInputElement>(selector)!.focus();
        const before = stubCard(root).validateCalls.length;
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => stubCard(root).validateCalls.length > before, `Enter on ${selector} did not submit`);
      }
      expect(root.querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked, 'Enter does not toggle the checkbox').to.equal(true);
      expect(control(root, 'customerDetails.billingDetails.address.country').tagName).to.equal('SELECT');
      const pressesBefore = stubCard(root).validateCalls.length;
      control(root, 'customerDetails.billingDetails.address.country').focus();
      await sendKeys({ press: 'Enter' });
      await form.updateComplete;
      expect(stubCard(root).validateCalls).to.have.length(pressesBefore);
    });

    it('Enter inside the card frame (xpay-card-submit) submits too', async () => {
      const { form, root } = await mountForm(testSession());
      await type(form, EMAIL, 'frame@example.com');
      const event = oneEvent(form, 'xpay-submit');
      stubCard(root).dispatchEvent(new XPayInternalEvent('xpay-card-submit', null));
      expect((await event).detail.cardVersion).to.equal(3);
    });

    it('a method other than card sends its type and no card version, without asking the card', async () => {
      const session = testSession({ paymentMethodTypes: [{ type: 'card', displayName: 'Card' }, { type: 'wallet', displayName: 'Mobile wallet' }] });
      const { form, root } = await mountForm(session);
      await type(form, EMAIL, 'wallet@example.com');
      root.querySelector<HTMLInputElement>('input[type="radio"][value="wallet"]')!.click();
      await form.updateComplete;
      expect(root.querySelector('xpay-card-input')).to.equal(null);
      const event = oneEvent(form, 'xpay-submit');
      payButton(root).click();
      expect((await event).detail).to.deep.equal({
        body: { customerDetails: { email: 'wallet@example.com' }, paymentMethod: { type: 'wallet' }, expectedAmountTotal: 150000 },
        cardVersion: null,
      });
    });

    it('while processing, pay does nothing and the inputs are disabled', async () => {
      const { form, root } = await mountForm(testSession());
      await type(form, EMAIL, 'busy@example.com');
      form.processing = true;
      await form.updateComplete;
      // Focus was in the email input, which is now disabled: it moved to the pay button.
      expect(root.activeElement).to.equal(payButton(root));
      expect(control(root, EMAIL).disabled).to.equal(true);
      expect(payButton(root).getAttribute('aria-disabled')).to.equal('true');
      expect(stubCard(root).hasAttribute('disabled')).to.equal(true);
      payButton(root).click();
      expect(stubCard(root).validateCalls).to.have.length(0);
    });
  });

  describe('server errors', () => {
    it('a provider 400 lands at its field, focused, until the customer edits it', async () => {
      const { form, root } = await mountForm(fullSession());
      expect(form.showServerError('customerDetails.email', 'email_invalid')).to.equal(true);
      await form.updateComplete;
      const email = control(root, EMAIL);
      expect(email.getAttribute('aria-invalid')).to.equal('true');
      expect(description(email)).to.equal('Enter a valid email address, like name@example.com.');
      expect(root.activeElement).to.equal(email);
      await type(form, EMAIL, 'fixed@example.com');
      expect(control(root, EMAIL).getAttribute('aria-invalid')).to.equal('false');
    });

    it('unknown codes read "please check"; a param the form does not show is refused', async () => {
      const { form, root } = await mountForm(fullSession());
      expect(form.showServerError('customerDetails.billingDetails.address.city', 'parameter_invalid')).to.equal(true);
      await form.updateComplete;
      expect(description(control(root, 'customerDetails.billingDetails.address.city'))).to.equal('Please check this field.');
      expect(form.showServerError('paymentMethod.id', 'payment_method_invalid')).to.equal(false);
    });
  });

  describe('DROPDOWN custom fields', () => {
    it('are native selects that start with "Choose…" and offer the options in order', async () => {
      const { root } = await mountForm(testSession({ customFields: [DELIVERY_SLOT] }));
      const select = control(root, SLOT);
      expect(select).to.be.instanceOf(HTMLSelectElement);
      expect([...(select as HTMLSelectElement).options].map((option) => [option.value, option.textContent])).to.deep.equal([
        ['', 'Choose…'],
        ['morning', 'Morning'],
        ['afternoon', 'Afternoon'],
        ['evening', 'Evening'],
      ]);
      expect(select.value).to.equal('');
      expect(select.getAttribute('aria-required')).to.equal('true');
      expect(root.querySelector(`label[for="${select.id}"]`)!.textContent!.trim()).to.equal('Delivery slot');
    });

    it('a required one must be chosen; choosing clears the error', async () => {
      const { form, root } = await mountForm(testSession({ customFields: [DELIVERY_SLOT] }));
      await type(form, EMAIL, 'slot@example.com');
      await pressPay(root);
      await form.updateComplete;
      const select = control(root, SLOT);
      expect(select.getAttribute('aria-invalid')).to.equal('true');
      expect(description(select)).to.equal('Choose an option for “Delivery slot”.');
      await choose(form, SLOT, 'morning');
      expect(control(root, SLOT).getAttribute('aria-invalid')).to.equal('false');
      await expect(form).to.be.accessible();
    });

    it('works by keyboard: type-ahead on the closed select chooses, and the form follows', async () => {
      const { form, root } = await mountForm(testSession({ customFields: [DELIVERY_SLOT] }));
      await type(form, EMAIL, 'keys@example.com');
      control(root, SLOT).focus();
      await sendKeys({ type: 'e' });
      await form.updateComplete;
      expect(control(root, SLOT).value).to.equal('evening');
      const event = oneEvent(form, 'xpay-submit');
      payButton(root).click();
      expect((await event).detail.body.customFields).to.deep.equal([{ key: 'delivery_slot', value: 'evening' }]);
    });

    it('an optional one may stay unchosen and then sends nothing', async () => {
      const { form, root } = await mountForm(testSession({ customFields: [{ ...DELIVERY_SLOT, isOptional: true }] }));
      expect(root.querySelector(`label[for="${control(root, SLOT).id}"]`)!.textContent!.trim()).to.equal('Delivery slot (optional)');
      await type(form, EMAIL, 'optional@example.com');
      const event = oneEvent(form, 'xpay-submit');
      payButton(root).click();
      expect((await event).detail.body.customFields).to.deep.equal([]);
    });

    it('a long option label does not widen the form', async () => {
      const long = 'An exceptionally long delivery window description that a merchant typed without a thought for phones';
      const session = testSession({ customFields: [{ ...DELIVERY_SLOT, dropdownOptions: [{ label: long, value: 'long' }] }] });
      const { form, root } = await mountForm(session, 320);
      await choose(form, SLOT, 'long');
      const select = control(root, SLOT);
      expect(select.getBoundingClientRect().width).to.be.at.most(320);
      expect(form.getBoundingClientRect().width).to.be.at.most(320);
      expect(root.querySelector('form')!.scrollWidth).to.be.at.most(320);
    });
  });

  describe('addresses', () => {
    it('show the inputs of the chosen country in its order and with its names', async () => {
      const { form, root } = await mountForm(testSession({ billingAddressCollection: true }));
      const prefix = 'customerDetails.billingDetails.address';
      const labels = () => [...root.querySelectorAll('.address label')].map((label) => label.textContent!.trim());
      await choose(form, `${prefix}.country`, 'US');
      expect(labels()).to.deep.equal(['Country or region', 'Address', 'Apartment, suite, etc. (optional)', 'City', 'State', 'ZIP code']);
      await choose(form, `${prefix}.country`, 'DE');
      expect(labels()).to.deep.equal(['Country or region', 'Address', 'Apartment, suite, etc. (optional)', 'Postal code', 'City']);
      expect(control(root, `${prefix}.postalCode`).getAttribute('autocomplete')).to.equal('billing postal-code');
      expect(control(root, `${prefix}.postalCode`).getAttribute('dir')).to.equal('ltr');
      await choose(form, `${prefix}.country`, 'BR');
      expect(labels()).to.deep.equal(['Country or region', 'Address', 'Apartment, suite, etc. (optional)', 'City', 'State', 'Postal code (CEP)']);
    });

    it('a new billing country brings its calling code until the customer picks one', async () => {
      const { form, root } = await mountForm(testSession({ billingAddressCollection: true, phoneNumberCollection: true }));
      await choose(form, 'customerDetails.billingDetails.address.country', 'KW');
      expect(control(root, 'customerDetails.phoneCallingCode').value).to.equal('+965');
      await choose(form, 'customerDetails.phoneCallingCode', '+20');
      await choose(form, 'customerDetails.billingDetails.address.country', 'SA');
      expect(control(root, 'customerDetails.phoneCallingCode').value).to.equal('+20');
    });
  });

  it('the calling code and the number stay level when the number shows an error', async () => {
    const { form, root } = await mountForm(testSession({ phoneNumberCollection: true }));
    await type(form, 'customerDetails.phone', '12');
    await leave(form);
    const phone = control(root, 'customerDetails.phone');
    expect(phone.getAttribute('aria-invalid')).to.equal('true');
    const code = control(root, 'customerDetails.phoneCallingCode');
    expect(Math.abs(code.getBoundingClientRect().top - phone.getBoundingClientRect().top)).to.be.below(1);
  });

  describe('messages and the card', () => {
    it('a status is polite and never in the alert; a payment error is the alert, focused', async () => {
      const { form, root } = await mountForm(testSession());
      form.statusMessage = 'pay.redirecting';
      await form.updateComplete;
      expect(root.querySelector('[role="status"]')!.textContent).to.equal(englishTranslator.t('pay.redirecting'));
      const alert = root.querySelector<HTMLElement>('[role="alert"]')!;
      expect(alert.hidden).to.equal(true);
      expect(alert.textContent!.trim()).to.equal('');
      form.statusMessage = null;
      form.paymentError = { key: 'pay.declined' };
      await form.updateComplete;
      expect(alert.hidden).to.equal(false);
      expect(alert.textContent!.trim()).to.equal(englishTranslator.t('pay.declined'));
      // Once the card entry above it has rendered too, so nothing moves the focused alert.
      await waitUntil(() => root.activeElement === alert, 'the payment error takes focus');
      expect(root.querySelector('[role="status"]')!.textContent).to.equal('');
    });

    it('hands the card its config and delegates tokenizing and clearing to it', async () => {
      const session = testSession();
      const { form, root } = await mountForm(session);
      const card = stubCard(root);
      expect(card.config).to.deep.equal({ apiBase: 'https://api.test', clientSecret: 'cs_x_secret_y', sessionId: session.id });
      expect((await form.tokenizeCard('key_1:pm')).id).to.equal('pm_stub');
      expect(card.tokenizeCalls).to.deep.equal(['key_1:pm']);
      form.clearCard();
      expect(card.cleared).to.equal(true);
    });

    it('re-dispatches xpay-card-unavailable on its own host', async () => {
      const { form, root } = await mountForm(testSession());
      const event = oneEvent(form, 'xpay-card-unavailable');
      stubCard(root).dispatchEvent(new XPayInternalEvent('xpay-card-unavailable', null));
      const heard = await event;
      expect(heard.target).to.equal(form);
      expect(heard.composed).to.equal(false);
    });
  });

  it('a new session of the same checkout keeps what the customer typed, and judges it at once', async () => {
    const { form, root } = await mountForm(testSession({ nameCollection: true }));
    await type(form, EMAIL, 'kept@example');
    await type(form, NAME, 'Kept Name');
    form.session = testSession({ id: 'cs_test_next', nameCollection: true });
    await form.updateComplete;
    expect(control(root, EMAIL).value).to.equal('kept@example');
    expect(control(root, NAME).value).to.equal('Kept Name');
    expect(control(root, EMAIL).getAttribute('aria-invalid')).to.equal('true');
  });
});
