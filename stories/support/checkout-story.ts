/**
 * Shared pieces of the `<xpay-checkout>` stories: args and controls, the render function
 * (registers a fixture session, renders the element against the fixture provider), event
 * recording (also shown in the Actions panel), and play-function helpers.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { ref } from 'lit/directives/ref.js';
import { action } from 'storybook/actions';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { ArgTypes, Decorator } from '@storybook/web-components-vite';
import type { CheckoutState, XPayCheckout } from '../../src/index.js';
import { cardFrame, fillCard, type CardEntry } from './card-frame.js';
import { deepQuery, deepQueryAll } from './dom.js';
import { FIXTURE_API_BASE, registerFixture, type FixtureScenario } from './fixture-provider.js';
import { COLOR_TOKENS, type ColorToken } from '../../src/theme/palettes.js';
import { BRANDING_CHOICES } from '../../src/theme/theme.js';
import type { BrandingSpec } from './fixtures.js';

// ---------------------------------------------------------------------------------------------
// Args.

export const LOCALES = ['', 'auto', 'en', 'ar', 'ar-EG', 'fr', 'de', 'ja', 'es', 'tr', 'zh-CN'] as const;

export interface CheckoutArgs {
  /** `locale` attribute; empty: the session's own `locale`, or the toolbar's. */
  locale: string;
  /** `poll-interval` attribute, ms. */
  pollInterval: number;
}

export type BrandingArgs = {
  colorMode: string;
  borderStyle: string;
  spacing: string;
  inputSize: string;
  inputStyle: string;
  formLayout: string;
  fontFamily: string;
} & Record<ColorToken, string>;

export type CheckoutStoryArgs = CheckoutArgs & Partial<BrandingArgs>;

export const checkoutArgTypes: Partial<ArgTypes<CheckoutStoryArgs>> = {
  locale: {
    name: 'locale',
    description: 'The `locale` attribute. Empty: the toolbar’s locale, else the session’s `locale`. Catalogs that do not exist yet fall back to English.',
    control: { type: 'select', labels: { '': '(session / toolbar)', auto: 'auto (browser)' } },
    options: [...LOCALES],
    table: { category: 'Attributes' },
  },
  pollInterval: {
    name: 'poll-interval',
    description: 'ms between re-loads when the event stream is unavailable',
    control: { type: 'number', min: 500, step: 500 },
    table: { category: 'Attributes' },
  },
};

const kebab = (token: string) => token.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** Every `brandingSettings` field as a control; empty means "absent from the session". */
export const brandingArgTypes: Partial<ArgTypes<CheckoutStoryArgs>> = {
  ...Object.fromEntries(
    (Object.keys(BRANDING_CHOICES) as (keyof typeof BRANDING_CHOICES)[]).map((field) => [
      field,
      {
        description: `brandingSettings.${field} (default "${BRANDING_CHOICES[field][0]}")`,
        control: { type: 'select', labels: { '': '(absent)' } },
        options: ['', ...BRANDING_CHOICES[field]],
        table: { category: 'brandingSettings' },
      },
    ]),
  ),
  fontFamily: {
    description: 'brandingSettings.fontFamily: a plain family list, e.g. `Georgia, serif`',
    control: 'text',
    table: { category: 'brandingSettings' },
  },
  ...Object.fromEntries(
    COLOR_TOKENS.map((token) => [
      token,
      {
        description: `brandingSettings.colors.${token} (→ --xpay-color-${kebab(token)})`,
        control: { type: 'color', presetColors: ['#0f766e', '#2563eb', '#9d174d', '#d4a017', '#111111', '#ffffff'] },
        table: { category: 'brandingSettings.colors' },
      },
    ]),
  ),
};

export const defaultCheckoutArgs: CheckoutArgs = { locale: '', pollInterval: 5000 };

/** All branding args empty. */
export const emptyBrandingArgs: BrandingArgs = {
  colorMode: '',
  borderStyle: '',
  spacing: '',
  inputSize: '',
  inputStyle: '',
  formLayout: '',
  fontFamily: '',
  ...(Object.fromEntries(COLOR_TOKENS.map((token) => [token, ''])) as Record<ColorToken, string>),
};

/** Args that reproduce a brand in the controls. */
export function brandingToArgs(branding: BrandingSpec): BrandingArgs {
  const args: BrandingArgs = { ...emptyBrandingArgs };
  for (const field of ['colorMode', 'borderStyle', 'spacing', 'inputSize', 'inputStyle', 'formLayout', 'fontFamily'] as const) {
    args[field] = branding[field] ?? '';
  }
  for (const token of COLOR_TOKENS) args[token] = branding.colors?.[token] ?? '';
  return args;
}

