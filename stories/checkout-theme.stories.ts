import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import {
  assetUrl,
  baseSpec,
  BRAND_MERCHANTS,
  BRANDS,
  MISSING_LOGO_URL,
  withBranding,
  withCollection,
  withCurrency,
  withCustomFields,
  type SessionSpec,
} from './support/fixtures.js';
import {
  brandingArgTypes,
  brandingFromArgs,
  brandingToArgs,
  checkoutArgTypes,
  defaultCheckoutArgs,
  emptyBrandingArgs,
  payButtonOf,
  renderCheckout,
  waitForState,
  type CheckoutStoryArgs,
} from './support/checkout-story.js';

/**
 * `brandingSettings` from the session drive the theme (CONTRACT section 4). Every field is a
 * control here: change one and the story serves a new fixture session with it.
 */
const meta = {
  title: 'Checkout/Theme',
  component: 'xpay-checkout',
  args: { ...defaultCheckoutArgs, ...emptyBrandingArgs },
  argTypes: { ...checkoutArgTypes, ...brandingArgTypes },
  parameters: {
    docs: {
      description: {
        component:
          'Every `brandingSettings` field is a control (empty = absent from the session, so the default applies). ' +
          'The session is rebuilt from the controls on each change.',
      },
    },
  },
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'open');
  },
} satisfies Meta<CheckoutStoryArgs>;

export default meta;
type Story = StoryObj<CheckoutStoryArgs>;

/** The session the story serves: `spec` with the controls' branding. */
function themed(spec: () => SessionSpec): Story['render'] {
  return (args, context) => renderCheckout(args, context, { scenario: { spec: withBranding(spec(), brandingFromArgs(args)) } });
}

/** A session that shows many themed parts (fields, promotion code, quantities) once the form exists. */
const showcase = () => withCustomFields(withCollection(baseSpec()));

export const Playground: Story = {
  render: themed(showcase),
  parameters: { docs: { description: { story: 'All controls empty: the defaults. Set any field to see it applied.' } } },
};

export const Light: Story = {
  render: themed(showcase),
  args: { colorMode: 'light' },
};

export const Dark: Story = {
  render: themed(showcase),
  args: { colorMode: 'dark' },
  globals: { backgrounds: { value: 'dark' } },
};

export const BrandNileGoods: Story = {
  name: 'Brand: Nile Goods (EGP, pill, relaxed)',
  render: themed(() => showcaseFor('nile', baseSpec())),
  args: brandingToArgs(BRANDS.nile),
  // The session's teal primary (#0f766e) paints the pay button.
  play: ({ canvasElement }) => expectPrimary(canvasElement, 'rgb(15, 118, 110)'),
};

export const BrandSouqAlKuwait: Story = {
  name: 'Brand: Souq Al-Kuwait (KWD, dark, sharp, compact)',
  render: themed(() => showcaseFor('souq', withCurrency(baseSpec(), 'KWD'))),
  args: brandingToArgs(BRANDS.souq),
  globals: { backgrounds: { value: 'dark' } },
};

export const BrandSakuraTea: Story = {
  name: 'Brand: Sakura Tea House (JPY, underlined, ja)',
  render: themed(() => showcaseFor('sakura', withCurrency(baseSpec({ locale: 'ja-JP' }), 'JPY'))),
  args: brandingToArgs(BRANDS.sakura),
};

/**
 * Waits until the pay button paints in `rgb`: the session's branding (the theme's adopted
 * stylesheet on the host) or the merchant's CSS, whichever must win.
 */
async function expectPrimary(canvasElement: HTMLElement, rgb: string): Promise<void> {
  const pay = await payButtonOf(await waitForState(canvasElement, 'open'));
  await waitFor(() => expect(getComputedStyle(pay).backgroundColor).toBe(rgb));
}

function showcaseFor(brand: keyof typeof BRAND_MERCHANTS, spec: SessionSpec): SessionSpec {
  const merchant = BRAND_MERCHANTS[brand];
  return withCustomFields(withCollection({ ...spec, merchantName: merchant.merchantName, merchantLogo: assetUrl(merchant.logo) }));
}

export const BorderStyles: Story = {
  name: 'Each borderStyle (pill)',
  render: themed(showcase),
  args: { borderStyle: 'pill', spacing: 'relaxed', inputSize: 'large' },
  parameters: { docs: { description: { story: 'Switch `borderStyle`, `spacing`, `inputSize`, `inputStyle`, `formLayout` in the controls.' } } },
};

export const CondensedSmallFlatCompact: Story = {
  render: themed(showcase),
  args: { borderStyle: 'sharp', spacing: 'condensed', inputSize: 'small', inputStyle: 'flat', formLayout: 'compact' },
};

export const InvalidBrandingValues: Story = {
  name: 'Invalid branding values (ignored with warnings)',
  render: themed(showcase),
  args: {
    colorMode: 'sepia',
    borderStyle: 'wavy',
    spacing: 'huge',
    inputSize: 'xl',
    inputStyle: 'neon',
    formLayout: 'grid',
    fontFamily: 'Arial; background: url(https://evil.example/x)',
    primary: 'not-a-colour',
    background: 'url(javascript:alert(1))',
  },
  parameters: {
    docs: { description: { story: 'Unknown enum values, a colour that is not a CSS colour and a font that is not a family list: each falls back to the default, with a console warning.' } },
  },
};

export const LowContrastColours: Story = {
  name: 'Low-contrast colours (repaired)',
  render: themed(showcase),
  args: { primary: '#fde68a', primaryForeground: '#fef3c7', foreground: '#d4d4d8', background: '#ffffff' },
  parameters: { docs: { description: { story: 'The theme repairs colours that would fail WCAG contrast, so axe passes.' } } },
};

export const MerchantCssOverrides: Story = {
  name: 'Merchant CSS custom properties win',
  render: themed(showcase),
  args: { primary: '#0f766e' },
  decorators: [
    (story) =>
      html`<div style="--xpay-color-primary: #6d28d9; --xpay-color-primary-foreground: #ffffff; --xpay-radius: 2px; --xpay-font-family: Georgia, serif;">
        ${story()}
      </div>`,
  ],
  parameters: {
    docs: { description: { story: 'The page sets `--xpay-color-primary` (violet) on an ancestor; the session’s teal must lose.' } },
  },
  play: ({ canvasElement }) => expectPrimary(canvasElement, 'rgb(109, 40, 217)'),
};

export const WithLogo: Story = {
  render: themed(() => ({ ...baseSpec(), merchantLogo: assetUrl('nile-goods.svg') })),
};

export const BrokenLogo: Story = {
  render: themed(() => ({ ...baseSpec(), merchantLogo: MISSING_LOGO_URL })),
  parameters: { docs: { description: { story: 'The logo URL does not resolve: the summary must not break.' } } },
};
