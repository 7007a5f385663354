// The built widget on a merchant page under a strict Content-Security-Policy with Trusted Types
// (test/build/strict-csp-page.mjs): the merchant's own script mounts it, a card is typed into the
// provider's frame (nested two deep: test page → merchant page → card frame) and paid, and not
// one `securitypolicyviolation` may happen in the merchant page. Nothing here imports src/.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { XPayCardInput } from '../../src/components/card-input/xpay-card-input.js';
import { cardFrameReady, frameOf, typeCardDetails } from '../support/card-frame.js';
import { createSession, retrieveSession, testEnv } from '../support/sandbox.js';

/** A `securitypolicyviolation` as the merchant page recorded it (strict-csp-merchant.js). */
interface Violation {
  effectiveDirective: string;
  violatedDirective: string;
  blockedURI: string;
  sourceFile: string;
  lineNumber: number;
  columnNumber: number;
  sample: string;
  disposition: string;
  target: string;
}

type CallbackName = 'ready' | 'complete' | 'error' | 'expired';
type MerchantMessage =
  | { type: 'xpay-test:callback'; name: CallbackName; detail: Record<string, unknown> }
  | { type: 'xpay-test:mount-failed'; message: string }
  | { type: 'xpay-test:report'; violations: Violation[] };

const POLICY =
  `default-src 'self'; script-src 'self'; style-src 'self'; connect-src ${testEnv.origin}; frame-src ${testEnv.origin}; ` +
  `img-src ${testEnv.origin} data:; require-trusted-types-for 'script'; trusted-types lit-html`;

const pageUrl = (api: string) => `/strict-csp/page?api=${encodeURIComponent(api)}`;

/** The first match of `selector` in `host`'s shadow root. */
function inShadow<T extends Element = HTMLElement>(host: Element | null | undefined, selector: string): T | null {
  return host?.shadowRoot?.querySelector<T>(selector) ?? null;
}

/** The merchant page in an iframe of the test page, and everything its script posted back. */
class StrictPage {
  readonly messages: MerchantMessage[] = [];

  private constructor(readonly frame: HTMLIFrameElement) {
    window.addEventListener('message', this.onMessage);
  }

  static async open(api = testEnv.origin): Promise<StrictPage> {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 900px; height: 1200px; border: 0';
    const page = new StrictPage(frame);
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = pageUrl(api);
    document.body.append(frame);
    await loaded;
    return page;
  }

  get doc(): Document {
    return this.frame.contentDocument!;
  }

  send(message: Record<string, unknown>): void {
    this.frame.contentWindow!.postMessage(message, window.location.origin);
  }

  async callback(name: CallbackName): Promise<Record<string, unknown>> {
    const find = () => this.messages.find((message) => message.type === 'xpay-test:callback' && message.name === name);
    await waitUntil(() => find() || this.failedMount(), `the merchant's ${name} callback`, { timeout: 10000 });
    const failed = this.failedMount();
    if (failed) throw new Error(`initEmbeddedCheckout failed on the strict page: ${failed}`);
    return (find() as Extract<MerchantMessage, { type: 'xpay-test:callback' }>).detail;
  }

  /** Every violation the merchant page heard so far, asked for by message. */
  async violations(): Promise<Violation[]> {
    const reports = () => this.messages.filter((message): message is Extract<MerchantMessage, { type: 'xpay-test:report' }> => message.type === 'xpay-test:report');
    const before = reports().length;
    this.send({ type: 'xpay-test:report' });
    await waitUntil(() => reports().length > before, 'the merchant page reports its violations');
    return reports().at(-1)!.violations;
  }

  /** The checkout the merchant mounted, once it shows `state`. */
  async checkout(state: string): Promise<HTMLElement> {
    await waitUntil(() => this.doc.querySelector(`#checkout xpay-checkout[state="${state}"]`), `the checkout reaches "${state}"`, { timeout: 10000 });
    return this.doc.querySelector<HTMLElement>('#checkout xpay-checkout')!;
  }