/** The `brandingSettings` the controls describe; null when every control is empty. */
export function brandingFromArgs(args: Partial<BrandingArgs>): BrandingSpec | null {
  const branding: BrandingSpec = {};
  const colors: Partial<Record<ColorToken, string>> = {};
  for (const field of ['colorMode', 'borderStyle', 'spacing', 'inputSize', 'inputStyle', 'formLayout', 'fontFamily'] as const) {
    const value = args[field];
    if (value) branding[field] = value;
  }
  for (const token of COLOR_TOKENS) {
    const value = args[token];
    if (value) colors[token] = value;
  }
  if (Object.keys(colors).length > 0) branding.colors = colors;
  return Object.keys(branding).length > 0 ? branding : null;
}

// ---------------------------------------------------------------------------------------------
// Events.

export type XPayEventName = 'xpay-ready' | 'xpay-complete' | 'xpay-expired' | 'xpay-error';
const EVENT_NAMES: readonly XPayEventName[] = ['xpay-ready', 'xpay-complete', 'xpay-expired', 'xpay-error'];
const eventLogs = new WeakMap<Element, { type: XPayEventName; detail: Record<string, unknown> }[]>();

function record(event: Event): void {
  const host = event.currentTarget as Element;
  const detail = (event as CustomEvent<Record<string, unknown>>).detail;
  const log = eventLogs.get(host) ?? [];
  log.push({ type: event.type as XPayEventName, detail });
  eventLogs.set(host, log);
  action(event.type)(detail);
}

/** Every `xpay-*` event the host dispatched, in order. */
export function eventsOf(host: Element, type?: XPayEventName) {
  const log = eventLogs.get(host) ?? [];
  return type ? log.filter((entry) => entry.type === type) : log;
}

// ---------------------------------------------------------------------------------------------
// Render.

export interface RenderOptions {
  /** The fixture to serve; null renders without registering anything. */
  scenario: FixtureScenario | null;
  /** Overrides: `null` leaves the attribute out; a string replaces the registered value. */
  apiBase?: string | null;
  clientSecret?: string | null;
  /** Gives the widget a way to a new session, so an expired checkout offers Start again. */
  fetchClientSecret?: () => Promise<string>;
}

const navigationLogs = new WeakMap<Element, string[]>();

/** Every URL the widget asked `navigateTop` to open, in order. */
export function navigationsOf(host: Element): string[] {
  return navigationLogs.get(host) ?? [];
}

/**
 * Overrides the element's protected `navigateTop(url)` seam on every story's element: the URL
 * the widget would send the top window to (a 3-D Secure bank page, the merchant's page after
 * completion) is recorded (`navigationsOf(host)`, and in the Actions panel) and Storybook stays
 * where it is, whichever story a designer pays in by hand.
 */
function holdNavigationOf(element: Element | undefined): void {
  if (!element || navigationLogs.has(element)) return;
  const log: string[] = [];
  navigationLogs.set(element, log);
  (element as unknown as { navigateTop: (url: string) => void }).navigateTop = (url) => {
    log.push(url);
    action('navigateTop')(url);
  };
}

/**
 * Registers the fixture (a fresh session id on every render, so a control change reloads
 * the widget with the new session) and renders `<xpay-checkout>` against the provider.
 */
/** What the render needs from Storybook's story context. */
export interface RenderContext {
  id: string;
  globals: Record<string, unknown>;
}

export function renderCheckout(args: Partial<CheckoutStoryArgs>, context: RenderContext, options: RenderOptions): TemplateResult {
  const registered = options.scenario ? registerFixture(options.scenario) : null;
  const apiBase = options.apiBase === undefined ? (registered?.apiBase ?? FIXTURE_API_BASE) : options.apiBase;
  const clientSecret = options.clientSecret === undefined ? (registered?.clientSecret ?? null) : options.clientSecret;
  const globalLocale = typeof context.globals.locale === 'string' ? context.globals.locale : '';
  const locale = args.locale || globalLocale || undefined;
  const listeners = Object.fromEntries(EVENT_NAMES.map((name) => [name, record]));
  // Keyed by story: moving to another story always mounts a fresh element.
  return html`${keyed(
    context.id,
    html`<xpay-checkout
      api-base=${ifDefined(apiBase ?? undefined)}
      client-secret=${ifDefined(clientSecret ?? undefined)}
      locale=${ifDefined(locale)}
      poll-interval=${args.pollInterval ?? 5000}
      .fetchClientSecret=${options.fetchClientSecret ?? null}
      ${ref(holdNavigationOf)}
      @xpay-ready=${listeners['xpay-ready']}
      @xpay-complete=${listeners['xpay-complete']}
      @xpay-expired=${listeners['xpay-expired']}
      @xpay-error=${listeners['xpay-error']}
    ></xpay-checkout>`,
  )}`;
}

// ---------------------------------------------------------------------------------------------
// Decorators.

