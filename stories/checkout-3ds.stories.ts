import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import { loadTranslator } from '../src/i18n/catalogs.js';
import type { Translator } from '../src/i18n/translator.js';
import type { XPayCheckout } from '../src/index.js';
import { FIXTURE_ORIGIN, fixtureSession, THREE_D_SECURE_CARD, type FixtureConfirmBody } from './support/fixture-provider.js';
import { baseSpec, withCollection, type SessionSpec } from './support/fixtures.js';
import {
  checkoutArgTypes,
  deepQuery,
  defaultCheckoutArgs,
  eventsOf,
  fillAndPay,
  navigationsOf,
  payButtonOf,
  renderCheckout,
  sessionIdOf,
  waitForState,
  type CheckoutStoryArgs,
} from './support/checkout-story.js';

/**
 * 3-D Secure at checkout level (CONTRACT section 2, confirm's `nextAction`): the confirm answers
 * `redirect_to_url` and the widget sends the top window to the bank; the customer answers there
 * and the merchant's page (its `returnUrl`) mounts the same session again. The fixture provider
 * runs the sandbox's rules for its 3-D Secure test card (`4000 0027 6000 3184`), and
 * `returnedFromBank` answers the sandbox's bank page before the widget loads the session. Every
 * story's element has its `navigateTop(url)` seam overridden (`renderCheckout`), so Storybook
 * never leaves the page: the URL shows in the Actions panel.
 */
const meta = {
  title: 'Checkout/3-D Secure',
  component: 'xpay-checkout',
  args: defaultCheckoutArgs,
  argTypes: checkoutArgTypes,
} satisfies Meta<CheckoutStoryArgs>;

export default meta;
type Story = StoryObj<CheckoutStoryArgs>;

/** Where the bank sends the customer back: the merchant's page, which mounts the session again. */
const RETURN_URL = 'https://shop.example/return?session_id={CHECKOUT_SESSION_ID}';

const cardOnly = (overrides: Partial<SessionSpec> = {}) => baseSpec({ paymentMethodTypes: ['card'], returnUrl: RETURN_URL, ...overrides });

/** What the customer had submitted when they left for the bank (the sandbox keeps it with the attempt). */
const SUBMITTED: FixtureConfirmBody = {
  customerDetails: {
    email: 'layla@example.com',
    name: 'Layla Hassan',
    phone: '+201001234567',
  },
};

const SUBMITTED_FIELDS: Record<string, string> = {
  'customerDetails.email': 'layla@example.com',
  'customerDetails.name': 'Layla Hassan',
};

function translatorOf(host: XPayCheckout): Promise<Translator> {
  return loadTranslator([host.getAttribute('locale') ?? 'en']);
}

/** The payment form's shadow root, once rendered. */
async function paymentFormOf(host: XPayCheckout): Promise<ShadowRoot> {
  return waitFor(() => {
    const form = deepQuery<HTMLElement>(host, 'xpay-payment-form');
    expect(form?.shadowRoot, '<xpay-payment-form>').toBeTruthy();
    return form!.shadowRoot!;
  });
}

