import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { MessageKey } from '../src/i18n/en.js';
import { CARD_BRANDS, type CardBrandId } from '../src/lib/card.js';
import {
  cardFrame,
  cardInput,
  cardInputOf,
  fillCard,
  TEST_CARD_NUMBERS,
  typeInCard,
  waitForCardError,
  type CardEntry,
  type CardField,
  type CardFrame,
} from './support/card-frame.js';
import { deepActiveElement } from './support/dom.js';
import { fixtureAudit, type FixtureScenario } from './support/fixture-provider.js';
import { baseSpec, BRANDS, withBranding, type SessionSpec } from './support/fixtures.js';
import {
  checkoutArgTypes,
  defaultCheckoutArgs,
  eventsOf,
  fillAndPay,
  fillForm,
  payButtonOf,
  renderCheckout,
  sessionIdOf,
  waitForState,
  type CheckoutStoryArgs,
} from './support/checkout-story.js';

/**
 * The card entry (CONTRACT section 5): an `<iframe>` the provider serves at
 * `{apiBase}/checkout/frames/card.html`, here the built `dist/frames/` on Storybook's own origin.
 * The frame holds every digit and tokenizes the card itself through the fixture provider; the
 * widget only hears its state. The play functions type into the frame through
 * `iframe.contentDocument` (same-origin here, never on a merchant's page) and wait on the frame's
 * DOM and the host's `state`.
 */
const meta = {
  title: 'Checkout/Card',
  component: 'xpay-checkout',
  args: defaultCheckoutArgs,
  argTypes: checkoutArgTypes,
  parameters: {
    docs: {
      description: {
        component:
          'Each state of the card frame: empty, focused, each brand, each error (shown after pressing pay), the frame unavailable, ' +
          'and payments that go through it. The frame is `dist/frames/` (`npm run build`), served at `{apiBase}/checkout/frames/`.',
      },
    },
  },
} satisfies Meta<CheckoutStoryArgs>;

export default meta;
type Story = StoryObj<CheckoutStoryArgs>;

/** Card as the only method, so the frame is what the form shows. */
const cardOnly = (overrides: Partial<SessionSpec> = {}) => baseSpec({ paymentMethodTypes: ['card'], ...overrides });

function serve(scenario: Omit<FixtureScenario, 'spec'> = {}, spec: () => SessionSpec = cardOnly): Story['render'] {
  return (args, context) => renderCheckout(args, context, { scenario: { spec: spec(), ...scenario } });
}

/** The checkout open and its card frame loaded, with the widget's init. */
async function openCard(canvasElement: HTMLElement) {
  const host = await waitForState(canvasElement, 'open');
  return { host, frame: await cardFrame(host) };
}

function describe(story: string) {
  return { docs: { description: { story } } };
}

const errorCodes = (host: Element) => eventsOf(host, 'xpay-error').map((event) => event.detail.code);

// ---------------------------------------------------------------------------------------------
// Empty and focused.

export const Empty: Story = {
  render: serve(),
  parameters: describe('Loaded and initialised: labels in the customer’s language, nothing typed, nothing flagged.'),
  play: async ({ canvasElement }) => {
    const { frame } = await openCard(canvasElement);
    expect(frame.input.state).toEqual({ empty: true, complete: false, brand: null, error: null });
    for (const field of ['number', 'expiry', 'cvc'] as const) {
      expect(cardInput(frame, field).getAttribute('aria-invalid')).toBe('false');
      expect(frame.document.querySelector(`label[for="${field}"]`)?.textContent?.trim()).toBeTruthy();
    }
  },
};

export const Focused: Story = {
  render: serve(),
  parameters: describe('Focus in the card number: the frame tells the host, which reflects a `focused` attribute.'),
  play: async ({ canvasElement }) => {
    const { frame } = await openCard(canvasElement);
    frame.input.focus();
    await waitFor(() => {
      expect(frame.document.activeElement).toBe(cardInput(frame, 'number'));
      expect(frame.input.hasAttribute('focused')).toBe(true);
    });
  },
};

// ---------------------------------------------------------------------------------------------
// Brands (src/lib/card.ts): each detected as typed, shown by its mark and named for screen readers.

function brandStory(id: CardBrandId, number: string): Story {
  const brand = CARD_BRANDS.find((candidate) => candidate.id === id)!;
  return {
    name: `Brand: ${brand.name}`,
    render: serve(),
    parameters: describe(`${number}: grouped as ${brand.name} prints it, its mark shown, a ${brand.cvcLength}-digit security code.`),
    play: async ({ canvasElement }) => {
      const { frame } = await openCard(canvasElement);
      await fillCard(frame, { number, cvc: '1234'.slice(0, brand.cvcLength) });
      await waitFor(() => expect(frame.input.state).toEqual({ empty: false, complete: true, brand: id, error: null }));
      expect(cardInput(frame, 'number').value).toBe(number);
      expect(frame.document.querySelector('#brand svg')).toBeTruthy();
      expect(frame.document.getElementById('brand-name')?.textContent).toContain(brand.name);
      expect(cardInput(frame, 'number').getAttribute('aria-describedby')).toContain('brand-name');
    },
  };
}

