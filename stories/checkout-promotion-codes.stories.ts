import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { loadTranslator } from '../src/i18n/catalogs.js';
import type { Translator } from '../src/i18n/translator.js';
import type { XPayCheckout } from '../src/index.js';
import { fixtureSession, updateFixture, type FixtureScenario } from './support/fixture-provider.js';
import { baseSpec, type SessionSpec } from './support/fixtures.js';
import {
  checkoutArgTypes,
  deepQuery,
  defaultCheckoutArgs,
  renderCheckout,
  sessionIdOf,
  waitForState,
  type CheckoutStoryArgs,
} from './support/checkout-story.js';

/**
 * Promotion codes at checkout level (`allowPromotionCodes`), each answer the provider gives
 * (sandbox/README.md: `WELCOME10` and `FLAT50` apply, `EXPIRED10` is 400
 * `invalid_promotion_code` "has expired", any other code 400 `invalid_promotion_code`, a session
 * that no longer takes codes 400 `promotion_codes_not_allowed`). Totals are the provider's,
 * strings the widget's catalog; the play functions type the code and press Apply.
 */
const meta = {
  title: 'Checkout/Promotion codes',
  component: 'xpay-checkout',
  args: defaultCheckoutArgs,
  argTypes: checkoutArgTypes,
} satisfies Meta<CheckoutStoryArgs>;

export default meta;
type Story = StoryObj<CheckoutStoryArgs>;

const withCodes = (overrides: Partial<SessionSpec> = {}) => baseSpec({ allowPromotionCodes: true, ...overrides });

function serve(spec: () => SessionSpec = withCodes, scenario: Omit<FixtureScenario, 'spec'> = {}): Story['render'] {
  return (args, context) => renderCheckout(args, context, { scenario: { spec: spec(), ...scenario } });
}

function describe(story: string) {
  return { docs: { description: { story } } };
}

interface PromoField {
  root: ShadowRoot;
  i18n: Translator;
  input: () => HTMLInputElement | null;
  error: () => string;
  status: () => string;
}

/** The promotion-code element of the open checkout, and the catalog it speaks. */
async function promoOf(host: XPayCheckout): Promise<PromoField> {
  const root = await waitFor(() => {
    const promo = deepQuery<HTMLElement>(host, 'xpay-promo-code');
    expect(promo?.shadowRoot?.querySelector('.disclosure, .chip'), '<xpay-promo-code> rendered').toBeTruthy();
    return promo!.shadowRoot!;
  });
  return {
    root,
    i18n: await loadTranslator([host.getAttribute('locale') ?? 'en']),
    input: () => root.querySelector<HTMLInputElement>('#promo-input'),
    error: () => root.querySelector('#promo-error')?.textContent?.trim() ?? '',
    status: () => root.querySelector('[role="status"]')?.textContent?.trim() ?? '',
  };
}

/** Opens the field, types `code` and presses Apply. */
async function applyCode(promo: PromoField, code: string): Promise<void> {
  await userEvent.click(promo.root.querySelector<HTMLButtonElement>('.disclosure')!);
  await waitFor(() => expect(promo.input()?.closest('[hidden]')).toBeNull());
  await userEvent.type(promo.input()!, code);
  await userEvent.click(promo.root.querySelector<HTMLButtonElement>('.row button')!);
}

/** The provider's total for the host's session, as the widget formats it. */
function total(host: XPayCheckout, i18n: Translator): string {
  const session = fixtureSession(sessionIdOf(host)) as { amountTotal: number; currency: string };
  return i18n.money(session.amountTotal, session.currency);
}

/** Waits until the field refuses the typed code with `key`'s message, the text kept for correcting. */
async function waitForRefusal(promo: PromoField, typed: string, key: 'promo.invalid' | 'promo.notAccepted'): Promise<void> {
  await waitFor(() => {
    expect(promo.error()).toBe(promo.i18n.t(key));
    expect(promo.input()?.getAttribute('aria-invalid')).toBe('true');
    expect(promo.input()?.getAttribute('aria-describedby')).toBe('promo-error');
  });
  expect(promo.input()?.value).toBe(typed);
  expect(promo.root.querySelector('.chip')).toBeNull();
}

