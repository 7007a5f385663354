import { ContextProvider } from '@lit/context';
import { fixture, html } from '@open-wc/testing';
import type { TokenizedCard } from '../../src/api/session-changes.js';
import type { Session } from '../../src/api/schema.js';
import type { CardState } from '../../src/components/card-input/xpay-card-input.js';
import { XPayPaymentForm } from '../../src/components/payment-form/xpay-payment-form.js';
import { defineElement } from '../../src/define.js';
import { englishTranslator } from '../../src/i18n/catalogs.js';
import { translatorContext } from '../../src/i18n/context.js';
import type { Translator } from '../../src/i18n/translator.js';
import { XPayInternalEvent } from '../../src/lib/events.js';

/** Provides a Translator to what it contains, as `<xpay-checkout>` does. */
export class TestTranslatorProvider extends HTMLElement {
  readonly provider = new ContextProvider(this, { context: translatorContext, initialValue: englishTranslator });

  set translator(translator: Translator) {
    this.provider.setValue(translator);
  }
}

/**
 * The card element as the form sees it (INTERFACES §3), without a frame: the form's tests are
 * about the form, so the card answers `validate` as told and records what it was asked.
 */
export class StubCardInput extends HTMLElement {
  config: unknown = null;
  version = 3;
  valid = true;
  /** What an invalid card's frame reports as its first error; null as a frame that could not load. */
  invalidError: CardState['error'] = { key: 'validation.cardNumberRequired' };
  state: CardState = { empty: true, complete: false, brand: null, error: null };
  focusCalls = 0;
  readonly validateCalls: ({ focus?: boolean } | undefined)[] = [];
  /** The answer to the latest `validate`: awaiting it lets the form act on it first. */
  lastValidation: Promise<boolean> | null = null;
  readonly tokenizeCalls: string[] = [];
  cleared = false;
  readonly updateComplete = Promise.resolve(true);

  connectedCallback(): void {
    this.tabIndex = 0;
  }

  /** What the frame would report after a change (`xpay-card-change`). */
  report(error: CardState['error']): void {
    this.state = { ...this.state, error, complete: !error };
    this.dispatchEvent(new XPayInternalEvent<CardState>('xpay-card-change', this.state));
  }

  override focus(options?: FocusOptions): void {
    this.focusCalls += 1;
    super.focus(options);
  }

  validate(options?: { focus?: boolean }): Promise<boolean> {
    this.validateCalls.push(options);
    // The frame reports its state before it answers, as the real one does.
    this.report(this.valid ? null : this.invalidError);
    if (!this.valid && options?.focus) this.focus();
    this.lastValidation = Promise.resolve(this.valid);
    return this.lastValidation;
  }

  async tokenize(idempotencyKey: string): Promise<TokenizedCard> {
    this.tokenizeCalls.push(idempotencyKey);
    return { id: 'pm_stub', type: 'card', card: { brand: 'visa', last4: '4242', expMonth: 12, expYear: 2034, funding: null, country: null } };
  }

  clear(): void {
    this.cleared = true;
  }
}

defineElement('test-translator-provider', TestTranslatorProvider);
defineElement('xpay-card-input', StubCardInput);
defineElement('xpay-payment-form', XPayPaymentForm);

export interface MountedForm {
  form: XPayPaymentForm;
  root: ShadowRoot;
  provider: TestTranslatorProvider;
}

/** `<xpay-payment-form>` alone, inside a translator provider, rendered. */
export async function mountForm(session: Session, width = 480): Promise<MountedForm> {
  const provider = await fixture<TestTranslatorProvider>(html`<test-translator-provider style="display: block; inline-size: ${width}px">
    <xpay-payment-form .session=${session} .cardConfig=${{ apiBase: 'https://api.test', clientSecret: 'cs_x_secret_y', sessionId: session.id }}></xpay-payment-form>
  </test-translator-provider>`);
  const form = provider.querySelector('xpay-payment-form');
  if (!form?.shadowRoot) throw new Error('the payment form did not render');
  await form.updateComplete;
  return { form, root: form.shadowRoot, provider };
}

export function control(root: ShadowRoot, name: string): HTMLInputElement | HTMLSelectElement {
  const found = root.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`);
  if (!found) throw new Error(`no field named ${name}`);
  return found;
}

/** Types into a field the way a browser does (value, then `input`), without leaving it. */
export async function type(form: XPayPaymentForm, name: string, value: string): Promise<void> {
  const input = control(form.shadowRoot!, name);
  input.focus();
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: value }));
  await form.updateComplete;
}

export async function choose(form: XPayPaymentForm, name: string, value: string): Promise<void> {
  const select = control(form.shadowRoot!, name);
  select.focus();
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await form.updateComplete;
}

/** Leaves the focused field, as Tab would. */
export async function leave(form: XPayPaymentForm): Promise<void> {
  const active = form.shadowRoot?.activeElement;
  if (active instanceof HTMLElement) active.blur();
  await form.updateComplete;
}

/** The text of everything `aria-describedby` points at. */
export function description(element: Element): string {
  const root = element.getRootNode() as ShadowRoot;
  return (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => root.getElementById(id)?.textContent?.trim() ?? '')
    .join(' ');
}

export function payButton(root: ShadowRoot): HTMLButtonElement {
  const button = root.querySelector<HTMLButtonElement>('[part="pay-button"]');
  if (!button) throw new Error('no pay button');
  return button;
}

export function stubCard(root: ShadowRoot): StubCardInput {
  const card = root.querySelector('xpay-card-input');
  if (!(card instanceof StubCardInput)) throw new Error('no card entry rendered');
  return card;
}
