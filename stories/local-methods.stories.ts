import { ContextProvider } from '@lit/context';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { LitElement, css, html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { action } from 'storybook/actions';
import { expect, userEvent, waitFor } from 'storybook/test';
import { defineElement } from '../src/define.js';
import type { OtpError, OtpVerificationView, VoucherView, XPayOtpStep, XPayVoucher } from '../src/features/local-methods.js';
import '../src/features/local-methods.js';
import type { MessageKey } from '../src/i18n/en.js';
import { loadTranslator } from '../src/i18n/catalogs.js';
import { translatorContext } from '../src/i18n/context.js';
import { themeTokens } from '../src/theme/tokens.styles.js';
import { LOCALES, narrow, type RenderContext } from './support/checkout-story.js';

/**
 * The steps after pay for local methods, rendered alone: the one-time code of valU and mobile
 * wallets, and the Fawry reference. Inside `<xpay-checkout>` the translator and the theme come
 * from the root; here `<xpay-story-locale>` stands in for it, providing the translator of the
 * story's (or the toolbar's) locale through the same context, and the theme's default tokens.
 * The elements are presentational, so every state is a set of properties; their events go to
 * the Actions panel.
 */
class XPayStoryLocale extends LitElement {
  static override styles = [
    themeTokens,
    css`
      :host {
        display: block;
        max-inline-size: 28rem;
        font-family: var(--_font-family);
      }
    `,
  ];

  @property() locale = 'en';

  private readonly provider = new ContextProvider(this, { context: translatorContext });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale')) void this.load(this.locale);
  }

  /** `lang` is set once the catalog is in, so a play function can wait for the language it asked for. */
  private async load(locale: string): Promise<void> {
    const translator = await loadTranslator([locale]);
    if (locale !== this.locale) return;
    this.provider.setValue(translator);
    this.dir = translator.dir;
    this.lang = translator.language;
  }

  override render() {
    return html`<slot></slot>`;
  }
}

defineElement('xpay-story-locale', XPayStoryLocale);

interface LocalMethodsArgs {
  /** The translator's locale; empty: the toolbar's, else English. */
  locale: string;
}

const meta = {
  title: 'Checkout/Local methods',
  args: { locale: '' },
  argTypes: {
    locale: {
      description: 'The translator the step gets from the checkout. Empty: the toolbar’s locale, else English.',
      control: { type: 'select', labels: { '': '(toolbar)' } },
      options: LOCALES.filter((locale) => locale !== 'auto'),
    },
  },
  parameters: {
    docs: {
      description: {
        component:
          '`<xpay-otp-step>` (valU and wallet one-time code) and `<xpay-voucher>` (the Fawry reference), rendered alone with a translator provided ' +
          'the way `<xpay-checkout>` provides it. Their `xpay-otp-*` events show in the Actions panel.',
      },
    },
  },
} satisfies Meta<LocalMethodsArgs>;

export default meta;
type Story = StoryObj<LocalMethodsArgs>;

function localeOf(args: Partial<LocalMethodsArgs>, context: RenderContext): string {
  const globalLocale = typeof context.globals.locale === 'string' && context.globals.locale !== 'auto' ? context.globals.locale : '';
  return args.locale || globalLocale || 'en';
}

function inLocale(locale: string, content: TemplateResult): TemplateResult {
  return html`<xpay-story-locale locale=${locale}>${content}</xpay-story-locale>`;
}

/** Waits until the provider has the story's catalog and `selector`'s element has rendered with it. */
async function rendered<T extends HTMLElement>(canvasElement: HTMLElement, selector: string, locale: string): Promise<T> {
  const language = (await loadTranslator([locale])).language;
  return waitFor(() => {
    const frame = canvasElement.querySelector('xpay-story-locale');
    expect(frame?.getAttribute('lang')).toBe(language);
    const element = canvasElement.querySelector<T>(selector);
    expect(element?.shadowRoot?.querySelector('h2')?.textContent?.trim()).toBeTruthy();
    return element!;
  });
}

// ---------------------------------------------------------------------------------------------
// One-time code.

/** Formatted by the root in the widget; a fixed string here, as the step receives it. */
const AMOUNT = 'EGP 1,250.00';
const SMS: OtpVerificationView = { channel: 'sms', phoneHint: '21', codeLength: 6, attemptsRemaining: 3, expiresAt: null };
const WALLET: OtpVerificationView = { channel: 'wallet', phoneHint: '0042', codeLength: 6, attemptsRemaining: 3, expiresAt: null };

interface OtpState {
  verification: OtpVerificationView;
  busy?: boolean;
  error?: OtpError | null;
  notice?: MessageKey | null;
}

function otpStory(state: OtpState): Story['render'] {
  return (args, context) =>
    inLocale(
      localeOf(args, context),
      html`<xpay-otp-step
        .verification=${state.verification}
        .amount=${AMOUNT}
        ?busy=${state.busy ?? false}
        .error=${state.error ?? null}
        .notice=${state.notice ?? null}
        @xpay-otp-submit=${(event: CustomEvent) => action('xpay-otp-submit')(event.detail)}
        @xpay-otp-resend=${() => action('xpay-otp-resend')()}
        @xpay-otp-cancel=${() => action('xpay-otp-cancel')()}
      ></xpay-otp-step>`,
    );
}

function otpInput(step: XPayOtpStep): HTMLInputElement {
  const input = step.shadowRoot?.querySelector('input');
  if (!input) throw new Error('the OTP step has no input');
  return input;
}