/** The widget in a container `px` wide (a phone at 360, a tablet at 768), outlined. */
export function width(px: number): Decorator {
  return (story) => html`<div data-frame="width-${px}" style="width: ${px}px; outline: 1px dashed #9ca3af; outline-offset: 0;">${story()}</div>`;
}

/** The widget at 320 px, the narrowest phone it must fit. */
export const narrow: Decorator = (story) =>
  html`<div data-frame="narrow" style="width: 320px; outline: 1px dashed #9ca3af; outline-offset: 0;">${story()}</div>`;

/** A caption above the story, e.g. what a fixture option does. */
export function caption(text: string): Decorator {
  return (story) => html`${story()}${text ? html`<p class="sb-caption">${text}</p>` : nothing}`;
}

// ---------------------------------------------------------------------------------------------
// Play helpers.

export { deepQuery, deepQueryAll } from './dom.js';

export function checkoutIn(canvasElement: HTMLElement): XPayCheckout {
  const host = canvasElement.querySelector('xpay-checkout');
  if (!host) throw new Error('no <xpay-checkout> in the story');
  return host;
}

/** Waits until the host's `state` attribute reads `expected`; returns the host. */
export async function waitForState(canvasElement: HTMLElement, expected: CheckoutState, timeout = 5000): Promise<XPayCheckout> {
  const host = checkoutIn(canvasElement);
  await waitFor(() => expect(host.getAttribute('state')).toBe(expected), { timeout });
  return host;
}

/** Waits for the error state and checks the `xpay-error` code. */
export async function waitForError(canvasElement: HTMLElement, code: string, timeout = 5000): Promise<XPayCheckout> {
  const host = await waitForState(canvasElement, 'error', timeout);
  await waitFor(() => expect(eventsOf(host, 'xpay-error').map((e) => e.detail.code)).toContain(code), { timeout });
  return host;
}

/** The fixture session behind the host (its client secret is `{id}_secret_…`). */
export function sessionIdOf(host: Element): string {
  return (host.getAttribute('client-secret') ?? '').split('_secret_')[0];
}

/** Test values by `autocomplete` token: a complete, valid customer (the card is typed in its frame). */
const VALUES_BY_AUTOCOMPLETE: Record<string, string> = {
  email: 'jane@example.com',
  name: 'Jane Doe',
  tel: '+201001234567',
  'tel-national': '1001234567',
  'address-line1': '12 Tahrir Square',
  'address-line2': 'Apartment 4',
  'address-level2': 'Cairo',
  'address-level1': 'Cairo Governorate',
  'postal-code': '11511',
};

export interface FillOptions {
  /** What to type in the card frame when it shows and is empty (default PAYING_CARD); null leaves it as it is. */
  card?: Partial<CardEntry> | null;
}

/** The pay button (`::part(pay-button)`), once rendered. */
export async function payButtonOf(host: XPayCheckout): Promise<HTMLButtonElement> {
  return waitFor(
    () => {
      const button = deepQuery<HTMLButtonElement>(host, '[part~="pay-button"]');
      expect(button, 'the pay button (::part(pay-button))').toBeTruthy();
      return button!;
    },
    { timeout: 5000 },
  );
}

/**
 * Fills every empty visible input of the payment form (matched by `autocomplete`; custom
 * fields by `inputmode`), picks the first real option of each select (DROPDOWN custom fields
 * are native selects), and types the card into its frame when the card is the chosen method.
 */
export async function fillForm(host: XPayCheckout, { card = {} }: FillOptions = {}): Promise<void> {
  await payButtonOf(host);
  for (const field of deepQueryAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(host, 'input, select, textarea')) {
    if (field.disabled || field.value || field.getClientRects().length === 0) continue;
    if (field instanceof HTMLSelectElement) {
      const option = [...field.options].find((o) => o.value && !o.disabled);
      if (option) await userEvent.selectOptions(field, option.value);
      continue;
    }
    if (field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio')) continue;
    const token = (field.getAttribute('autocomplete') ?? '').split(/\s+/).pop() ?? '';
    const value =
      VALUES_BY_AUTOCOMPLETE[token] ??
      (field.getAttribute('inputmode') === 'numeric'
        ? '29001011234567'
        : field.required || field.getAttribute('aria-required') === 'true'
          ? 'Leave it at the door, please'
          : '');
    if (value) await userEvent.type(field, value);
  }
  const cardInput = deepQuery(host, 'xpay-card-input');
  if (card && cardInput && cardInput.getClientRects().length > 0) {
    const frame = await cardFrame(host);
    if (frame.input.state.empty) await fillCard(frame, card);
  }
}

/** `fillForm`, then presses the pay button. */
export async function fillAndPay(host: XPayCheckout, options: FillOptions = {}): Promise<void> {
  await fillForm(host, options);
  await userEvent.click(await payButtonOf(host));
}