export const Applied: Story = {
  name: 'Applied (WELCOME10)',
  render: serve(),
  parameters: describe('`WELCOME10` typed and applied: the chip names it, the provider’s new total is announced, focus lands on its Remove button.'),
  play: async ({ canvasElement }) => {
    const host = await waitForState(canvasElement, 'open');
    const promo = await promoOf(host);
    const before = total(host, promo.i18n);
    await applyCode(promo, 'welcome10');
    await waitFor(() => expect(promo.root.querySelector('.chip')?.textContent).toContain('WELCOME10'));
    const after = total(host, promo.i18n);
    expect(after).not.toBe(before);
    await waitFor(() => expect(promo.status()).toBe(promo.i18n.t('promo.applied', { code: 'WELCOME10', total: after })));
    await waitFor(() => expect(promo.root.activeElement).toBe(promo.root.querySelector('.remove')));
    expect((fixtureSession(sessionIdOf(host)).discounts as unknown[]).length).toBe(1);
  },
};

export const Removed: Story = {
  name: 'Removed',
  render: serve(() => withCodes({ promotionCode: 'FLAT50' })),
  parameters: describe('Loaded with `FLAT50` applied, then removed: the entry is back, the new total announced, focus on “Add promotion code”.'),
  play: async ({ canvasElement }) => {
    const host = await waitForState(canvasElement, 'open');
    const promo = await promoOf(host);
    const remove = await waitFor(() => {
      const button = promo.root.querySelector<HTMLButtonElement>('.remove');
      expect(button?.getAttribute('aria-label')).toBe(promo.i18n.t('promo.remove', { code: 'FLAT50' }));
      return button!;
    });
    await userEvent.click(remove);
    await waitFor(() => expect(promo.root.querySelector('.disclosure')).toBeTruthy());
    expect(fixtureSession(sessionIdOf(host)).discounts).toEqual([]);
    await waitFor(() => expect(promo.status()).toBe(promo.i18n.t('promo.removed', { total: total(host, promo.i18n) })));
    await waitFor(() => expect(promo.root.activeElement).toBe(promo.root.querySelector('.disclosure')));
  },
};

export const InvalidCode: Story = {
  name: 'Refused: not a code (400 invalid_promotion_code)',
  render: serve(),
  parameters: describe('A code the provider does not know: its refusal at the field, the text kept and focused for correcting, nothing applied.'),
  play: async ({ canvasElement }) => {
    const host = await waitForState(canvasElement, 'open');
    const promo = await promoOf(host);
    await applyCode(promo, 'NOTACODE');
    await waitForRefusal(promo, 'NOTACODE', 'promo.invalid');
    expect(promo.root.activeElement).toBe(promo.input());
    expect(fixtureSession(sessionIdOf(host)).discounts).toEqual([]);
  },
};

export const ExpiredCode: Story = {
  name: 'Refused: expired (EXPIRED10, 400 invalid_promotion_code)',
  render: serve(),
  parameters: describe(
    'The sandbox’s `EXPIRED10` is a code that has expired: the provider answers 400 `invalid_promotion_code` (“This promotion code has expired.”); the widget shows its own message for that code.',
  ),
  play: async ({ canvasElement }) => {
    const host = await waitForState(canvasElement, 'open');
    const promo = await promoOf(host);
    await applyCode(promo, 'EXPIRED10');
    await waitForRefusal(promo, 'EXPIRED10', 'promo.invalid');
    expect(fixtureSession(sessionIdOf(host)).discounts).toEqual([]);
  },
};

export const CodesNotAllowed: Story = {
  name: 'Refused: codes turned off meanwhile (400 promotion_codes_not_allowed)',
  // No event stream and a slow poll: the widget still shows the field when the merchant turns codes off.
  args: { pollInterval: 600_000 },
  render: serve(withCodes, { events: 'unavailable' }),
  parameters: describe(
    'The merchant turned promotion codes off after the page loaded (the widget has not heard yet: no event stream, a slow poll): the provider answers 400 `promotion_codes_not_allowed`, and the field says promotion codes cannot be used for this order, keeping what was typed.',
  ),
  play: async ({ canvasElement }) => {
    const host = await waitForState(canvasElement, 'open');
    const promo = await promoOf(host);
    updateFixture(sessionIdOf(host), (spec) => ({ ...spec, allowPromotionCodes: false }));
    await applyCode(promo, 'WELCOME10');
    await waitForRefusal(promo, 'WELCOME10', 'promo.notAccepted');
  },
};
