import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { TEST_OTP_CODE } from '../sandbox/catalogue.mjs';
import { AfterCompletionController } from '../src/controllers/after-completion-controller.js';
import type { Session } from '../sandbox/sessions.mjs';
import type { MessageKey } from '../src/i18n/en.js';
import { loadTranslator } from '../src/i18n/catalogs.js';
import type { Translator } from '../src/i18n/translator.js';
import { REDIRECT_DELAY_SECONDS } from '../src/lib/after-completion.js';
import type { Timers } from '../src/lib/expiry-clock.js';
import { fixtureAudit, fixtureSession, payFixtureVoucher, type FixtureScenario } from './support/fixture-provider.js';
import { baseSpec, withCollection, withFeesPassedOn, withStatus, type PaymentMethodKey, type SessionSpec } from './support/fixtures.js';
import {
  checkoutArgTypes,
  checkoutIn,
  deepQuery,
  deepQueryAll,
  defaultCheckoutArgs,
  eventsOf,
  fillAndPay,
  payButtonOf,
  renderCheckout,
  sessionIdOf,
  waitForState,
  type CheckoutStoryArgs,
} from './support/checkout-story.js';
import type { XPayCheckout } from '../src/index.js';

/**
 * Issue 12 at checkout level: fees that follow the chosen method, valU's plans and one-time
 * code, the mobile wallet's code, the Fawry reference paid later, methods hidden by their
 * limits, what follows the payment (`afterCompletion`) and a form prefilled from `customer`.
 * The fixture provider answers the new calls with the sandbox's own rules, so amounts, plans,
 * tries left and references are the sandbox's; the play functions read them back from the
 * provider (`fixtureSession`) and the strings from the widget's catalogs, never by hand.
 * The sandbox accepts the code 123456 and refuses every other.
 */
const meta = {
  title: 'Checkout/Local method flows',
  component: 'xpay-checkout',
  args: defaultCheckoutArgs,
  argTypes: checkoutArgTypes,
} satisfies Meta<CheckoutStoryArgs>;

export default meta;
type Story = StoryObj<CheckoutStoryArgs>;

function serve(spec: () => SessionSpec, scenario: Omit<FixtureScenario, 'spec'> = {}): Story['render'] {
  return (args, context) => renderCheckout(args, context, { scenario: { spec: spec(), ...scenario } });
}

/** A basket under valU's EGP 500.00 minimum: valU is not offered. */
const SMALL_BASKET = baseSpec({ items: [{ name: 'Organic hibiscus tea', unitAmount: 12000, quantity: 1 }], shippingAmount: 0, taxRate: 0 });

// ---------------------------------------------------------------------------------------------
// Helpers.

/** The widget's catalog for the story's locale, as the host renders it. */
function translatorOf(host: XPayCheckout): Promise<Translator> {
  return loadTranslator([host.getAttribute('locale') ?? 'en']);
}

/** The session as the provider holds it now: the sandbox's own object, so its type is the sandbox's. */
function providerSession(host: XPayCheckout): Session {
  return fixtureSession(sessionIdOf(host)) as unknown as Session;
}

function money(i18n: Translator, amount: number): string {
  return i18n.money(amount, 'EGP');
}

async function chooseMethod(host: XPayCheckout, type: PaymentMethodKey): Promise<void> {
  await payButtonOf(host);
  const radio = await waitFor(() => {
    const found = deepQuery<HTMLInputElement>(host, `input[name="paymentMethod.type"][value="${type}"]`);
    expect(found, `the ${type} radio`).toBeTruthy();
    return found!;
  });
  await userEvent.click(radio);
}

/** The valU plans the provider offers this session, asked the way the widget asks. */
async function providerPlans(host: XPayCheckout): Promise<{ id: string; tenorMonths: number; monthlyAmount: number }[]> {
  const response = await fetch(`${host.getAttribute('api-base')}/checkout/sessions/${sessionIdOf(host)}/client/installment-plans`, {
    headers: { Authorization: `Bearer ${host.getAttribute('client-secret')}` },
  });
  return ((await response.json()) as { data: { id: string; tenorMonths: number; monthlyAmount: number }[] }).data;
}

