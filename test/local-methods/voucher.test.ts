import { expect, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import type { VoucherView, XPayVoucher } from '../../src/features/local-methods.js';
import { englishTranslator } from '../../src/i18n/catalogs.js';
import { mountLocal, nameOf, overflowing, text } from './support.js';

const EXPIRES_AT = '2031-05-04T18:30:00Z';
const VOUCHER: VoucherView = { reference: '9876543210', amount: 125000, currency: 'EGP', expiresAt: EXPIRES_AT };

async function mount(voucher: VoucherView | null = VOUCHER, options: { width?: number; dir?: 'ltr' | 'rtl' } = {}) {
  const element = await mountLocal<XPayVoucher>(html`<xpay-voucher></xpay-voucher>`, options);
  element.voucher = voucher;
  await element.updateComplete;
  const root = element.shadowRoot!;
  return {
    element,
    root,
    reference: () => root.querySelector<HTMLElement>('.reference')!,
    copy: () => root.querySelector<HTMLButtonElement>('.copy')!,
    status: () => root.querySelector('[role="status"]')!,
  };
}

/** `navigator.clipboard.writeText` answered by the test, until `restore()`. */
function stubWriteText(answer: (text: string) => Promise<void>) {
  const calls: string[] = [];
  Object.defineProperty(navigator.clipboard, 'writeText', {
    configurable: true,
    value: (value: string) => {
      calls.push(value);
      return answer(value);
    },
  });
  // The own property shadows Clipboard.prototype.writeText; deleting it brings the real one back.
  return { calls, restore: () => Reflect.deleteProperty(navigator.clipboard, 'writeText') };
}

/** What the page's selection holds, inside the element's shadow tree included. */
function selectedText(root: ShadowRoot): string {
  const scoped = (root as ShadowRoot & { getSelection?: () => Selection | null }).getSelection?.();
  return (scoped ?? document.getSelection())?.toString() ?? '';
}

describe('<xpay-voucher>', () => {
  let restore: (() => unknown) | null = null;
  afterEach(async () => {
    document.body.style.removeProperty('margin');
    restore?.();
    restore = null;
    document.getSelection()?.removeAllRanges();
    await setViewport({ width: 800, height: 600 });
  });

  it('shows the reference, amount, deadline and steps as text', async () => {
    const { element, root, reference, copy } = await mount();
    const section = root.querySelector('[part~="notice"]')!;
    expect(section.getAttribute('part')).to.equal('notice notice-voucher');
    const heading = root.querySelector('h2')!;
    expect(text(heading)).to.equal('Pay at Fawry to complete your order');
    expect(nameOf(root.getElementById(section.getAttribute('aria-labelledby')!))).to.equal(nameOf(heading));

    const [referenceTerm, amountTerm] = [...root.querySelectorAll('dt')];
    expect(text(referenceTerm)).to.equal('Fawry reference number');
    expect(referenceTerm.nextElementSibling!.contains(reference())).to.equal(true);
    expect([...reference().querySelectorAll('.group')].map((group) => group.textContent)).to.deep.equal(['987', '654', '321', '0']);
    expect(reference().textContent, 'grouped by spacing only, never by characters').to.equal('9876543210');
    expect(reference().getAttribute('dir')).to.equal('ltr');
    expect(getComputedStyle(reference()).fontFamily).to.match(/mono/i);
    expect(parseFloat(getComputedStyle(reference()).fontSize)).to.be.above(parseFloat(getComputedStyle(heading).fontSize));

    expect(text(copy())).to.equal('Copy');
    expect(copy().getAttribute('aria-label')).to.equal('Copy reference number');
    expect(copy().type).to.equal('button');

    const amount = englishTranslator.money(125000, 'EGP').replace(/\s+/g, ' ');
    expect(text(amountTerm)).to.equal('Amount to pay');
    expect(text(amountTerm.nextElementSibling)).to.equal(amount);
    expect(text(root.querySelector('.deadline'))).to.equal(`Pay before ${englishTranslator.dateTime(Date.parse(EXPIRES_AT))}, or the reference expires.`);
    expect(text(root.querySelector('h3'))).to.equal('How to pay');
    expect([...root.querySelectorAll('ol > li')].map(text)).to.deep.equal([
      'Go to any Fawry outlet, or open the myFawry app.',
      'Choose Fawry Pay and give the reference number.',
      `Pay ${amount}. This page updates by itself as soon as your payment arrives.`,
    ]);
    expect(text(root.querySelector('.waiting'))).to.equal('Waiting for your payment');
    expect(root.querySelector('.waiting .pulse')!.getAttribute('aria-hidden')).to.equal('true');
    await expect(element).to.be.accessible();
  });

  it('renders merchant and provider strings as text, never markup', async () => {
    const { root, reference } = await mount({ ...VOUCHER, reference: '<img src=x onerror=alert(1)>' });
    expect(nameOf(root.querySelector('img'))).to.equal('nothing');
    expect(reference().textContent).to.equal('<img src=x onerror=alert(1)>');
  });

  it('leaves the deadline out when there is none or it does not parse', async () => {
    const view = await mount({ ...VOUCHER, expiresAt: null });
    expect(nameOf(view.root.querySelector('.deadline'))).to.equal('nothing');
    view.element.voucher = { ...VOUCHER, expiresAt: 'next Tuesday-ish' };
    await view.element.updateComplete;
    expect(nameOf(view.root.querySelector('.deadline'))).to.equal('nothing');
    expect(view.root.textContent).not.to.include('NaN');
  });

  it('copies the raw reference and says so politely', async () => {
    const clipboard = stubWriteText(async () => {});
    restore = clipboard.restore;
    const view = await mount();
    expect(text(view.status())).to.equal('');
    view.copy().click();
    await waitUntil(() => text(view.status()) !== '', 'the copied status');
    expect(clipboard.calls).to.deep.equal(['9876543210']);
    expect(view.status().getAttribute('role')).to.equal('status');
    expect(text(view.status())).to.equal('Reference number copied.');
    expect(selectedText(view.root), 'nothing selected when the clipboard took it').to.equal('');

    // A new reference is not "copied" yet.
    view.element.voucher = { ...VOUCHER, reference: '1112223334' };
    await view.element.updateComplete;
    expect(text(view.status())).to.equal('');
  });

  it('selects the reference instead when the clipboard refuses', async () => {
    const clipboard = stubWriteText(() => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')));
    restore = clipboard.restore;
    const view = await mount();
    view.copy().click();
    await waitUntil(() => selectedText(view.root) !== '', 'the reference is selected');
    expect(clipboard.calls).to.deep.equal(['9876543210']);
    expect(selectedText(view.root), 'the raw reference, ready for the system copy').to.equal('9876543210');
    expect(text(view.status())).to.equal('');
  });

  it('selects the reference when there is no clipboard API at all', async () => {
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
    restore = () => Reflect.deleteProperty(navigator, 'clipboard');
    const view = await mount();
    view.copy().click();
    await waitUntil(() => selectedText(view.root) !== '', 'the reference is selected');
    expect(selectedText(view.root)).to.equal('9876543210');
  });

  it('keeps the reference left-to-right inside a right-to-left page', async () => {
    const { root, reference } = await mount(VOUCHER, { dir: 'rtl' });
    expect(getComputedStyle(root.querySelector('section')!).direction).to.equal('rtl');
    expect(getComputedStyle(reference()).direction).to.equal('ltr');
    const lefts = [...reference().querySelectorAll('.group')].map((group) => group.getBoundingClientRect().left);
    expect(lefts, 'groups read left to right').to.deep.equal([...lefts].sort((a, b) => a - b));
  });

  for (const dir of ['ltr', 'rtl'] as const) {
    it(`fits 320 px without sideways overflow (${dir}), even a long reference`, async () => {
      await setViewport({ width: 320, height: 900 });
      // The whole viewport is the merchant's column: the body's default margin would make it 304 px.
      document.body.style.margin = '0';
      const view = await mount({ ...VOUCHER, reference: '12345678901234567890', amount: 123456789, currency: 'KWD' }, { width: 320, dir });
      expect(overflowing(view.element)).to.deep.equal([]);
      expect(document.documentElement.scrollWidth).to.be.at.most(innerWidth);
    });
  }

  it('animates the waiting dot only when motion is welcome', async () => {
    const view = await mount();
    const pulse = view.root.querySelector('.pulse')!;
    try {
      await emulateMedia({ reducedMotion: 'no-preference' });
      await waitUntil(() => getComputedStyle(pulse).animationName !== 'none', 'the dot pulses');
    } finally {
      // The runner's page prefers reduced motion (web-test-runner.config.mjs); back to that.
      await emulateMedia({ reducedMotion: 'reduce' });
    }
    await waitUntil(() => getComputedStyle(pulse).animationName === 'none', 'the dot stands still');
    expect(getComputedStyle(pulse).opacity).to.equal('1');
  });

  it('focus() lands on the heading so the outcome is read first', async () => {
    const { element, root } = await mount();
    element.focus();
    const heading = root.querySelector('h2')!;
    await waitUntil(() => root.activeElement === heading, 'the heading has focus');
    expect(heading.getAttribute('tabindex')).to.equal('-1');
  });
});