export const Redirect: Story = {
  name: 'Redirect to the bank',
  render: (args, context) => renderCheckout(args, context, { scenario: { spec: cardOnly() } }),
  parameters: {
    docs: {
      description: {
        story:
          'Paid with the sandbox’s 3-D Secure card: the confirm answers `paymentIntent.nextAction.type: "redirect_to_url"`, the widget says it is taking the customer to their bank (a polite status, no alert) and calls `navigateTop` with the bank page’s URL, which this story records instead of leaving.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const host = await waitForState(canvasElement, 'open');
    await fillAndPay(host, { card: { number: THREE_D_SECURE_CARD } });
    await waitFor(() => expect(navigationsOf(host)).toHaveLength(1), { timeout: 8000 });
    const intent = fixtureSession(sessionIdOf(host)).paymentIntent as { id: string; nextAction: { type: string; redirectToUrl: { url: string } } };
    expect(intent.nextAction.type).toBe('redirect_to_url');
    expect(navigationsOf(host)).toEqual([`${FIXTURE_ORIGIN}/v1/sandbox/authenticate/${intent.id}`]);
    expect(navigationsOf(host)[0]).toBe(intent.nextAction.redirectToUrl.url);
    // The client secret never goes into the URL.
    expect(navigationsOf(host)[0]).not.toContain((host.getAttribute('client-secret') ?? '').split('_secret_')[1]);
    // Still processing, on the way to the bank: said politely, nothing went wrong.
    expect(host.getAttribute('state')).toBe('processing');
    const i18n = await translatorOf(host);
    const form = await paymentFormOf(host);
    await waitFor(() => expect(form.querySelector('[role="status"]')?.textContent?.trim()).toBe(i18n.t('pay.redirecting')));
    expect(form.querySelector<HTMLElement>('.payment-error')?.hidden).toBe(true);
    expect(eventsOf(host, 'xpay-error')).toEqual([]);
  },
};

export const ReturnAuthenticated: Story = {
  name: 'Back from the bank: authenticated',
  render: (args, context) =>
    renderCheckout(args, context, { scenario: { spec: cardOnly(), returnedFromBank: { outcome: 'complete', submitted: SUBMITTED } } }),
  parameters: {
    docs: {
      description: {
        story:
          'The customer completed the bank’s challenge and came back: the session loads paid, the receipt shows the amount, the card and where the receipt goes; `xpay-ready`, then `xpay-complete`, once each.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const host = await waitForState(canvasElement, 'complete');
    await waitFor(() => expect(eventsOf(host).map((event) => event.type)).toEqual(['xpay-ready', 'xpay-complete']));
    expect(eventsOf(host, 'xpay-complete')[0].detail).toMatchObject({ sessionId: sessionIdOf(host), paymentStatus: 'paid' });
    const i18n = await translatorOf(host);
    const session = fixtureSession(sessionIdOf(host)) as { amountTotal: number; currency: string };
    await waitFor(() => {
      const receipt = deepQuery<HTMLElement>(host, '.receipt');
      expect(receipt, 'the receipt').toBeTruthy();
      expect(receipt!.querySelector('.receipt-amount')?.textContent?.trim()).toBe(i18n.money(session.amountTotal, session.currency));
      expect(receipt!.textContent).toContain(i18n.t('complete.cardEnding', { brand: 'Visa', last4: '3184' }));
      expect(receipt!.querySelector('.receipt-email')?.textContent?.trim()).toBe(i18n.t('complete.receiptTo', { email: 'layla@example.com' }));
    });
  },
};

export const ReturnRefused: Story = {
  name: 'Back from the bank: refused',
  render: (args, context) =>
    renderCheckout(args, context, {
      scenario: { spec: withCollection(cardOnly(), { billingAddressCollection: false, shippingAddressCollection: false, allowPromotionCodes: false }), returnedFromBank: { outcome: 'fail', submitted: SUBMITTED } },
    }),
  parameters: {
    docs: {
      description: {
        story:
          'The customer failed the bank’s challenge: the session loads open with the bank’s refusal (`paymentIntent.lastPaymentError`, `authentication_failed`), said above the pay button; what they submitted comes back from the session; the form is ready for another try. `xpay-ready`, then `xpay-error` `payment_failed`.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const host = await waitForState(canvasElement, 'open');
    await waitFor(() => expect(eventsOf(host).map((event) => event.type)).toEqual(['xpay-ready', 'xpay-error']));
    expect(eventsOf(host, 'xpay-error')[0].detail).toEqual({
      code: 'payment_failed',
      message: 'The customer failed 3-D Secure authentication.',
      declineCode: 'authentication_failed',
    });
    const i18n = await translatorOf(host);
    const form = await paymentFormOf(host);
    await waitFor(() => {
      const alert = form.querySelector<HTMLElement>('.payment-error');
      expect(alert?.hidden).toBe(false);
      expect(alert?.textContent?.trim()).toBe(i18n.t('pay.authenticationFailed'));
    });
    for (const [name, value] of Object.entries(SUBMITTED_FIELDS)) {
      await waitFor(() => expect(deepQuery<HTMLInputElement>(host, `[name="${name}"]`)?.value, name).toBe(value));
    }
    // Ready: the pay button takes a new attempt.
    const pay = await payButtonOf(host);
    expect(pay.getAttribute('aria-disabled')).toBe('false');
  },
};