/** The plan radios, once the plans have loaded. */
async function planRadios(host: XPayCheckout): Promise<HTMLInputElement[]> {
  return waitFor(() => {
    const radios = deepQueryAll<HTMLInputElement>(host, 'input[name="paymentMethod.valu.planId"]');
    expect(radios.length, 'the valU plans').toBeGreaterThan(0);
    return radios;
  });
}

/** Chooses the method (and valU plan), fills the form and presses pay. */
async function payWith(host: XPayCheckout, type: PaymentMethodKey, planId = 'valu_6'): Promise<void> {
  await chooseMethod(host, type);
  if (type === 'valu') {
    const plan = (await planRadios(host)).find((radio) => radio.value === planId);
    await userEvent.click(plan!);
  }
  await fillAndPay(host);
}

interface OtpStep {
  element: HTMLElement;
  input: HTMLInputElement;
  error: () => string;
}

/** The one-time-code step, once it shows in place of the form. */
async function otpStepOf(host: XPayCheckout): Promise<OtpStep> {
  return waitFor(
    () => {
      const element = deepQuery<HTMLElement>(host, 'xpay-otp-step');
      const input = element?.shadowRoot?.querySelector<HTMLInputElement>('input[name="otp"]');
      expect(input, 'the one-time-code input').toBeTruthy();
      expect(deepQuery<HTMLElement>(host, 'xpay-payment-form')?.hidden, 'the form is hidden behind the step').toBe(true);
      return { element: element!, input: input!, error: () => element!.shadowRoot!.querySelector('.error')?.textContent?.trim() ?? '' };
    },
    { timeout: 8000 },
  );
}

/**
 * Types over what the input holds, as a customer selecting it would. (`userEvent.clear` refuses
 * inputs in shadow roots: it checks `document.activeElement`, which is the host.)
 */
async function typeOver(input: HTMLInputElement, text: string): Promise<void> {
  await userEvent.type(input, text, { initialSelectionStart: 0, initialSelectionEnd: input.value.length });
}

async function enterCode(step: OtpStep, code: string): Promise<void> {
  await waitFor(() => expect(step.input.disabled).toBe(false));
  await typeOver(step.input, `${code}{Enter}`);
}

/** Pays with valU (or the wallet) and waits for the code step; returns it with the tries the provider gave. */
async function codeStep(canvasElement: HTMLElement, type: 'valu' | 'wallet'): Promise<OtpStep & { host: XPayCheckout; i18n: Translator }> {
  const host = await waitForState(canvasElement, 'open');
  const i18n = await translatorOf(host);
  await payWith(host, type);
  return { ...(await otpStepOf(host)), host, i18n };
}

/** The summary's amount on the row labelled `label`; null when there is no such row. */
function summaryAmount(host: XPayCheckout, label: string): string | null {
  const summary = deepQuery(host, 'xpay-order-summary');
  const row = [...(summary?.shadowRoot?.querySelectorAll('dt') ?? [])].find((dt) => dt.textContent?.trim() === label);
  return row?.nextElementSibling?.textContent?.trim() ?? null;
}

/** Waits until the summary shows the fee and its VAT the provider priced now, and the total that follows. */
async function waitForFeeLines(host: XPayCheckout, i18n: Translator, feeKey: MessageKey): Promise<void> {
  await waitFor(
    () => {
      const { fees, amountTotal } = providerSession(host);
      expect(summaryAmount(host, i18n.t(feeKey))).toBe(money(i18n, fees!.feeAmount));
      expect(summaryAmount(host, i18n.t('summary.feeVat'))).toBe(money(i18n, fees!.vatAmount));
      expect(summaryAmount(host, i18n.t('summary.total'))).toBe(money(i18n, amountTotal));
    },
    { timeout: 5000 },
  );
}

