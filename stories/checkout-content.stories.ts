import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import {
  baseSpec,
  BRANDS,
  CUSTOM_FIELDS,
  withBranding,
  withCollection,
  withCurrency,
  withCustomFields,
  withManyItems,
  withPresentment,
  type SessionSpec,
} from './support/fixtures.js';
import {
  checkoutArgTypes,
  deepQueryAll,
  defaultCheckoutArgs,
  narrow,
  renderCheckout,
  waitForState,
  type CheckoutStoryArgs,
} from './support/checkout-story.js';

/**
 * What the session puts on screen: currencies, presentment, long content, narrow widths,
 * custom fields, collection flags, payment methods and locales. The payment form and custom
 * fields render from these same sessions as soon as they exist.
 */
const meta = {
  title: 'Checkout/Content',
  component: 'xpay-checkout',
  args: defaultCheckoutArgs,
  argTypes: checkoutArgTypes,
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'open');
  },
} satisfies Meta<CheckoutStoryArgs>;

export default meta;
type Story = StoryObj<CheckoutStoryArgs>;

function serve(spec: () => SessionSpec): Story['render'] {
  return (args, context) => renderCheckout(args, context, { scenario: { spec: spec() } });
}

/** The summary's text (inside the widget's shadow roots), to check what the session drove. */
function summaryText(canvasElement: HTMLElement): string {
  return deepQueryAll(canvasElement, 'xpay-order-summary')
    .map((summary) => summary.shadowRoot?.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ');
}

// ---------------------------------------------------------------------------------------------
// Money.

export const CurrencyEGP: Story = {
  name: 'Currency: EGP (2 decimals)',
  render: serve(() => baseSpec()),
};

export const CurrencyKWD: Story = {
  name: 'Currency: KWD (3 decimals)',
  render: serve(() => withCurrency(baseSpec(), 'KWD')),
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'open');
    await waitFor(() => expect(summaryText(canvasElement)).toMatch(/27\.250/));
  },
};

export const CurrencyJPY: Story = {
  name: 'Currency: JPY (0 decimals)',
  render: serve(() => withCurrency(baseSpec(), 'JPY')),
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'open');
    await waitFor(() => expect(summaryText(canvasElement)).toMatch(/11,800(?![.,]\d)/));
  },
};

export const PresentmentEgpToKwd: Story = {
  name: 'Presentment: EGP settled, KWD shown',
  render: serve(() => withPresentment(baseSpec(), 'KWD')),
  parameters: { docs: { description: { story: 'The customer sees KWD amounts and the exchange rate; the merchant receives EGP.' } } },
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'open');
    await waitFor(() => expect(summaryText(canvasElement)).toMatch(/KWD/));
  },
};

export const PresentmentJpyToUsd: Story = {
  name: 'Presentment: JPY settled, USD shown',
  render: serve(() => withPresentment(withCurrency(baseSpec(), 'JPY'), 'USD')),
};

export const DiscountApplied: Story = {
  name: 'Promotion code applied (WELCOME10)',
  render: serve(() => ({ ...baseSpec({ allowPromotionCodes: true }), promotionCode: 'WELCOME10' })),
};

export const FeesAndVat: Story = {
  name: 'Service fee and collected VAT',
  render: serve(() =>
    baseSpec({ feeConfig: { feesPassThrough: true, feePercentage: 2.5, vatCollectionEnabled: true, vatCollectionRate: 14 } }),
  ),
};

// ---------------------------------------------------------------------------------------------
// Long content and narrow widths.

export const ManyLineItems: Story = {
  name: '20 line items, long names',
  render: serve(() => withManyItems(baseSpec())),
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'open');
    await waitFor(() => expect(deepQueryAll(canvasElement, 'xpay-order-summary').flatMap((s) => deepQueryAll(s, 'li')).length).toBeGreaterThanOrEqual(20));
  },
};

export const Narrow320: Story = {
  name: 'Narrow: 320 px',
  render: serve(() => withCustomFields(withCollection(baseSpec()))),
  decorators: [narrow],
};

export const Narrow320ManyItems: Story = {
  name: 'Narrow: 320 px, 20 long items',
  render: serve(() => withManyItems(baseSpec())),
  decorators: [narrow],
};

export const Narrow320DarkKWD: Story = {
  name: 'Narrow: 320 px, dark, KWD presentment',
  render: serve(() => withBranding(withPresentment(baseSpec(), 'KWD'), BRANDS.souq)),
  decorators: [narrow],
  globals: { backgrounds: { value: 'dark' } },
};

export const Narrow320Error: Story = {
  name: 'Narrow: 320 px, network error',
  render: (args, context) => renderCheckout(args, context, { scenario: { spec: baseSpec(), load: 503 } }),
  decorators: [narrow],
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'error');
  },
};

// ---------------------------------------------------------------------------------------------
// Custom fields (CONTRACT section 3): rendered in order, required unless isOptional.

export const CustomFieldsAllTypes: Story = {
  name: 'Custom fields: TEXT, NUMERIC, DROPDOWN',
  render: serve(() => withCustomFields(baseSpec())),
};

export const CustomFieldText: Story = {
  name: 'Custom field: TEXT with limits (5-120)',
  render: serve(() => withCustomFields(baseSpec(), [CUSTOM_FIELDS.text])),
};

