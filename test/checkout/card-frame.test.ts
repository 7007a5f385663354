// The whole checkout through the provider's card frame (CONTRACT §5): what the customer sees when
// the frame cannot load, and that the frame looks like the rest of the form under every theme.
// (A decline and 3-D Secure through the frame are in pay.test.ts.)
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { XPayCardInput } from '../../src/components/card-input/xpay-card-input.js';
import { cardFrameReady, clickFrameField, failNetwork, frameOf, frameStyle, networkLog, readFrameState } from '../support/card-frame.js';
import { CheckoutHarness } from '../support/checkout.js';
import { cardInput, deepActiveElement, field, payButton, paymentForm } from '../support/form.js';
import { createSession, retrieveSession, testEnv } from '../support/sandbox.js';
import { spyOnFetch } from '../support/spies.js';

const FRAME_PATH = '/checkout/frames/card.html';
/** The sandbox's whole API, except that the card frame's files are always 404 (sandbox/README.md). */
const MISSING_FRAMES = `${testEnv.origin}/test-frames-missing/v1`;

/** What makes an input look the way it does; the frame's expiry input has no brand mark to pad for. */
const LOOK = [
  'background-color',
  'color',
  'border-top-width',
  'border-bottom-width',
  'border-left-width',
  'border-top-style',
  'border-top-color',
  'border-bottom-color',
  'border-top-left-radius',
  'border-bottom-right-radius',
  'font-family',
  'font-size',
  'font-weight',
  'height',
  'padding-left',
  'color-scheme',
  'box-shadow',
] as const;

type Look = Record<(typeof LOOK)[number], string>;

/** The computed look of the frame's expiry input, read inside the frame. */
async function frameLook(card: XPayCardInput, selector = '#expiry'): Promise<Look> {
  const frame = frameOf(card);
  const entries = await Promise.all(LOOK.map(async (property) => [property, await frameStyle(selector, property, frame)] as const));
  return Object.fromEntries(entries) as Look;
}

function pageLook(input: Element): Look {
  const style = getComputedStyle(input);
  return Object.fromEntries(LOOK.map((property) => [property, style.getPropertyValue(property)])) as Look;
}

/** The frame's inputs and the form's email input, side by side, before anything is focused or typed. */
async function looks(harness: CheckoutHarness) {
  const card = await cardInput(harness.element);
  await cardFrameReady(card);
  return { card, frame: await frameLook(card), email: pageLook(await field(harness.element, 'customerDetails.email')) };
}

async function payThroughFrame(harness: CheckoutHarness, email: string): Promise<void> {
  await harness.fill('customerDetails.email', email);
  await harness.fillCard();
  await harness.pay();
  await harness.state('complete', 15000);
}

async function value(harness: CheckoutHarness, name: string): Promise<string> {
  return (await field(harness.element, name)).value;
}

/** The card section's notice that the frame could not load, once it shows. */
async function unavailableNotice(card: XPayCardInput): Promise<HTMLElement> {
  await waitUntil(() => card.shadowRoot!.querySelector('.unavailable'), 'the card section says the frame could not load', { timeout: 8000 });
  await card.updateComplete;
  return card.shadowRoot!.querySelector<HTMLElement>('.unavailable')!;
}

const THEMES: Record<string, { branding: Record<string, unknown>; expected: Partial<Look> }> = {
  dark: { branding: { colorMode: 'dark' }, expected: { 'background-color': 'rgb(15, 17, 21)', color: 'rgb(231, 233, 238)', 'color-scheme': 'dark' } },
  'branded: green primary, pill, underlined': {
    branding: { colors: { primary: '#0a7d32' }, borderStyle: 'pill', inputStyle: 'underlined' },
    expected: { 'border-top-width': '0px', 'border-bottom-width': '1px', 'border-top-left-radius': '0px', 'padding-left': '0px' },
  },
  'branded: pill, flat, large, a serif font': {
    branding: { borderStyle: 'pill', inputStyle: 'flat', inputSize: 'large', fontFamily: 'Georgia, serif' },
    expected: { 'border-top-left-radius': '9999px', 'background-color': 'rgb(243, 244, 246)', height: '52px', 'font-size': '18px' },
  },
};

