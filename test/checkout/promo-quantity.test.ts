import { expect, fixtureCleanup } from '@open-wc/testing';
import { mountCheckout, shadow, waitForState } from '../support/checkout.js';
import { createSession, expireSession, retrieveSession, updateSession } from '../support/sandbox.js';
import { sleep } from '../support/spies.js';

const normalize = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

async function summaryText(element: HTMLElement) {
  const summary = shadow(element).querySelector('xpay-order-summary')!;
  await summary.updateComplete;
  return normalize(shadow(summary).textContent!);
}

async function waitFor(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 4000) {
  const started = performance.now();
  while (!(await check())) {
    if (performance.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
  }
}

describe('<xpay-checkout> promotion codes', () => {
  afterEach(() => fixtureCleanup());

  async function promoSetup() {
    const session = await createSession({ allowPromotionCodes: true, lineItems: [{ price: { unitAmount: 100000, productName: 'Lamp' }, quantity: 1 }] });
    const element = await mountCheckout({ clientSecret: session.clientSecret, locale: 'en' });
    await waitForState(element, 'open');
    const promo = shadow(element).querySelector('xpay-promo-code')!;
    await promo.updateComplete;
    return { session, element, promo, root: shadow(promo) };
  }

  async function applyCode(root: ShadowRoot, code: string) {
    root.querySelector<HTMLButtonElement>('button[aria-expanded]')?.click();
    await sleep(20);
    const input = root.querySelector<HTMLInputElement>('input')!;
    input.value = code;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    const apply = [...root.querySelectorAll<HTMLButtonElement>('button')].find((button) => button.textContent!.trim() === 'Apply')!;
    apply.click();
  }

  /** Once the field refuses: what it still holds, and the message its input is described by. */
  async function refusal(promo: HTMLElement & { updateComplete: Promise<unknown> }, root: ShadowRoot) {
    await waitFor(() => root.querySelector('input')?.getAttribute('aria-invalid') === 'true', 'the refusal');
    await promo.updateComplete;
    const input = root.querySelector('input')!;
    const message = root.getElementById(input.getAttribute('aria-describedby')!.split(' ').pop()!)!;
    return { typed: input.value, message: message.textContent!.trim() };
  }

  it('applies a code: discount line, new total, announced politely; then removes it', async () => {
    const { session, element, promo, root } = await promoSetup();
    await applyCode(root, 'welcome10');
    await waitFor(async () => (await summaryText(element)).includes('Discount (WELCOME10)'), 'the discount line');
    const text = await summaryText(element);
    expect(text).to.include('Discount (WELCOME10) -EGP 100.00');
    expect(text).to.include('Total due EGP 900.00');
    await promo.updateComplete;
    await waitFor(() => normalize(root.querySelector('[role="status"]')?.textContent ?? '').includes('EGP 900.00'), 'the announcement');
    expect(normalize(root.querySelector('[role="status"]')!.textContent!)).to.include('Promotion code WELCOME10 applied. New total: EGP 900.00.');
    expect((await retrieveSession(session.id)).amountTotal).to.equal(90000);
    await expect(element).to.be.accessible();

    const remove = [...root.querySelectorAll<HTMLButtonElement>('button')].find((button) => button.getAttribute('aria-label')?.includes('Remove'))!;
    remove.click();
    await waitFor(async () => !(await summaryText(element)).includes('Discount'), 'the discount to go');
    expect(await summaryText(element)).to.include('Total due EGP 1,000.00');
  });

  it('a refused code shows its message at the field and keeps what was typed', async () => {
    const { element, promo, root } = await promoSetup();
    await applyCode(root, 'NOPE');
    expect(await refusal(promo, root)).to.deep.equal({ typed: 'NOPE', message: 'This promotion code is not valid.' });
    expect(await summaryText(element)).to.include('Total due EGP 1,000.00');
    await expect(element).to.be.accessible();
  });

  it('says so when the merchant has turned promotion codes off since the page loaded', async () => {
    const { session, promo, root } = await promoSetup();
    await updateSession(session.id, { allowPromotionCodes: false });
    await applyCode(root, 'WELCOME10');
    expect(await refusal(promo, root)).to.deep.equal({ typed: 'WELCOME10', message: 'Promotion codes cannot be used for this order.' });
  });

  it('a code sent to a session that has just expired leaves no error at the field, only the expired notice', async () => {
    const { session, element, promo, root } = await promoSetup();
    await expireSession(session.id);
    await applyCode(root, 'WELCOME10');
    await waitForState(element, 'expired');
    await promo.updateComplete;
    expect(root.querySelector('input')!.getAttribute('aria-invalid') === 'true').to.equal(false);
    expect(shadow(element).querySelector('xpay-expired-notice') !== null).to.equal(true);
  });
});

describe('<xpay-checkout> quantities', () => {
  afterEach(() => fixtureCleanup());

  async function quantitySetup(extra: Record<string, unknown> = {}) {
    const session = await createSession({
      lineItems: [{ price: { unitAmount: 25000, productName: 'Mug' }, quantity: 1, adjustableQuantity: { enabled: true, minimum: 1, maximum: 3 } }],
      ...extra,
    });
    const element = await mountCheckout({ clientSecret: session.clientSecret, locale: 'en', pollInterval: 60_000 });
    await waitForState(element, 'open');
    const summary = shadow(element).querySelector('xpay-order-summary')!;
    await summary.updateComplete;
    const stepper = shadow(summary).querySelector('xpay-quantity-stepper')!;
    await stepper.updateComplete;
    return { session, element, stepper, root: shadow(stepper) };
  }

  it('a quantity change is sent once (debounced, last change wins) and shows the server’s amounts', async () => {
    const { session, element, root } = await quantitySetup();
    const increase = root.querySelector<HTMLButtonElement>('button[aria-label^="Increase"]')!;
    increase.click();
    increase.click();
    await waitFor(async () => (await summaryText(element)).includes('Total due EGP 750.00'), 'the new total', 5000);
    expect((await retrieveSession(session.id)).lineItems[0].quantity).to.equal(3);
    expect(increase.disabled).to.equal(true);
    const announcement = () => normalize(shadow(element).querySelector('.summary-column > [role="status"]')?.textContent ?? '');
    await waitFor(() => announcement().includes('EGP 750.00'), 'the announcement');
    expect(announcement()).to.equal('Quantity updated. New total: EGP 750.00.');
  });

  it('typing past the limits shows the range and sends nothing', async () => {
    const { session, root } = await quantitySetup();
    const input = root.querySelector('input')!;
    input.value = '9';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await sleep(700);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(root.textContent).to.include('Choose a quantity from 1 to 3.');
    expect((await retrieveSession(session.id)).lineItems[0].quantity).to.equal(1);
  });

  it('a quantity the provider refuses is shown at its stepper', async () => {
    // The merchant replaces the items while the page cannot hear it (no event stream), so the
    // provider refuses a change to an item it no longer has, naming that item's quantity.
    const { session, root, stepper } = await quantitySetup({ sandbox: { eventStream: false } });
    const current = await retrieveSession(session.id);
    await updateSession(session.id, {
      lineItems: [{ price: { unitAmount: 25000, productName: 'Mug' }, quantity: 1, adjustableQuantity: { enabled: true, minimum: 1, maximum: 1 } }],
    });
    expect(current.lineItems).to.have.length(1);
    root.querySelector<HTMLButtonElement>('button[aria-label^="Increase"]')!.click();
    await waitFor(() => root.querySelector('input')?.getAttribute('aria-invalid') === 'true', 'the refusal', 5000);
    await stepper.updateComplete;
    expect(root.textContent).to.include('Please check this field.');
    // The stepper shows what the provider still has, not the refused value.
    expect(root.querySelector('input')!.value).to.equal('1');
  });
});