export const CustomFieldTextOptional: Story = {
  name: 'Custom field: optional TEXT (max 200)',
  render: serve(() => withCustomFields(baseSpec(), [CUSTOM_FIELDS.optionalText])),
};

export const CustomFieldNumeric: Story = {
  name: 'Custom field: NUMERIC (14 digits)',
  render: serve(() => withCustomFields(baseSpec(), [CUSTOM_FIELDS.numeric])),
};

export const CustomFieldDropdown: Story = {
  name: 'Custom field: DROPDOWN',
  render: serve(() => withCustomFields(baseSpec(), [CUSTOM_FIELDS.dropdown])),
};

// ---------------------------------------------------------------------------------------------
// Collection flags, promotion codes, quantities, payment methods, submit types.

export const CollectEmailOnly: Story = {
  name: 'Collect: email only (no flags)',
  render: serve(() => baseSpec()),
};

export const CollectEverything: Story = {
  name: 'Collect: name, phone, billing, shipping, promotion code',
  render: serve(() => withCollection(baseSpec())),
};

export const CollectNameAndPhone: Story = {
  name: 'Collect: name and phone',
  render: serve(() => withCollection(baseSpec(), { billingAddressCollection: false, shippingAddressCollection: false, allowPromotionCodes: false })),
};

export const CollectBillingAddress: Story = {
  name: 'Collect: billing address',
  render: serve(() =>
    withCollection(baseSpec(), { nameCollection: false, phoneNumberCollection: false, shippingAddressCollection: false, allowPromotionCodes: false }),
  ),
};

export const CollectShippingAddress: Story = {
  name: 'Collect: shipping address',
  render: serve(() =>
    withCollection(baseSpec(), { nameCollection: false, phoneNumberCollection: false, billingAddressCollection: false, allowPromotionCodes: false }),
  ),
};

export const AdjustableQuantities: Story = {
  name: 'Adjustable quantities and promotion codes',
  render: serve(() =>
    baseSpec({
      allowPromotionCodes: true,
      items: [
        { name: 'Egyptian cotton tote bag', unitAmount: 35000, quantity: 2, adjustable: { minimum: 1, maximum: 10 } },
        { name: 'Organic hibiscus tea', unitAmount: 12000, quantity: 1, adjustable: true },
        { name: 'Gift card', unitAmount: 50000, quantity: 1 },
      ],
    }),
  ),
  parameters: { docs: { description: { story: 'The provider recomputes totals for WELCOME10, FLAT50 (EXPIRED10 and others are refused) and for quantities within range.' } } },
};

export const PaymentMethodsAll: Story = {
  name: 'Payment methods: card, valU, wallet, Fawry',
  render: serve(() => baseSpec()),
};

export const PaymentMethodsFilteredByAmount: Story = {
  name: 'Payment methods: valU hidden under its minimum',
  render: serve(() => baseSpec({ items: [{ name: 'Organic hibiscus tea', unitAmount: 12000, quantity: 1 }], shippingAmount: 0, taxRate: 0 })),
  parameters: { docs: { description: { story: 'EGP 120.00 is below valU’s 500.00 minimum: valU must not be offered.' } } },
};

export const CardOnly: Story = {
  name: 'Payment methods: card only',
  render: serve(() => baseSpec({ paymentMethodTypes: ['card'] })),
};

export const SubmitTypeDonate: Story = {
  name: 'Submit type: DONATE',
  render: serve(() => baseSpec({ submitType: 'DONATE', merchantName: 'Cairo Food Bank', items: [{ name: 'Donation', unitAmount: 50000 }], shippingAmount: 0, taxRate: 0 })),
};

export const SubmitTypeBook: Story = {
  name: 'Submit type: BOOK',
  render: serve(() => baseSpec({ submitType: 'BOOK', items: [{ name: 'Felucca ride at sunset, 2 h', unitAmount: 90000, quantity: 2 }], shippingAmount: 0 })),
};

export const NoMerchantName: Story = {
  name: 'No merchant name or logo',
  render: serve(() => baseSpec({ merchantName: null, merchantLogo: null })),
};

// ---------------------------------------------------------------------------------------------
// Locales: the session's own `locale` (the toolbar and the locale control override it).

export const LocaleArabic: Story = {
  name: 'Locale: ar-EG (RTL)',
  render: serve(() => withCustomFields(withCollection(baseSpec({ locale: 'ar-EG' })))),
};

export const LocaleFrench: Story = {
  name: 'Locale: fr',
  render: serve(() => withCollection(withCurrency(baseSpec({ locale: 'fr-FR' }), 'EGP'))),
};

export const LocaleGerman: Story = {
  name: 'Locale: de',
  render: serve(() => withCollection(baseSpec({ locale: 'de-DE' }))),
};

export const LocaleJapanese: Story = {
  name: 'Locale: ja (JPY)',
  render: serve(() => withCollection(withCurrency(baseSpec({ locale: 'ja-JP' }), 'JPY'))),
};

export const LocaleAuto: Story = {
  name: 'Locale: auto (browser languages)',
  render: serve(() => baseSpec({ locale: 'auto' })),
};
