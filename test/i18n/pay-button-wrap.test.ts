// The pay button's label, in every catalog the widget ships (the pseudo-locale included) and for
// every submit type, with a long realistic amount (1,412.406 KWD), wraps to two lines at most in
// a 320 px widget. The checkouts are real sandbox sessions rendered by <xpay-checkout> with its
// own styles: one widget per submit type, mounted once, each switched through the locales with
// its `locale` property (which overrides the session's), so the run stays well under a minute.
import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { allEnglish } from '../support/english.js';
import { availableLocales, resolve } from '../../src/i18n/catalogs.js';
import { CheckoutHarness } from '../support/checkout.js';
import { payButton, paymentForm } from '../support/form.js';
import { createSession } from '../support/sandbox.js';
import { normalizeDigits } from '../../src/lib/digits.js';
import { rootOf, settled } from '../layout/layout-support.js';

const WIDTH = 320;
const MAX_LINES = 2;
/** 1,412.406 KWD: seven significant digits, three decimals and a three-letter code. */
const AMOUNT_FILS = 1_412_406;
/** Every submit type the catalogs have a `pay.*` label for. */
const SUBMIT_TYPES = Object.keys(allEnglish)
  .filter((key) => /^pay\.[A-Z]+$/.test(key))
  .map((key) => key.slice('pay.'.length));

/**
 * How many lines the button's text takes: its text fragments grouped into line boxes. Fragments
 * of one line overlap vertically, though their boxes differ where a fallback font (a script, an
 * accent, a bidi mark) is taller; fragments on different lines do not overlap.
 */
function linesOf(button: HTMLElement): number {
  const range = document.createRange();
  range.selectNodeContents(button);
  const lines: { top: number; bottom: number }[] = [];
  for (const rect of range.getClientRects()) {
    if (rect.width === 0 || rect.height === 0) continue;
    const middle = (rect.top + rect.bottom) / 2;
    const line = lines.find((candidate) => middle > candidate.top && middle < candidate.bottom);
    if (line) {
      line.top = Math.min(line.top, rect.top);
      line.bottom = Math.max(line.bottom, rect.bottom);
    } else lines.push({ top: rect.top, bottom: rect.bottom });
  }
  return lines.length;
}

describe('i18n: the pay button label fits two lines at 320 px in every locale', () => {
  const checkouts = new Map<string, CheckoutHarness>();
  let column: HTMLElement;
  let bodyMargin = '';

  before(async function () {
    this.timeout(30000);
    expect(SUBMIT_TYPES, 'pay.* labels').to.include.members(['PAY', 'BOOK', 'DONATE', 'ORDER', 'SUBSCRIBE']);
    bodyMargin = document.body.style.margin;
    document.body.style.margin = '0';
    await setViewport({ width: WIDTH, height: 800 });
    column = document.createElement('div');
    column.style.cssText = `inline-size: ${WIDTH}px; display: block`;
    document.body.append(column);
    for (const submitType of SUBMIT_TYPES) {
      const session = await createSession({
        merchantName: 'Nile Goods',
        currency: 'KWD',
        submitType,
        lineItems: [{ price: { unitAmount: AMOUNT_FILS, productName: 'Hand-thrown coffee cup' }, quantity: 1 }],
      });
      const checkout = CheckoutHarness.mount({ clientSecret: session.clientSecret, locale: 'en' }, column);
      checkouts.set(submitType, checkout);
    }
    for (const checkout of checkouts.values()) await checkout.state('open');
  });

  after(async () => {
    for (const checkout of checkouts.values()) checkout.remove();
    column?.remove();
    document.body.style.margin = bodyMargin;
    await setViewport({ width: 800, height: 600 });
  });

  it('the widgets are 320 px wide', () => {
    for (const [submitType, checkout] of checkouts) expect(checkout.element.getBoundingClientRect().width, submitType).to.equal(WIDTH);
  });

  const locales = availableLocales();
  it('covers every catalog in the folder, the pseudo-locale and Latin American Spanish', () => {
    expect(locales).to.include.members(['en', 'en-XA', 'es', 'es-419', 'hu', 'fil', 'ar', 'de']);
  });

  for (const tag of locales) {
    it(`${tag}: ${SUBMIT_TYPES.join(', ')}`, async () => {
      const catalog = resolve([tag]).catalog;
      const tooLong: string[] = [];
      for (const checkout of checkouts.values()) checkout.element.locale = tag;
      for (const [submitType, checkout] of checkouts) {
        await waitUntil(() => rootOf(checkout.element).getAttribute('lang') === catalog, `${submitType} never switched to ${catalog}`, { timeout: 5000, interval: 10 });
        await checkout.element.updateComplete;
        await (await paymentForm(checkout.element)).updateComplete;
      }
      await settled();
      for (const [submitType, checkout] of checkouts) {
        const button = await payButton(checkout.element);
        const label = button.textContent!.trim();
        expect(normalizeDigits(label), `${tag} ${submitType} shows the amount`).to.match(/412/);
        const lines = linesOf(button);
        if (lines > MAX_LINES) tooLong.push(`${submitType} (${lines} lines): ${label}`);
      }
      expect(tooLong, `${tag} labels that wrap to more than ${MAX_LINES} lines at ${WIDTH} px`).to.deep.equal([]);
    });
  }
});