/** The form's alert for a failed attempt. */
function paymentErrorText(host: XPayCheckout): string {
  return deepQuery(host, '.payment-error')?.textContent?.trim() ?? '';
}

interface Voucher {
  element: HTMLElement;
  reference: HTMLElement;
}

/** The Fawry reference the provider issued, once the widget shows it as the outcome. */
async function voucherOf(host: XPayCheckout): Promise<Voucher> {
  const issued = await waitFor(
    () => {
      const voucher = providerSession(host).paymentIntent?.nextAction?.displayVoucher;
      expect(voucher, 'the provider issued a reference').toBeTruthy();
      return voucher!.reference;
    },
    { timeout: 8000 },
  );
  return waitFor(() => {
    const element = deepQuery<HTMLElement>(host, 'xpay-voucher');
    const reference = element?.shadowRoot?.querySelector<HTMLElement>('.reference');
    expect(reference?.textContent).toBe(issued);
    return { element: element!, reference: reference! };
  });
}

/** The receipt of the completed state. */
async function receiptOf(canvasElement: HTMLElement): Promise<HTMLElement> {
  const host = await waitForState(canvasElement, 'complete', 8000);
  return waitFor(() => {
    const receipt = deepQuery<HTMLElement>(host, '.receipt');
    expect(receipt).toBeTruthy();
    return receipt!;
  });
}

// ---------------------------------------------------------------------------------------------
// Fees.

export const CardFeeWithVat: Story = {
  name: 'Fee passed on: card fee and VAT on it, then valU’s',
  render: serve(() => withFeesPassedOn(baseSpec())),
  parameters: {
    docs: { description: { story: 'The session passes its 2.5 % card fee on with 14 % VAT on the fee; choosing valU asks the provider for valU’s 3 % fee, and the total follows.' } },
  },
  play: async ({ canvasElement }) => {
    const host = await waitForState(canvasElement, 'open');
    const i18n = await translatorOf(host);
    await waitForFeeLines(host, i18n, 'summary.fee.card');
    await chooseMethod(host, 'valu');
    await waitFor(() => expect(providerSession(host).fees?.paymentMethodType).toBe('valu'));
    await waitForFeeLines(host, i18n, 'summary.fee.valu');
    expect(summaryAmount(host, i18n.t('summary.fee.card'))).toBe(null);
  },
};

