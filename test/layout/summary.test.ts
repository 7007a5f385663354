// The order summary's head (logo, merchant, the labelled total) and its place beside a long form.
import { expect, fixtureCleanup } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { CheckoutHarness, shadow } from '../support/checkout.js';
import { payButton } from '../support/form.js';
import { createSession } from '../support/sandbox.js';
import { FULL_SESSION, settled } from './layout-support.js';
import { ContextProvider } from '@lit/context';
import { parseSession } from '../../src/api/schema.js';
import { englishTranslator } from '../../src/i18n/catalogs.js';
import { translatorContext } from '../../src/i18n/context.js';
import type { XPayOrderSummary } from '../../src/components/order-summary/xpay-order-summary.js';
import { minimalSessionBody } from '../unit/helpers.js';

async function summaryOf(checkout: CheckoutHarness): Promise<ShadowRoot> {
  const summary = shadow(checkout.element).querySelector('xpay-order-summary')!;
  await summary.updateComplete;
  return shadow(summary);
}

async function mount(params: Record<string, unknown>): Promise<CheckoutHarness> {
  const session = await createSession({ ...FULL_SESSION, ...params });
  const checkout = CheckoutHarness.mount({ clientSecret: session.clientSecret });
  await checkout.state('open');
  return checkout;
}

describe('layout: the order summary', () => {
  afterEach(async () => {
    fixtureCleanup();
    document.querySelectorAll('body > xpay-checkout').forEach((element) => element.remove());
    await setViewport({ width: 800, height: 600 });
  });

  it('opens with the logo and the merchant name, then the total under a visible label', async () => {
    const checkout = await mount({ merchantLogo: 'https://cdn.example/nile-goods.png' });
    const summary = await summaryOf(checkout);
    const [head, hero] = [...summary.children].filter((child) => child.localName !== 'style');
    expect(head.querySelector('img')!.getAttribute('src')).to.equal('https://cdn.example/nile-goods.png');
    expect(head.querySelector('img')!.getAttribute('alt')).to.equal('Nile Goods logo');
    expect(head.textContent!.trim()).to.equal('Nile Goods');
    expect(hero.querySelector('.total-label')!.textContent).to.equal('Total due');
    expect(hero.querySelector('.total-amount')!.textContent!.replace(/[\u2066-\u2069]/g, '')).to.equal('EGP\u00a01,361.00');
    // The label is on screen above the amount, not only read out.
    const label = hero.querySelector('.total-label')!.getBoundingClientRect();
    expect(label.height).to.be.greaterThan(0);
    expect(label.bottom).to.be.at.most(hero.querySelector('.total-amount')!.getBoundingClientRect().top + 0.5);
  });

  const LOGOS: [string, boolean][] = [
    ['https://cdn.example/logo.png', true],
    ['http://cdn.example/logo.png', false],
    // Loopback never crosses a network (a local shop, Storybook): browsers trust it as they trust https.
    ['http://localhost:6006/logo.png', true],
  ];
  for (const [logo, shown] of LOGOS) {
    it(`${shown ? 'shows' : 'drops'} a logo at ${logo}`, async () => {
      const summary = await summaryOf(await mount({ merchantLogo: logo }));
      expect(summary.querySelector('img.logo')?.getAttribute('src') ?? null).to.equal(shown ? logo : null);
      expect(summary.querySelector('.merchant-name')!.textContent).to.equal('Nile Goods');
    });
  }

  it('stays in view beside a long form, from its top to the pay button', async function () {
    this.timeout(15000);
    await setViewport({ width: 1280, height: 720 });
    const checkout = await mount({});
    const summary = shadow(checkout.element).querySelector<HTMLElement>('.summary-column')!;
    const button = await payButton(checkout.element);
    expect(summary.getBoundingClientRect().right, 'two columns').to.be.below(button.getBoundingClientRect().left);
    const formHeight = shadow(checkout.element).querySelector('.main')!.getBoundingClientRect().height;
    expect(formHeight, 'the form is longer than the window').to.be.greaterThan(innerHeight * 1.5);

    for (const fraction of [0.5, 1]) {
      window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) * fraction);
      await settled();
      const rect = summary.getBoundingClientRect();
      expect(rect.top, `scrolled ${fraction * 100} %: the summary's top is in view`).to.be.within(0, innerHeight);
      expect(rect.bottom, `scrolled ${fraction * 100} %: so is its end`).to.be.at.most(innerHeight);
    }
    const total = (await summaryOf(checkout)).querySelector('.total-amount')!.getBoundingClientRect();
    expect(total.top, 'the total is in view next to the pay button').to.be.within(0, innerHeight);
    expect(button.getBoundingClientRect().bottom).to.be.at.most(innerHeight);
  });

  it('a long order renders 50 lines a task, so no task is long, and is complete only with the last', async () => {
    const lineItems = Array.from({ length: 120 }, (_, i) => ({ id: `li_${i}`, description: `Line ${i + 1}`, quantity: 1, amountSubtotal: 100, amountTotal: 100 }));
    const host = document.createElement('div');
    new ContextProvider(host, { context: translatorContext, initialValue: englishTranslator });
    document.body.append(host);
    const summary = document.createElement('xpay-order-summary') as XPayOrderSummary;
    summary.session = parseSession(minimalSessionBody({ lineItems, amountSubtotal: 12000, amountTotal: 12000 }))!;
    host.append(summary);
    const counts: number[] = [];
    new MutationObserver(() => counts.push(summary.shadowRoot!.querySelectorAll('.item').length)).observe(summary.shadowRoot!, { childList: true, subtree: true });
    await summary.updateComplete;
    expect(summary.shadowRoot!.querySelectorAll('.item')).to.have.length(120);
    expect([...new Set(counts)], 'one batch per render').to.deep.equal([50, 100, 120]);
    host.remove();
  });

  it('a long order lays out only the lines near the screen, and every line is there once scrolled to', async function () {
    this.timeout(15000);
    await setViewport({ width: 360, height: 640 });
    const lineItems = Array.from({ length: 200 }, (_, i) => ({ price: { unitAmount: 1000 + i, productName: `Line ${i + 1}` }, quantity: 1 }));
    const summary = await summaryOf(await mount({ lineItems }));
    const names = [...summary.querySelectorAll<HTMLElement>('.item-name')];
    expect(names).to.have.length(200);
    const laidOut = (name: HTMLElement) => name.checkVisibility({ contentVisibilityAuto: true });
    expect(laidOut(names[0]), 'the first line, on screen').to.equal(true);
    expect(laidOut(names[199]), 'the last line, far below').to.equal(false);
    // The text is in the document all along (find in page, screen readers); it renders once near.
    expect(names[199].textContent).to.equal('Line 200');
    names[199].scrollIntoView();
    await settled();
    expect(laidOut(names[199])).to.equal(true);
    const rect = names[199].getBoundingClientRect();
    expect(rect.height).to.be.greaterThan(0);
    expect(rect.top, `on screen (a line is ${names[0].closest('li')!.getBoundingClientRect().height} px)`).to.be.within(-1, innerHeight);
  });
});