export const OtpSms: Story = {
  name: 'OTP: valU by SMS',
  render: otpStory({ verification: SMS }),
  play: async (context) => {
    const { canvasElement, args } = context;
    const step = await rendered<XPayOtpStep>(canvasElement, 'xpay-otp-step', localeOf(args, context));
    const input = otpInput(step);
    expect(input.getAttribute('autocomplete')).toBe('one-time-code');
    expect(step.shadowRoot!.querySelector('[part~="pay-button"]')?.textContent).toContain(AMOUNT);
    // Typed on an Arabic keyboard, kept as Latin digits.
    await userEvent.type(input, '١٢٣٤٥٦');
    await waitFor(() => expect(input.value).toBe('123456'));
  },
};

export const OtpWallet: Story = {
  name: 'OTP: mobile wallet',
  render: otpStory({ verification: WALLET }),
  play: async (context) => {
    const { canvasElement, args } = context;
    await rendered<XPayOtpStep>(canvasElement, 'xpay-otp-step', localeOf(args, context));
  },
};

export const OtpWrongCode: Story = {
  name: 'OTP: wrong code, 2 tries left',
  render: otpStory({ verification: SMS, error: { key: 'otp.incorrect', count: 2 } }),
  parameters: { docs: { description: { story: 'The root’s verdict shows at the input, which takes focus with the code selected.' } } },
  play: async (context) => {
    const { canvasElement, args } = context;
    const step = await rendered<XPayOtpStep>(canvasElement, 'xpay-otp-step', localeOf(args, context));
    const input = otpInput(step);
    await waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'));
    const message = step.shadowRoot!.getElementById(input.getAttribute('aria-describedby') ?? '');
    expect(message?.textContent?.trim()).toBeTruthy();
  },
};

export const OtpBusy: Story = {
  name: 'OTP: checking the code',
  render: otpStory({ verification: SMS, busy: true }),
  play: async (context) => {
    const { canvasElement, args } = context;
    const step = await rendered<XPayOtpStep>(canvasElement, 'xpay-otp-step', localeOf(args, context));
    expect(otpInput(step).disabled).toBe(true);
    expect(step.shadowRoot!.querySelector('[part~="pay-button"]')?.getAttribute('aria-disabled')).toBe('true');
  },
};

export const OtpResent: Story = {
  name: 'OTP: new code sent',
  render: otpStory({ verification: SMS, notice: 'otp.resent' }),
  play: async (context) => {
    const { canvasElement, args } = context;
    const step = await rendered<XPayOtpStep>(canvasElement, 'xpay-otp-step', localeOf(args, context));
    await waitFor(() => expect(step.shadowRoot!.querySelector('[role="status"]')?.textContent?.trim()).toBeTruthy());
  },
};

export const OtpArabic: Story = {
  name: 'OTP: Arabic (RTL), wrong code',
  args: { locale: 'ar' },
  render: otpStory({ verification: SMS, error: { key: 'otp.incorrect', count: 2 } }),
  play: async (context) => {
    const { canvasElement, args } = context;
    const step = await rendered<XPayOtpStep>(canvasElement, 'xpay-otp-step', localeOf(args, context));
    expect(getComputedStyle(step.shadowRoot!.querySelector('form')!).direction).toBe('rtl');
    expect(getComputedStyle(otpInput(step)).direction).toBe('ltr');
  },
};

export const OtpNarrow: Story = {
  name: 'OTP: 320 px',
  decorators: [narrow],
  render: otpStory({ verification: WALLET, error: { key: 'otp.failed' } }),
  play: async (context) => {
    const { canvasElement, args } = context;
    await rendered<XPayOtpStep>(canvasElement, 'xpay-otp-step', localeOf(args, context));
  },
};

// ---------------------------------------------------------------------------------------------
// Fawry reference.

/** A deadline two days out, so the story never shows a reference already past it. */
function inTwoDays(): string {
  return new Date(Date.now() + 2 * 24 * 60 * 60 * 1000).toISOString();
}

function voucherStory(voucher: () => VoucherView): Story['render'] {
  return (args, context) => inLocale(localeOf(args, context), html`<xpay-voucher .voucher=${voucher()}></xpay-voucher>`);
}

async function playVoucher(context: RenderContext & { canvasElement: HTMLElement; args: Partial<LocalMethodsArgs> }) {
  const { canvasElement, args } = context;
  const voucher = await rendered<XPayVoucher>(canvasElement, 'xpay-voucher', localeOf(args, context));
  const reference = voucher.shadowRoot!.querySelector<HTMLElement>('.reference')!;
  // Read in threes, always left to right, and copied as one string.
  expect(reference.textContent).toBe('9876543210');
  expect(getComputedStyle(reference).direction).toBe('ltr');
  return voucher;
}

export const VoucherEnglish: Story = {
  name: 'Fawry reference',
  render: voucherStory(() => ({ reference: '9876543210', amount: 125000, currency: 'EGP', expiresAt: inTwoDays() })),
  play: async (context) => {
    await playVoucher(context);
  },
};

export const VoucherArabic: Story = {
  name: 'Fawry reference: Arabic (RTL)',
  args: { locale: 'ar' },
  render: voucherStory(() => ({ reference: '9876543210', amount: 125000, currency: 'EGP', expiresAt: inTwoDays() })),
  play: async (context) => {
    const voucher = await playVoucher(context);
    expect(getComputedStyle(voucher.shadowRoot!.querySelector('section')!).direction).toBe('rtl');
  },
};

export const VoucherNoDeadline: Story = {
  name: 'Fawry reference: no deadline, 320 px',
  decorators: [narrow],
  render: voucherStory(() => ({ reference: '9876543210', amount: 125000, currency: 'EGP', expiresAt: null })),
  play: async (context) => {
    const voucher = await playVoucher(context);
    expect(voucher.shadowRoot!.querySelector('.deadline')).toBe(null);
  },
};
