import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import { payLabelKey } from '../src/forms/payment-methods.js';
import { loadTranslator } from '../src/i18n/catalogs.js';
import { fixtureSession } from './support/fixture-provider.js';
import { baseSpec, withCollection, withCustomFields } from './support/fixtures.js';
import {
  checkoutArgTypes,
  defaultCheckoutArgs,
  narrow,
  payButtonOf,
  renderCheckout,
  sessionIdOf,
  waitForState,
  type CheckoutStoryArgs,
} from './support/checkout-story.js';

/**
 * Every right-to-left catalog (`src/i18n/locales/`: Arabic, Hebrew, Persian, Urdu) and the
 * pseudo-locale `en-XA` (every string bracketed and accented, so text the catalogs miss or
 * truncation shows). The whole form, at 320 px. Each story sets its `locale` control, which wins
 * over the toolbar; the play function checks the direction, the language and that the pay
 * button speaks the catalog (not the English fallback).
 */
const LOCALE_CHOICES = ['ar', 'he', 'fa', 'ur', 'en-XA'] as const;

const meta = {
  title: 'Checkout/Locales',
  component: 'xpay-checkout',
  args: defaultCheckoutArgs,
  argTypes: { ...checkoutArgTypes, locale: { ...checkoutArgTypes.locale, options: ['', ...LOCALE_CHOICES] } },
  render: (args, context) => renderCheckout(args, context, { scenario: { spec: withCustomFields(withCollection(baseSpec())) } }),
  decorators: [narrow],
} satisfies Meta<CheckoutStoryArgs>;

export default meta;
type Story = StoryObj<CheckoutStoryArgs>;

function localeStory(locale: (typeof LOCALE_CHOICES)[number], label: string, dir: 'rtl' | 'ltr'): Story {
  return {
    name: `${label} (${locale}, ${dir.toUpperCase()})`,
    args: { locale },
    play: async ({ canvasElement }) => {
      const host = await waitForState(canvasElement, 'open');
      const i18n = await loadTranslator([locale]);
      expect(i18n.dir).toBe(dir);
      const root = host.shadowRoot!.querySelector<HTMLElement>('[part~="root"]')!;
      await waitFor(() => {
        expect(root.getAttribute('dir')).toBe(dir);
        expect(root.getAttribute('lang')).toBe(i18n.language);
      });
      const session = fixtureSession(sessionIdOf(host)) as { amountTotal: number; currency: string };
      const expected = i18n.t(payLabelKey('PAY'), { amount: i18n.money(session.amountTotal, session.currency) });
      const english = (await loadTranslator(['en'])).t(payLabelKey('PAY'), { amount: '' });
      await waitFor(async () => expect((await payButtonOf(host)).textContent?.trim()).toBe(expected));
      expect(expected).not.toContain(english.trim());
      if (locale === 'en-XA') expect(expected).toMatch(/^⟦.*⟧$/);
    },
  };
}

export const Arabic: Story = localeStory('ar', 'Arabic', 'rtl');
export const Hebrew: Story = localeStory('he', 'Hebrew', 'rtl');
export const Persian: Story = localeStory('fa', 'Persian', 'rtl');
export const Urdu: Story = localeStory('ur', 'Urdu', 'rtl');
export const Pseudo: Story = localeStory('en-XA', 'Pseudo-locale', 'ltr');
