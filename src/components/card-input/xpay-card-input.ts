import '../../i18n/use-payment-english.js';
import { consume } from '@lit/context';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { translatorContext } from '../../i18n/context.js';
import type { Translator } from '../../i18n/translator.js';
import { XPayInternalEvent } from '../../lib/events.js';
import { baseStyles } from '../shared.styles.js';
import { CardFrameChannel, frameUnavailable } from './card-frame-channel.js';
import { cardFrameUrl } from './card-frame-url.js';
import { frameMessages, frameTheme } from './frame-init.js';
import type { CardFrameConfig, CardState, TokenizedCard } from './types.js';
import { cardInputStyles } from './xpay-card-input.styles.js';

export type { CardFrameConfig, CardState, TokenizedCard } from './types.js';

const EMPTY: CardState = { empty: true, complete: false, brand: null, error: null };

type Status = 'loading' | 'ready' | 'unavailable';

let frames = 0;

const sameFrame = (a: CardFrameConfig | null, b: CardFrameConfig | null) =>
  a?.apiBase === b?.apiBase && a?.sessionId === b?.sessionId && a?.clientSecret === b?.clientSecret;

/**
 * Card entry as a black box (INTERFACES §3): an `<iframe>` served from the provider's origin
 * holds every digit (PCI DSS SAQ A), and this element only ever learns the card's state and,
 * on pay, the payment method the frame minted. It sizes the frame to its content, passes the
 * widget's language and theme in, and shows a message with Retry when the frame cannot load.
 */
export class XPayCardInput extends LitElement {
  static override styles = [baseStyles, cardInputStyles];

  /** How long a frame may take to say it is ready before it counts as unavailable. */
  static readyTimeoutMs = 15000;
  /** After the frame's page has loaded, its ready message is a task away; silence means it is not ours (a 404, a CSP block). */
  static loadGraceMs = 1000;

  @consume({ context: translatorContext, subscribe: true }) @state() private i18n?: Translator;
  @property({ attribute: false }) config: CardFrameConfig | null = null;
  @property({ type: Boolean, reflect: true }) disabled = false;

  @state() private status: Status = 'loading';
  @state() private height: number | null = null;
  /** Bumped to replace the iframe (a new session, Retry). */
  @state() private generation = 0;
  /**
   * Creating a cross-site frame is the costliest step of the form's first render (about 15 ms in
   * traces), so the iframe comes a task later, in a slot of its size: the render that makes the
   * checkout ready stays short, and the frame starts loading straight after.
   */
  @state() private frameDue = false;
  private frameTimer: ReturnType<typeof setTimeout> | undefined;

  @query('iframe') private iframe?: HTMLIFrameElement;
  @query('.unavailable button') private retryButton?: HTMLButtonElement;

  private channel: CardFrameChannel | null = null;
  private timers: ReturnType<typeof setTimeout>[] = [];
  private cardState: CardState = EMPTY;
  private changes = 0;
  /** The frame's edit count in its latest `xpay:change`; null until a (re)loaded frame page reports. */
  private frameEdits: number | null = null;
  private sentInit = '';
  private focusWhenReady = false;
  /** A distinct browsing-context name per frame, so tools (and tests) can tell two widgets' frames apart. */
  private readonly frameName = `xpay-card-${(frames += 1)}`;

  /** Bumped on every `xpay:change` from the frame, so a pay attempt knows whether the card changed. */
  get version(): number {
    return this.changes;
  }

  get state(): CardState {
    return this.cardState;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('message', this.onMessage);
    // Back in the page after a move: the old frame's document is gone, so start a new one.
    if (this.hasUpdated) this.restart();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('message', this.onMessage);
    clearTimeout(this.frameTimer);
    this.frameTimer = undefined;
    this.closeFrame();
  }

  /** Validates inside the frame, where the errors show; with `focus`, the first invalid input takes focus. */
  async validate({ focus = false }: { focus?: boolean } = {}): Promise<boolean> {
    if (this.status !== 'ready' || !this.channel) {
      if (focus) this.focus();
      return false;
    }
    if (focus && this.shadowRoot?.activeElement !== this.iframe) this.iframe?.focus();
    return this.channel.validate(focus);
  }

  /** Mints a payment method inside the frame; rejects with a CheckoutError (see INTERFACES §3). */
  async tokenize(idempotencyKey: string): Promise<TokenizedCard> {
    if (this.status !== 'ready' || !this.channel) throw frameUnavailable();
    return this.channel.tokenize(idempotencyKey).catch((error) => {
      // The frame marked the input at fault; only the parent can move page focus into a cross-origin frame.
      if (error?.code === 'card_invalid' || error?.details?.param) this.focus();
      throw error;
    });
  }

  override focus(options?: FocusOptions): void {
    if (this.status === 'unavailable') {
      this.retryButton?.focus(options);
    } else if (this.status === 'ready') {
      // Focusing the iframe element again while focus is inside it would blur the input there.
      if (this.shadowRoot?.activeElement !== this.iframe) this.iframe?.focus(options);
      this.channel?.send({ type: 'xpay:focus-input' });
    } else {
      this.focusWhenReady = true;
    }
  }

