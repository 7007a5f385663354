import { expect, waitUntil } from '@open-wc/testing';
import type { MessageKey } from '../../src/i18n/en.js';
import { loadTranslator } from '../../src/i18n/catalogs.js';
import { CheckoutHarness, shadow } from '../support/checkout.js';
import { field } from '../support/form.js';
import { createSession, expireSession, merchantRequest, retrieveSession } from '../support/sandbox.js';
import { chooseMethod, enterCode, formRoot, LOCAL_METHODS, otpStep, paymentAlert, plans, text } from './local-flows.js';

/** valU, mobile wallets and Fawry end to end against the sandbox (issue 12). */
describe('<xpay-checkout> local payment methods', () => {
  let harness: CheckoutHarness | null = null;
  afterEach(() => harness?.remove());

  async function open(params: Record<string, unknown> = {}) {
    const session = await createSession({ merchantName: 'Nile Books', paymentMethodTypes: LOCAL_METHODS, ...params });
    harness = CheckoutHarness.mount({ clientSecret: session.clientSecret });
    await harness.state('open');
    await harness.fill('customerDetails.email', 'mona@example.com');
    return { session, h: harness };
  }

  async function payWithValu(h: CheckoutHarness) {
    await chooseMethod(h, 'valu');
    const offered = await plans(h);
    await h.fill('customerDetails.name', 'Mona Adel');
    await h.fill('customerDetails.phone', '1012345678');
    offered.find((radio) => radio.value === 'valu_6')!.click();
    await h.pay();
    return otpStep(h);
  }

  it('names the methods in the customer’s language, not in the provider’s English', async () => {
    const session = await createSession({ merchantName: 'Nile Books', paymentMethodTypes: LOCAL_METHODS, locale: 'ar' });
    harness = CheckoutHarness.mount({ clientSecret: session.clientSecret });
    await harness.state('open');
    const root = await formRoot(harness);
    const labels = [...root.querySelectorAll<HTMLInputElement>('input[name="paymentMethod.type"]')].map((radio) => text(radio.closest('label')!).trim());
    const arabic = await loadTranslator(['ar']);
    expect(labels).to.deep.equal(['method.card', 'method.valu', 'method.wallet', 'method.fawry'].map((key) => arabic.t(key as MessageKey)));
    for (const english of ['Card', 'Mobile wallet', 'installments', 'reference']) expect(labels.join(' '), english).to.not.include(english);
  });

  describe('valU', () => {
    it('asks for the name and phone only while valU is chosen, and keeps what was typed when switching', async () => {
      const { h } = await open();
      const root = await formRoot(h);
      expect(root.querySelector('[name="customerDetails.phone"]'), 'no phone for a card').to.equal(null);
      await chooseMethod(h, 'valu');
      await h.fill('customerDetails.phone', '1012345678');
      await chooseMethod(h, 'card');
      await waitUntil(() => !root.querySelector('[name="customerDetails.phone"]'), 'the phone stayed for a card');
      await chooseMethod(h, 'valu');
      await waitUntil(() => root.querySelector('[name="customerDetails.phone"]'), 'the phone did not come back');
      expect(((await field(h.element, 'customerDetails.phone')) as HTMLInputElement).value).to.equal('1012345678');
    });

    it('offers the provider’s plans, requires one, then confirms with the code: plan → code → complete', async () => {
      const { session, h } = await open();
      await chooseMethod(h, 'valu');
      const offered = await plans(h);
      expect(offered.map((radio) => radio.value)).to.deep.equal(['valu_3', 'valu_6', 'valu_12', 'valu_24']);
      const label = offered[0].closest('label')!;
      expect(text(label.querySelector('.method-detail'))).to.equal('No interest · EGP 2,000.00 in all');
      expect(text(label).replace(text(label.querySelector('.method-detail')), '')).to.equal('3 months · EGP 666.67 a month');
      expect(text(offered[1].closest('label')!.querySelector('.method-detail'))).to.equal('Interest EGP 140.00 · EGP 2,140.00 in all');
      await h.fill('customerDetails.name', 'Mona Adel');
      await h.fill('customerDetails.phone', '1012345678');
      await h.pay();
      const root = await formRoot(h);
      await waitUntil(() => root.querySelector('.error'), 'no plan error');
      await expect(h.element).to.be.accessible();
      expect(text(root.querySelector('.plans .error'))).to.equal('Choose an installment plan.');
      expect(root.querySelector('.plans')!.getAttribute('aria-invalid')).to.equal('true');

      offered.find((radio) => radio.value === 'valu_6')!.click();
      await h.pay();
      const step = await otpStep(h);
      expect(text(step)).to.contain('valU sent a 6-digit code by SMS to the phone number ending');
      await expect(h.element).to.be.accessible();
      expect(h.element.shadowRoot!.querySelector<HTMLElement>('xpay-payment-form')!.hidden, 'the form waits hidden').to.equal(true);
      await enterCode(h, '123456');
      await h.state('complete');
      const receipt = h.root.querySelector('[part~="notice-complete"]')!;
      expect(text(receipt)).to.contain('valU installments');
      const paid = await retrieveSession(session.id);
      expect(paid.paymentStatus).to.equal('paid');
      expect(h.details('xpay-complete')).to.have.length(1);
    });

    it('a wrong code says how many tries are left; three wrong codes end the attempt and keep the form', async () => {
      const { h } = await open();
      await payWithValu(h);
      await enterCode(h, '111111');
      const step = await otpStep(h);
      await waitUntil(() => text(step).includes('That code is not right. 2 tries left.'), 'no wrong-code message');
      expect(step.querySelector('input')!.getAttribute('aria-invalid')).to.equal('true');
      await enterCode(h, '222222');
      await waitUntil(() => text(step).includes('1 try left.'), 'no second wrong-code message');
      await enterCode(h, '333333');
      const alert = await paymentAlert(h);
      expect(text(alert)).to.equal('Too many wrong codes, so the payment was stopped and nothing was charged. Press pay to get a new code.');
      expect(h.root.querySelector('xpay-otp-step')).to.equal(null);
      expect(((await field(h.element, 'customerDetails.name')) as HTMLInputElement).value).to.equal('Mona Adel');
      expect(h.details('xpay-error').map((detail) => detail.code)).to.deep.equal(['otp_incorrect', 'otp_incorrect', 'otp_attempts_exceeded']);
      // Pay again: a new attempt and a new code.
      await h.pay();
      await enterCode(h, '123456');
      await h.state('complete');
    });

    it('can go back and pay another way', async () => {
      const { h } = await open();
      const step = await payWithValu(h);
      [...step.querySelectorAll('button')].find((button) => text(button) === 'Use another payment method')!.click();
      await waitUntil(() => !h.root.querySelector('xpay-otp-step'), 'the code step stayed');
      expect(h.root.querySelector<HTMLElement>('xpay-payment-form')!.hidden).to.equal(false);
      await chooseMethod(h, 'card');
      await h.fillCard();
      await h.pay();
      await h.state('complete');
    });

    it('a session that expires while the code is awaited blocks the step with the expired notice', async () => {
      const { session, h } = await open();
      await payWithValu(h);
      await expireSession(session.id);
      await h.state('expired');
      expect(h.root.querySelector('xpay-expired-notice')).to.exist;
      expect(h.root.querySelector('.layout')!.hasAttribute('inert'), 'the code step is behind the notice').to.equal(true);
      expect((await retrieveSession(session.id)).paymentStatus).to.equal('unpaid');
    });

    it('says why valU is missing when the total is below its minimum', async () => {
      const { h } = await open({ lineItems: [{ price: { unitAmount: 20000, productName: 'Bookmark' }, quantity: 1 }] });
      const root = await formRoot(h);
      expect(root.querySelector('input[value="valu"]')).to.equal(null);
      expect(text(root.querySelector('.limits'))).to.equal('valU installments is available from EGP 500.00.');
    });
  });

  describe('mobile wallet', () => {
    it('takes the wallet’s number, then approves with the wallet’s code', async () => {
      const { session, h } = await open();
      await chooseMethod(h, 'wallet');
      const root = await formRoot(h);
      await waitUntil(() => root.querySelector('[name="customerDetails.phone"]'), 'no wallet number');
      expect(text(root.querySelector('label[for="f-customerDetails-phone"]'))).to.equal('Wallet phone number');
      await h.fill('customerDetails.phone', '0221234567');
      await h.pay();
      await waitUntil(() => text(root).includes('Enter the Egyptian mobile number of your wallet'), 'a landline passed');
      await h.fill('customerDetails.phone', '1012345678');
      await h.pay();
      const step = await otpStep(h);
      expect(text(step)).to.contain('Your mobile wallet sent a 6-digit code');
      await enterCode(h, '123456');
      await h.state('complete');
      expect((await retrieveSession(session.id)).customerDetails?.phone).to.equal('+201012345678');
    });

    it('a number with no wallet is refused at the pay button', async () => {
      const { h } = await open();
      await chooseMethod(h, 'wallet');
      await h.fill('customerDetails.phone', '1000000000');
      await h.pay();
      const alert = await paymentAlert(h);
      expect(text(alert)).to.equal('No mobile wallet is registered to this number. Check the number or choose another payment method.');
      expect(h.details('xpay-error')[0]).to.include({ code: 'payment_declined', declineCode: 'wallet_not_found' });
    });
  });

  describe('Fawry', () => {
    it('shows the reference, stays unpaid, and completes when the provider marks it paid', async () => {
      const { session, h } = await open();
      await chooseMethod(h, 'fawry');
      await h.fill('customerDetails.phone', '1012345678');
      await h.pay();
      await waitUntil(() => h.root.querySelector('xpay-voucher')?.shadowRoot?.textContent?.includes('Fawry reference number'), 'no reference', { timeout: 8000 });
      const voucher = shadow(h.root.querySelector('xpay-voucher')!);
      const pending = await retrieveSession(session.id);
      const reference = pending.paymentIntent!.nextAction!.displayVoucher!.reference;
      expect(reference).to.match(/^\d{9}$/);
      expect(text(voucher).replace(/\s/g, '')).to.contain(reference);
      expect(pending.status).to.equal('open');
      expect(pending.paymentStatus).to.equal('unpaid');
      expect(h.element.getAttribute('state')).to.equal('open');
      await expect(h.element).to.be.accessible();

      // A reload finds the same reference.
      h.remove();
      harness = CheckoutHarness.mount({ clientSecret: session.clientSecret });
      await harness.state('open');
      await waitUntil(() => harness!.root.querySelector('xpay-voucher')?.shadowRoot?.textContent?.replace(/\s/g, '').includes(reference), 'the reload lost the reference', { timeout: 8000 });

      const marked = await merchantRequest('POST', `/sandbox/sessions/${session.id}/voucher/pay`);
      expect(marked.status).to.equal(200);
      await harness.state('complete');
      expect(harness.details('xpay-complete')).to.have.length(1);
    });
  });

  describe('in every theme', () => {
    const THEMES = {
      dark: { colorMode: 'dark' },
      'branded dark, pill, underlined': {
        colorMode: 'dark',
        borderStyle: 'pill',
        inputStyle: 'underlined',
        colors: { primary: '#0a7d32', primaryForeground: '#ffffff', background: '#101418', foreground: '#f2f4f7' },
      },
      'branded light, sharp, condensed': { borderStyle: 'sharp', formLayout: 'condensed', colors: { primary: '#7c2d12', background: '#fffbeb' } },
    };
    for (const [name, brandingSettings] of Object.entries(THEMES)) {
      it(`${name}: the plans, the code step and the Fawry reference pass axe, contrast included`, async () => {
        const { h } = await open({ brandingSettings });
        await chooseMethod(h, 'valu');
        await plans(h);
        await expect(h.element).to.be.accessible();
        await payWithValu(h);
        await expect(h.element).to.be.accessible();
        h.remove();

        const fawry = await open({ brandingSettings });
        await chooseMethod(fawry.h, 'fawry');
        await fawry.h.fill('customerDetails.phone', '1012345678');
        await fawry.h.pay();
        await waitUntil(() => fawry.h.root.querySelector('xpay-voucher')?.shadowRoot?.textContent?.includes('Fawry reference number'), 'no reference', { timeout: 8000 });
        await expect(fawry.h.element).to.be.accessible();
      });
    }
  });
});