  /** A real mouse click in the middle of `element` (in the merchant page), then waits for it to take focus. */
  async click(element: HTMLElement): Promise<void> {
    const outer = this.frame.getBoundingClientRect();
    const inner = element.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(outer.left + inner.left + inner.width / 2), Math.round(outer.top + inner.top + inner.height / 2)] });
    await waitUntil(() => this.doc.hasFocus() && element.matches(':focus'), `${element.localName} takes focus`);
  }

  close(): void {
    window.removeEventListener('message', this.onMessage);
    this.frame.remove();
  }

  private failedMount(): string | null {
    const failed = this.messages.find((message) => message.type === 'xpay-test:mount-failed');
    return failed ? failed.message : null;
  }

  private readonly onMessage = (event: MessageEvent) => {
    if (event.source === this.frame.contentWindow && event.origin === window.location.origin && String(event.data?.type).startsWith('xpay-test:')) {
      this.messages.push(event.data as MerchantMessage);
    }
  };
}

describe('built widget on a strict-CSP merchant page', () => {
  let page: StrictPage | null = null;
  afterEach(() => {
    page?.close();
    page = null;
  });

  it('serves the page with the policy, and only for a plain http://127.0.0.1:<port> sandbox origin', async () => {
    const good = await fetch(pageUrl(testEnv.origin));
    expect(good.status).to.equal(200);
    expect(good.headers.get('content-security-policy')).to.equal(POLICY);
    const html = await good.text();
    expect(html).not.to.match(/<script>|<script(?![^>]*\bsrc=)[^>]*>|<style|\sstyle=|\son\w+=/);
    for (const bad of ['https://evil.example', 'http://localhost:4242', `${testEnv.origin}/v1`, `${testEnv.origin}; script-src *`, 'http://127.0.0.1:99999', 'http://127.0.0.1:0', '']) {
      expect((await fetch(pageUrl(bad))).status, JSON.stringify(bad)).to.equal(400);
    }
  });

  it('the policy is in force and the merchant page hears every breach of it', async () => {
    page = await StrictPage.open();
    const blockedImage = 'http://127.0.0.1:1/probe.png';
    page.send({ type: 'xpay-test:probe', imageUrl: blockedImage });
    let violations: Violation[] = [];
    await waitUntil(async () => (violations = await page!.violations()).length >= 3, 'three probes, three violations');
    expect(violations.map((violation) => violation.effectiveDirective)).to.have.members(['style-src-attr', 'img-src', 'require-trusted-types-for']);
    expect(violations.find((violation) => violation.effectiveDirective === 'img-src')!.blockedURI).to.equal(blockedImage);
  });

  it('mounts the built widget from a merchant script, pays by a card typed into the frame, and breaks nothing', async () => {
    const session = await createSession({ merchantName: 'Strict CSP Shop', brandingSettings: { colors: { primary: '#0a7d32' }, inputStyle: 'underlined' } });
    page = await StrictPage.open();
    page.send({ type: 'xpay-test:mount', apiBase: testEnv.apiBase, clientSecret: session.clientSecret });
    expect(await page.callback('ready')).to.deep.equal({ sessionId: session.id });
    const element = await page.checkout('open');
    const form = inShadow(element, 'xpay-payment-form');

    // The server commands find the card frame by its URL, two frames deep as well.
    const card = inShadow<XPayCardInput>(form, 'xpay-card-input')!;
    const frame = await cardFrameReady(card);
    expect(frame.origin).to.equal(testEnv.origin);
    expect(frameOf(card).name).to.match(/^xpay-card-/);
    await typeCardDetails(card, { number: '4242424242424242', expiry: '12 / 34', cvc: '123' });
    expect(card.state.complete, 'the merchant page heard the frame').to.equal(true);

    // Typed after the card: while a cross-origin frame commits inside this nested page, Chromium
    // hands focus back to the top page (the widget calls no focus() then; a top-level page keeps it).
    const email = inShadow<HTMLInputElement>(form, '[name="customerDetails.email"]')!;
    await page.click(email);
    await sendKeys({ type: 'strict@example.com' });
    expect(email.value).to.equal('strict@example.com');

    inShadow<HTMLButtonElement>(form, '[part="pay-button"]')!.click();
    const complete = await page.callback('complete');
    expect(complete).to.include({ sessionId: session.id, paymentStatus: 'paid' });
    await page.checkout('complete');
    const stored = await retrieveSession(session.id);
    expect(stored.status).to.equal('complete');
    expect(stored.customerDetails!.email).to.equal('strict@example.com');

    expect(page.messages.filter((message) => message.type === 'xpay-test:callback' && message.name === 'error')).to.deep.equal([]);
    expect(await page.violations()).to.deep.equal([]);
  });
});