  /** Forgets everything typed (after completion). */
  clear(): void {
    this.channel?.send({ type: 'xpay:clear' });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('config') && !sameFrame(changed.get('config') ?? null, this.config) && this.hasUpdated) this.restart();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!this.frameDue && this.config && this.i18n) this.frameTimer ??= setTimeout(() => (this.frameDue = true));
    if (this.iframe && this.channel === null) this.watch(this.iframe);
    // Through CSSOM, never a style attribute: a merchant's style-src without 'unsafe-inline' allows only this.
    if (this.iframe) this.iframe.style.blockSize = this.height ? `${this.height}px` : '';
    if (changed.has('disabled') && this.status === 'ready') this.channel?.send({ type: 'xpay:disabled', disabled: this.disabled });
    // Language, theme and name collection may change at any time; the frame keeps what was typed.
    if (this.status === 'ready') this.sendInit();
  }

  /** A fresh frame: the old one's pending requests fail, and nothing typed carries over. */
  private restart(): void {
    this.closeFrame();
    this.status = 'loading';
    this.height = null;
    this.generation += 1;
    this.setCardState(EMPTY);
  }

  private closeFrame(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers = [];
    this.channel?.close();
    this.channel = null;
    this.sentInit = '';
  }

  private watch(frame: HTMLIFrameElement): void {
    const { origin } = new URL(frame.src);
    this.channel = new CardFrameChannel(frame, origin, {
      ready: () => this.onReady(),
      change: (state, edits) => {
        // Re-sent state (every init, every validation) is the same card; only the customer's edits make another.
        if (edits !== this.frameEdits) this.changes += 1;
        this.frameEdits = edits;
        this.setCardState(state);
      },
      resize: (height) => {
        this.height = height;
      },
      focus: (focused) => {
        this.toggleAttribute('focused', focused);
        // Nothing announces a theme change (merchant CSS, branding); the customer arriving is a good moment to check.
        if (focused) this.sendInit();
      },
      submit: () => this.dispatchEvent(new XPayInternalEvent('xpay-card-submit', null)),
    });
    this.timers.push(setTimeout(() => this.fail(), XPayCardInput.readyTimeoutMs));
  }

  private onMessage = (event: MessageEvent) => {
    this.channel?.receive(event);
  };

  private onLoad = () => {
    if (this.status === 'loading') this.timers.push(setTimeout(() => this.fail(), XPayCardInput.loadGraceMs));
  };

  private onReady(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers = [];
    // The frame's page may have reloaded itself: it starts from nothing and needs init again.
    this.sentInit = '';
    this.frameEdits = null;
    this.status = 'ready';
    this.sendInit();
    if (this.focusWhenReady) {
      this.focusWhenReady = false;
      this.focus();
    }
  }

  private fail = () => {
    if (this.status !== 'loading') return;
    this.closeFrame();
    this.status = 'unavailable';
    this.dispatchEvent(new XPayInternalEvent('xpay-card-unavailable', null));
    // A Retry that failed again: focus goes back to Retry, not to the page.
    if (this.focusWhenReady) {
      this.focusWhenReady = false;
      void this.updateComplete.then(() => this.retryButton?.focus());
    }
  };

  private retry = () => {
    this.focusWhenReady = true;
    this.restart();
  };

  /** Sent again only when something in it changed, so re-renders do not flood the frame. */
  private sendInit(): void {
    const { i18n, config, channel } = this;
    if (!i18n || !config || !channel) return;
    const init = {
      type: 'xpay:init' as const,
      sessionId: config.sessionId,
      clientSecret: config.clientSecret,
      locale: i18n.language,
      dir: i18n.dir,
      theme: frameTheme(this),
      messages: frameMessages(i18n),
      collectName: config.collectName ?? false,
      disabled: this.disabled,
    };
    const key = JSON.stringify(init);
    if (key === this.sentInit) return;
    this.sentInit = key;
    channel.send(init);
  }

  private setCardState(state: CardState): void {
    this.cardState = state;
    this.dispatchEvent(new XPayInternalEvent<CardState>('xpay-card-change', state));
  }

  override render() {
    const { i18n, config } = this;
    if (!i18n || !config) return nothing;
    if (this.status === 'unavailable') {
      return html`<div class="unavailable" part="notice notice-card" role="alert">
        <p>${i18n.t('card.frameUnavailable')}</p>
        <button type="button" class="button button--secondary" @click=${this.retry}>${i18n.t('action.retry')}</button>
      </div>`;
    }
    // Until the frame reports its height, the CSS reserves what it will need, so its arrival moves nothing.
    const rows = config.collectName ? 'with-name' : '';
    if (!this.frameDue) return html`<div class="frame-slot ${rows}"></div>`;
    return keyed(
      this.generation,
      html`<iframe
        class=${rows}
        name=${this.frameName}
        src=${cardFrameUrl(config.apiBase)}
        title=${i18n.t('card.frameTitle')}
        @load=${this.onLoad}
        @error=${this.fail}
      ></iframe>`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'xpay-card-input': XPayCardInput;
  }
}