export const BrandVisa = brandStory('visa', '4242 4242 4242 4242');
export const BrandMastercard = brandStory('mastercard', '5555 5555 5555 4444');
export const BrandAmex = brandStory('amex', '3782 822463 10005');
export const BrandMeeza = brandStory('meeza', '5078 0300 0000 0003');
export const BrandDiscover = brandStory('discover', '6011 1111 1111 1117');
export const BrandJcb = brandStory('jcb', '3530 1113 3330 0000');
export const BrandUnionPay = brandStory('unionpay', '6200 0000 0000 0005');
export const BrandDiners = brandStory('diners', '3622 720627 1667');

// ---------------------------------------------------------------------------------------------
// Errors: quiet while typing, shown inside the frame once pay is pressed, focus on the input.

function errorStory(name: string, card: Partial<CardEntry>, field: CardField, key: MessageKey): Story {
  return {
    name: `Error: ${name}`,
    render: serve(),
    parameters: describe(`Typed ${JSON.stringify(card)}, then pay: the frame shows the error at its input and focuses it; nothing is sent.`),
    play: async ({ canvasElement }) => {
      const { host, frame } = await openCard(canvasElement);
      await fillCard(frame, card);
      expect(cardInput(frame, field).getAttribute('aria-invalid'), 'no error before pay').toBe('false');
      await fillAndPay(host, { card: null });
      await waitForCardError(frame, field, key);
      await waitFor(() => expect(frame.document.activeElement).toBe(cardInput(frame, field)));
      expect(host.getAttribute('state')).toBe('open');
      expect(fixtureAudit(sessionIdOf(host)).cardData).toEqual([]);
    },
  };
}

export const ErrorNumberIncomplete = errorStory('number incomplete', { number: '4242 4242 42' }, 'number', 'validation.cardNumberIncomplete');
export const ErrorNumberInvalid = errorStory('number invalid (Luhn)', { number: '4242 4242 4242 4241' }, 'number', 'validation.cardNumberInvalid');
export const ErrorExpiryIncomplete = errorStory('expiry incomplete', { expiry: '12 / 3' }, 'expiry', 'validation.expiryIncomplete');
export const ErrorExpired = errorStory('card expired', { expiry: '01 / 20' }, 'expiry', 'validation.expiryPast');
export const ErrorCvcIncomplete = errorStory('security code incomplete', { cvc: '12' }, 'cvc', 'validation.cvcIncomplete');
export const ErrorAmexCvcIncomplete = errorStory(
  'Amex security code incomplete (4 digits)',
  { number: '3782 822463 10005', cvc: '123' },
  'cvc',
  'validation.cvcIncomplete',
);

// ---------------------------------------------------------------------------------------------
// The frame unavailable.

export const FrameUnavailable: Story = {
  name: 'Frame unavailable (404), with Retry',
  render: serve({ frames: 'missing' }),
  parameters: describe(
    'The provider answers `…/checkout/frames/card.html` with 404 (`FIXTURE_API_BASE_WITHOUT_FRAMES`): the card entry says so, with Retry. ' +
      'Pay sends nothing and takes focus to Retry; Retry tries a new frame.',
  ),
  play: async ({ canvasElement }) => {
    const host = await waitForState(canvasElement, 'open');
    const input = await cardInputOf(host);
    const retryButton = () => input.shadowRoot?.querySelector<HTMLButtonElement>('[part~="notice-card"] button') ?? null;
    await waitFor(() => expect(retryButton(), 'the Retry button').toBeTruthy(), { timeout: 20_000 });
    expect(input.shadowRoot?.querySelector('[part~="notice-card"]')?.getAttribute('role')).toBe('alert');
    expect(errorCodes(host)).toEqual(['card_frame_unavailable']);

    await fillAndPay(host, { card: null });
    await waitFor(() => expect(deepActiveElement()).toBe(retryButton()));
    expect(fixtureAudit(sessionIdOf(host)).confirms).toEqual([]);

    await userEvent.click(retryButton()!);
    await waitFor(() => expect(errorCodes(host)).toEqual(['card_frame_unavailable', 'card_frame_unavailable']), { timeout: 20_000 });
    await waitFor(() => expect(retryButton()).toBeTruthy());
  },
};

// ---------------------------------------------------------------------------------------------
// Payments through the frame: the sandbox's test cards decide (fixture `confirm: 'card'`).