export const InternationalCardFee: Story = {
  name: 'Fee passed on: international card found at pay (409), then paid',
  render: serve(() => withFeesPassedOn(baseSpec())),
  parameters: {
    docs: {
      description: {
        story:
          'The card 4000 0082 6000 0000 is issued in GB: its token settles the international card fee, so the provider refuses the total the customer was shown (409 `amount_changed`). The widget shows the new total and why; the next press pays it.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const host = await waitForState(canvasElement, 'open');
    const i18n = await translatorOf(host);
    const shown = providerSession(host).amountTotal;
    await fillAndPay(host, { card: { number: '4000 0082 6000 0000' } });
    await waitFor(() => expect(eventsOf(host, 'xpay-error').map((e) => e.detail.code)).toEqual(['amount_changed']), { timeout: 8000 });
    await waitForState(canvasElement, 'open');
    const { amountTotal, fees } = providerSession(host);
    expect(amountTotal).toBeGreaterThan(shown);
    const fee = i18n.t('summary.fee.internationalCard');
    await waitFor(() => expect(paymentErrorText(host)).toBe(i18n.t('pay.totalChanged', { total: money(i18n, amountTotal), fee, amount: money(i18n, fees!.feeAmount) })));
    await waitForFeeLines(host, i18n, 'summary.fee.internationalCard');
    await userEvent.click(await payButtonOf(host));
    await waitForState(canvasElement, 'complete', 8000);
    expect(fixtureAudit(sessionIdOf(host)).confirms).toHaveLength(2);
  },
};

// ---------------------------------------------------------------------------------------------
// valU.

export const ValuPlans: Story = {
  name: 'valU: the provider’s plans',
  render: serve(() => baseSpec()),
  play: async ({ canvasElement }) => {
    const host = await waitForState(canvasElement, 'open');
    const i18n = await translatorOf(host);
    await chooseMethod(host, 'valu');
    const radios = await planRadios(host);
    const offered = await providerPlans(host);
    expect(radios.map((radio) => radio.value)).toEqual(offered.map((plan) => plan.id));
    const group = deepQuery<HTMLElement>(host, 'fieldset.plans')!;
    for (const plan of offered) {
      expect(group.textContent).toContain(i18n.t('payment.planMonths', { count: plan.tenorMonths }));
      expect(group.textContent).toContain(i18n.t('payment.planMonthly', { amount: money(i18n, plan.monthlyAmount) }));
    }
  },
};

export const ValuCodeStep: Story = {
  name: 'valU: plan chosen, code step',
  render: serve(() => baseSpec()),
  play: async ({ canvasElement }) => {
    const { host, i18n, element } = await codeStep(canvasElement, 'valu');
    const code = providerSession(host).paymentIntent!.nextAction!.verifyOtp!;
    const body = element.shadowRoot!.querySelector('#otp-body')?.textContent?.trim();
    expect(body).toBe(i18n.t('otp.bodySms', { length: code.codeLength, hint: code.phoneHint }));
    expect(fixtureAudit(sessionIdOf(host)).confirms).toEqual([{ type: 'valu', valu: { planId: 'valu_6' } }]);
  },
};

export const ValuWrongCode: Story = {
  name: 'valU: wrong code, tries left',
  render: serve(() => baseSpec()),
  play: async ({ canvasElement }) => {
    const step = await codeStep(canvasElement, 'valu');
    await enterCode(step, '000000');
    await waitFor(() => expect(step.error()).toBe(step.i18n.t('otp.incorrect', { count: 2 })), { timeout: 5000 });
    expect(step.input.getAttribute('aria-invalid')).toBe('true');
  },
};

export const ValuThreeWrongCodes: Story = {
  name: 'valU: three wrong codes, back to the form as typed',
  render: serve(() => baseSpec()),
  play: async ({ canvasElement }) => {
    const step = await codeStep(canvasElement, 'valu');
    const { host, i18n } = step;
    for (const [code, left] of [['000000', 2], ['111111', 1]] as const) {
      await enterCode(step, code);
      await waitFor(() => expect(step.error()).toBe(i18n.t('otp.incorrect', { count: left })), { timeout: 5000 });
    }
    await enterCode(step, '222222');
    await waitFor(() => expect(deepQuery<HTMLElement>(host, 'xpay-payment-form')?.hidden).toBe(false), { timeout: 5000 });
    await waitFor(() => expect(paymentErrorText(host)).toBe(i18n.t('pay.otpAttemptsExceeded')));
    expect(deepQuery(host, 'xpay-otp-step')).toBe(null);
    // What the customer typed before pressing pay is still there.
    expect(deepQuery<HTMLInputElement>(host, 'input[name="customerDetails.email"]')?.value).toBe('jane@example.com');
    expect(deepQuery<HTMLInputElement>(host, 'input[name="customerDetails.name"]')?.value).toBe('Jane Doe');
    expect(deepQuery<HTMLInputElement>(host, 'input[name="paymentMethod.type"][value="valu"]')?.checked).toBe(true);
  },
};

export const ValuCompletes: Story = {
  name: 'valU: code 123456, complete',
  render: serve(() => baseSpec()),
  play: async ({ canvasElement }) => {
    const step = await codeStep(canvasElement, 'valu');
    await enterCode(step, TEST_OTP_CODE);
    const receipt = await receiptOf(canvasElement);
    expect(eventsOf(step.host, 'xpay-complete')).toHaveLength(1);
    expect(receipt.textContent).toContain('valU installments');
  },
};

export const ValuPlansArabic: Story = {
  name: 'valU: the plans in Arabic (RTL)',
  args: { locale: 'ar' },
  render: serve(() => baseSpec()),
  play: async ({ canvasElement }) => {
    const host = await waitForState(canvasElement, 'open');
    const i18n = await translatorOf(host);
    await chooseMethod(host, 'valu');
    await planRadios(host);
    const group = deepQuery<HTMLElement>(host, 'fieldset.plans')!;
    expect(group.querySelector('legend')?.textContent?.trim()).toBe(i18n.t('payment.plansHeading'));
    expect(getComputedStyle(group).direction).toBe('rtl');
    const [first] = await providerPlans(host);
    expect(group.textContent).toContain(i18n.t('payment.planMonthly', { amount: money(i18n, first.monthlyAmount) }));
  },
};

// ---------------------------------------------------------------------------------------------
// Mobile wallet and Fawry.

export const WalletCodeStep: Story = {
  name: 'Mobile wallet: code step',
  render: serve(() => baseSpec()),
  play: async ({ canvasElement }) => {
    const { host, i18n, element } = await codeStep(canvasElement, 'wallet');
    const code = providerSession(host).paymentIntent!.nextAction!.verifyOtp!;
    expect(code.channel).toBe('wallet');
    expect(element.shadowRoot!.querySelector('#otp-body')?.textContent?.trim()).toBe(i18n.t('otp.bodyWallet', { length: code.codeLength, hint: code.phoneHint }));
  },
};

export const FawryReferenceThenPaid: Story = {
  name: 'Fawry: reference shown, then paid at an outlet',
  render: serve(() => baseSpec()),
  parameters: {
    docs: { description: { story: 'The session stays unpaid with the reference shown; the play function marks it paid as the provider would, and the live status completes the widget.' } },
  },
  play: async ({ canvasElement }) => {
    const host = await waitForState(canvasElement, 'open');
    await payWith(host, 'fawry');
    await voucherOf(host);
    expect(providerSession(host).paymentStatus).toBe('unpaid');
    payFixtureVoucher(sessionIdOf(host));
    const receipt = await receiptOf(canvasElement);
    expect(receipt.textContent).toContain('Fawry reference');
    expect(eventsOf(host, 'xpay-complete')).toHaveLength(1);
  },
};

export const FawryReferenceArabic: Story = {
  name: 'Fawry: reference in Arabic (RTL)',
  args: { locale: 'ar' },
  render: serve(() => baseSpec()),
  play: async ({ canvasElement }) => {
    const host = await waitForState(canvasElement, 'open');
    const i18n = await translatorOf(host);
    await payWith(host, 'fawry');
    const { element, reference } = await voucherOf(host);
    const section = element.shadowRoot!.querySelector('section')!;
    expect(section.querySelector('h2')?.textContent?.trim()).toBe(i18n.t('voucher.title'));
    expect(getComputedStyle(section).direction).toBe('rtl');
    // The digits read left to right whatever the language.
    expect(getComputedStyle(reference).direction).toBe('ltr');
  },
};

// ---------------------------------------------------------------------------------------------
// Limits, after completion, prefill.

export const HiddenByLimit: Story = {
  name: 'valU hidden by its minimum, with the reason',
  render: serve(() => SMALL_BASKET),
  play: async ({ canvasElement }) => {
    const host = await waitForState(canvasElement, 'open');
    const i18n = await translatorOf(host);
    const valu = providerSession(host).paymentMethodTypes.find((method) => method.type === 'valu')!;
    await payButtonOf(host);
    expect(deepQuery(host, 'input[name="paymentMethod.type"][value="valu"]')).toBe(null);
    const reasons = deepQueryAll(host, '.limits li').map((li) => li.textContent?.trim());
    expect(reasons).toContain(i18n.t('payment.availableFrom', { method: valu.displayName, amount: money(i18n, Number(valu.minTransactionAmount)) }));
  },
};

const CUSTOM_MESSAGE = 'Your tote bags leave our Cairo workshop within two working days.';

export const AfterCompletionMessage: Story = {
  name: 'After completion: the merchant’s message',
  render: serve(() => withStatus(baseSpec({ afterCompletion: { type: 'hosted_confirmation', hostedConfirmation: { customMessage: CUSTOM_MESSAGE } } }), 'complete')),
  play: async ({ canvasElement }) => {
    const receipt = await receiptOf(canvasElement);
    expect(receipt.querySelector('.receipt-message')?.textContent?.trim()).toBe(CUSTOM_MESSAGE);
  },
};

/** Runs nothing: the redirect's delay never ends, so neither the story test nor Storybook leaves the page. */
const heldTimers = { delays: [] as number[] };
const HELD: Timers = {
  setTimeout: (_run, ms) => heldTimers.delays.push(ms),
  clearTimeout: () => {},
};

export const AfterCompletionRedirect: Story = {
  name: 'After completion: redirect announced, with Continue now',
  render: serve(() =>
    withStatus(baseSpec({ afterCompletion: { type: 'redirect', redirect: { url: 'https://shop.example/thanks?cs={CHECKOUT_SESSION_ID}' } } }), 'complete'),
  ),
  parameters: {
    docs: {
      description: {
        story: `The widget leaves for the merchant's page ${REDIRECT_DELAY_SECONDS} s after completing; here its clock is held, so the story stays on the announcement and its link.`,
      },
    },
  },
  beforeEach: () => {
    const real = AfterCompletionController.timers;
    heldTimers.delays = [];
    AfterCompletionController.timers = HELD;
    return () => {
      AfterCompletionController.timers = real;
    };
  },
  play: async ({ canvasElement }) => {
    const receipt = await receiptOf(canvasElement);
    const host = checkoutIn(canvasElement);
    const i18n = await translatorOf(host);
    const notice = receipt.querySelector('.receipt-redirect')!;
    expect(notice.textContent).toContain(i18n.t('complete.redirecting', { merchant: 'Nile Goods', count: REDIRECT_DELAY_SECONDS }));
    const link = notice.querySelector('a')!;
    expect(link.textContent?.trim()).toBe(i18n.t('complete.redirectNow'));
    expect(link.getAttribute('href')).toBe(`https://shop.example/thanks?cs=${sessionIdOf(host)}`);
    expect(heldTimers.delays).toEqual([REDIRECT_DELAY_SECONDS * 1000]);
  },
};

const KNOWN_CUSTOMER = { name: 'Layla Hassan', email: 'layla@example.com', phone: '+201001234567' };

export const PrefilledCustomer: Story = {
  name: 'Prefilled from the session’s customer, still editable',
  render: serve(() => withCollection(baseSpec({ customer: KNOWN_CUSTOMER }), { billingAddressCollection: false, shippingAddressCollection: false, allowPromotionCodes: false })),
  play: async ({ canvasElement }) => {
    const host = await waitForState(canvasElement, 'open');
    await payButtonOf(host);
    const input = (name: string) => deepQuery<HTMLInputElement | HTMLSelectElement>(host, `[name="${name}"]`)!;
    await waitFor(() => expect(input('customerDetails.email').value).toBe(KNOWN_CUSTOMER.email));
    expect(input('customerDetails.name').value).toBe(KNOWN_CUSTOMER.name);
    expect(input('customerDetails.phoneCallingCode').value).toBe('+20');
    expect(input('customerDetails.phone').value).toBe('1001234567');
    const name = input('customerDetails.name') as HTMLInputElement;
    await typeOver(name, 'Layla H.');
    expect(name.value).toBe('Layla H.');
  },
};