describe('<xpay-checkout> through the card frame', () => {
  let harness: CheckoutHarness | null = null;
  afterEach(async () => {
    await failNetwork(0);
    harness?.remove();
    harness = null;
    fixtureCleanup();
  });

  it('a frame that cannot load: Retry in the card section, card_frame_unavailable, pay pays nothing, and what was typed stays', async () => {
    const session = await createSession({ nameCollection: true });
    harness = CheckoutHarness.mount({ clientSecret: session.clientSecret, apiBase: MISSING_FRAMES });
    await harness.state('open');
    await harness.fill('customerDetails.email', 'no-frame@example.com');
    await harness.fill('customerDetails.name', 'Mona Adel');
    const [error] = await harness.waitFor('xpay-error');
    expect(error.code).to.equal('card_frame_unavailable');

    const card = await cardInput(harness.element);
    const notice = await unavailableNotice(card);
    expect(card.closest('fieldset')!.querySelector('legend')!.textContent!.trim(), 'inside the card section').to.equal('Payment method');
    expect(notice.getAttribute('role')).to.equal('alert');
    expect(notice.textContent).to.include('Card entry could not load. Check your connection and try again.');
    const retry = notice.querySelector('button')!;
    expect(retry.textContent!.trim()).to.equal('Try again');
    expect(card.shadowRoot!.querySelector('iframe')).to.equal(null);

    const spy = spyOnFetch();
    try {
      await harness.pay();
      await waitUntil(() => deepActiveElement() === retry, 'pay sends the customer to Retry');
      await (await paymentForm(harness.element)).updateComplete;
    } finally {
      spy.restore();
    }
    expect(harness.element.getAttribute('state')).to.equal('open');
    expect(spy.calls.filter((call) => call.url.endsWith('/client/confirm')), 'no confirm request').to.deep.equal([]);
    expect([...new Set(harness.details('xpay-error').map((detail) => detail.code))]).to.deep.equal(['card_frame_unavailable']);
    expect(await value(harness, 'customerDetails.email')).to.equal('no-frame@example.com');
    expect(await value(harness, 'customerDetails.name')).to.equal('Mona Adel');
    expect((await field(harness.element, 'customerDetails.email')).getAttribute('aria-invalid')).to.equal('false');
    const stored = await retrieveSession(session.id);
    expect(stored.status).to.equal('open');
    expect(stored.paymentIntent?.charges ?? []).to.have.length(0);

    // Retry starts a new frame from the same place; this one cannot load either, and says so again.
    const errors = harness.details('xpay-error').length;
    retry.click();
    await card.updateComplete;
    const iframe = card.shadowRoot!.querySelector('iframe');
    expect(iframe, 'Retry recreates the frame').not.to.equal(null);
    expect(iframe!.src).to.equal(MISSING_FRAMES + FRAME_PATH);
    expect(iframe!.title).to.equal('Card details');
    await harness.waitFor('xpay-error', errors + 1);
    expect(harness.details('xpay-error').at(-1)!.code).to.equal('card_frame_unavailable');
    const again = (await unavailableNotice(card)).querySelector('button')!;
    await waitUntil(() => deepActiveElement() === again, 'focus back on Retry, not lost to the page');
    expect(await value(harness, 'customerDetails.email')).to.equal('no-frame@example.com');
    expect(await value(harness, 'customerDetails.name')).to.equal('Mona Adel');
  });

  it('after a frame that failed to load, Retry brings card entry back and the purchase completes with what was typed', async () => {
    const session = await createSession({ nameCollection: true });
    // The widget warms the frame's URL up once per page (a prefetch): let that happen first, so the
    // one failed request below is the frame's own navigation.
    harness = CheckoutHarness.mount({ clientSecret: session.clientSecret });
    await harness.state('open');
    await cardFrameReady(await cardInput(harness.element));
    harness.remove();

    await failNetwork(1, FRAME_PATH);
    harness = CheckoutHarness.mount({ clientSecret: session.clientSecret });
    await harness.state('open');
    await harness.fill('customerDetails.email', 'retry@example.com');
    await harness.fill('customerDetails.name', 'Karim Nabil');
    expect((await harness.waitFor('xpay-error')).map((detail) => detail.code)).to.deep.equal(['card_frame_unavailable']);
    expect(await networkLog(), 'the frame navigation was the one request that failed').to.have.length(1);
    const card = await cardInput(harness.element);
    (await unavailableNotice(card)).querySelector('button')!.click();

    await cardFrameReady(card);
    expect(await value(harness, 'customerDetails.email')).to.equal('retry@example.com');
    await harness.fillCard();
    await harness.pay();
    await harness.state('complete', 15000);
    const stored = await retrieveSession(session.id);
    expect(stored.customerDetails).to.include({ email: 'retry@example.com', name: 'Karim Nabil' });
    expect(harness.details('xpay-complete')).to.have.length(1);
  });

  for (const [name, { branding, expected }] of Object.entries(THEMES)) {
    it(`${name}: the frame's inputs look like the form's own, and a payment completes through it`, async () => {
      const session = await createSession({ brandingSettings: branding });
      harness = CheckoutHarness.mount({ clientSecret: session.clientSecret });
      await harness.state('open');
      const { frame, email } = await looks(harness);
      expect(frame).to.deep.equal(email);
      expect(frame, 'the theme took effect').to.include(expected);
      await payThroughFrame(harness, 'themed@example.com');
    });
  }

  it('merchant --xpay-* overrides on an ancestor reach the frame, at mount and when they change', async () => {
    const primary = 'rgb(120, 20, 160)';
    const ring = 'rgb(200, 90, 0)';
    const background = 'rgb(255, 250, 230)';
    const session = await createSession({ brandingSettings: { colorMode: 'dark', colors: { primary: '#0a7d32', primaryForeground: '#ffffff' } } });
    const ancestor = await fixture<HTMLDivElement>(
      html`<div style="--xpay-color-primary: ${primary}; --xpay-color-ring: ${ring}; --xpay-input-background: ${background}"><button>before</button></div>`,
    );
    harness = CheckoutHarness.mount({ clientSecret: session.clientSecret }, ancestor);
    await harness.state('open');
    const { card, frame, email } = await looks(harness);
    expect(getComputedStyle(await payButton(harness.element)).backgroundColor, 'the primary override is live').to.equal(primary);
    expect(frame['background-color']).to.equal(background);
    expect(frame).to.deep.equal(email);

    // Focused, both paint the merchant's ring; neither input uses the primary colour.
    ancestor.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    const emailInput = await field(harness.element, 'customerDetails.email');
    expect(deepActiveElement()).to.equal(emailInput);
    const focusedEmail = pageLook(emailInput);
    await clickFrameField('expiry', frameOf(card));
    expect((await readFrameState(frameOf(card))).active).to.equal('expiry');
    expect(focusedEmail['border-top-color']).to.equal(ring);
    expect(await frameStyle('#expiry', 'border-top-color', frameOf(card))).to.equal(ring);
    expect(await frameStyle('#expiry', 'box-shadow', frameOf(card))).to.equal(focusedEmail['box-shadow']);

    // A later change is picked up when the customer comes back to the card.
    const later = 'rgb(230, 255, 240)';
    ancestor.style.setProperty('--xpay-input-background', later);
    expect(getComputedStyle(emailInput).backgroundColor).to.equal(later);
    emailInput.focus();
    await clickFrameField('number', frameOf(card));
    await waitUntil(async () => (await frameStyle('#expiry', 'background-color', frameOf(card))) === later, 'the frame hears the new background');
  });
});