/** Only the frame ever sent card data, to the tokenization endpoint; every confirm carried a token id. */
function expectCardDataOnlyFromFrame(host: Element) {
  const { cardData, tokens, confirms } = fixtureAudit(sessionIdOf(host));
  expect(cardData.length).toBeGreaterThan(0);
  expect(cardData.every((request) => request.endpoint === 'payment-methods' && request.from === 'frame')).toBe(true);
  expect(confirms).toEqual(tokens.map((token) => ({ type: 'card', id: token.id })));
  return tokens;
}

/** Enter inside the frame asks the parent to pay (`xpay:submit`), like Enter in any field of the form. */
function pressEnterInFrame(frame: CardFrame): void {
  cardInput(frame, 'cvc').dispatchEvent(new frame.window.KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
}

export const Paid: Story = {
  name: 'Paid through the frame',
  render: serve(),
  parameters: describe('4242 4242 4242 4242, then Enter in the frame: it tokenizes, the confirm pays with the token, complete.'),
  play: async ({ canvasElement }) => {
    const { host, frame } = await openCard(canvasElement);
    await fillForm(host);
    await waitFor(() => expect(frame.input.state.complete).toBe(true));
    pressEnterInFrame(frame);
    await waitForState(canvasElement, 'complete', 8000);
    expect(eventsOf(host, 'xpay-complete')).toHaveLength(1);
    const [token] = expectCardDataOnlyFromFrame(host);
    expect(token.card).toMatchObject({ brand: 'visa', last4: '4242', expMonth: 12, expYear: 2034 });
  },
};

/** Pays with the sandbox's declining test card and waits until the form is back with the decline. */
async function payWithDecliningCard(canvasElement: HTMLElement) {
  const opened = await openCard(canvasElement);
  await fillAndPay(opened.host, { card: { number: TEST_CARD_NUMBERS.declined } });
  await waitFor(() => expect(errorCodes(opened.host)).toEqual(['card_declined']), { timeout: 8000 });
  await waitForState(canvasElement, 'open');
  return opened;
}

export const Declined: Story = {
  name: 'Declined through the frame (test card 4000 0000 0000 0002)',
  render: serve(),
  parameters: describe('The sandbox’s declining test card: tokenized by the frame, declined on confirm (402 generic_decline); the form is back with the alert.'),
  play: async ({ canvasElement }) => {
    const { host, frame } = await payWithDecliningCard(canvasElement);
    expect(frame.input.state.complete).toBe(true);
    expectCardDataOnlyFromFrame(host);
  },
};

export const DeclinedThenPaid: Story = {
  name: 'Declined, then paid with another card',
  render: serve(),
  parameters: describe('After the decline the customer types another card: a new token for a new attempt, which pays.'),
  play: async ({ canvasElement }) => {
    const { host, frame } = await payWithDecliningCard(canvasElement);
    typeInCard(frame, 'number', '5555 5555 5555 4444');
    await waitFor(() => expect(frame.input.state).toMatchObject({ brand: 'mastercard', complete: true }));
    await userEvent.click(await payButtonOf(host));
    await waitForState(canvasElement, 'complete', 8000);
    const tokens = expectCardDataOnlyFromFrame(host);
    expect(tokens.map((token) => token.card.last4)).toEqual(['0002', '4444']);
  },
};

// ---------------------------------------------------------------------------------------------
// Language and theme reach the frame through its init.

export const Arabic: Story = {
  name: 'Locale: ar (RTL frame, digits LTR)',
  render: serve({}, () => cardOnly({ locale: 'ar-EG' })),
  play: async ({ canvasElement }) => {
    const { frame } = await openCard(canvasElement);
    await waitFor(() => {
      expect(frame.document.documentElement.dir).toBe('rtl');
      expect(frame.document.documentElement.lang).toMatch(/^ar/);
    });
    expect(cardInput(frame, 'number').dir).toBe('ltr');
  },
};

export const Themed: Story = {
  name: 'Theme: Souq Al-Kuwait (dark) inside the frame',
  render: serve({}, () => withBranding(cardOnly(), BRANDS.souq)),
  globals: { backgrounds: { value: 'dark' } },
  parameters: describe('The frame gets the theme as it resolved on the widget (merchant CSS over session branding over the palette).'),
  play: async ({ canvasElement }) => {
    const { frame } = await openCard(canvasElement);
    const resolved = (token: string) => getComputedStyle(frame.input).getPropertyValue(`--_${token}`).trim();
    await waitFor(() => {
      for (const token of ['c-fg', 'c-bg', 'input-border-color']) {
        expect(resolved(token), `--_${token} on the widget`).toBeTruthy();
        expect(frame.document.documentElement.style.getPropertyValue(`--_${token}`).trim(), `--_${token} in the frame`).toBe(resolved(token));
      }
    });
  },
};
