import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import type { XPayCheckout } from '../../src/index.js';
import { shadow, waitForState } from '../support/checkout.js';
import { cardInput, field, payButton, paymentForm } from '../support/form.js';
import { createSession, expireSession, testEnv } from '../support/sandbox.js';
import { spyOnConsole } from '../support/spies.js';

const brand = {
  colorMode: 'dark',
  borderStyle: 'pill',
  spacing: 'relaxed',
  inputSize: 'large',
  inputStyle: 'underlined',
  formLayout: 'compact',
  fontFamily: 'Georgia, serif',
  colors: { primary: '#0a7d32', primaryForeground: '#ffffff', background: '#101418', foreground: '#f2f4f7' },
};

async function mountIn(container: HTMLElement, clientSecret: string): Promise<XPayCheckout> {
  const element = document.createElement('xpay-checkout');
  Object.assign(element, { clientSecret, apiBase: testEnv.apiBase });
  container.append(element);
  await waitForState(element, 'open');
  return element;
}

describe('<xpay-checkout> theme in the browser', () => {
  afterEach(() => fixtureCleanup());

  it('computed styles follow every brandingSettings field', async () => {
    const session = await createSession({ brandingSettings: brand });
    const container = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
    const element = await mountIn(container, session.clientSecret);
    const root = shadow(element).querySelector<HTMLElement>('.root')!;
    expect(root.dataset.layout).to.equal('compact');
    expect(root.dataset.colorMode).to.equal('dark');
    expect(getComputedStyle(root).backgroundColor).to.equal('rgb(16, 20, 24)');
    expect(getComputedStyle(root).color).to.equal('rgb(242, 244, 247)');
    expect(getComputedStyle(root).fontFamily).to.match(/^Georgia, serif/);
    const button = await payButton(element);
    expect(getComputedStyle(button).backgroundColor).to.equal('rgb(10, 125, 50)');
    expect(getComputedStyle(button).color).to.equal('rgb(255, 255, 255)');
    expect(parseFloat(getComputedStyle(button).borderTopLeftRadius)).to.be.greaterThan(20);
    const email = await field(element, 'customerDetails.email');
    const input = getComputedStyle(email);
    expect(input.borderTopWidth).to.equal('0px');
    expect(input.borderBottomWidth).to.equal('1px');
    expect(input.height).to.equal('52px');
    await expect(element).to.be.accessible();
  });

  it('merchant --xpay-* properties on an ancestor or the element win over the session', async () => {
    const session = await createSession({ brandingSettings: brand });
    const container = await fixture<HTMLDivElement>(html`<div style="--xpay-color-primary: rgb(120, 20, 160); --xpay-radius: 3px"></div>`);
    const element = await mountIn(container, session.clientSecret);
    const button = await payButton(element);
    expect(getComputedStyle(button).backgroundColor).to.equal('rgb(120, 20, 160)');
    expect(getComputedStyle(button).borderTopLeftRadius).to.equal('3px');
    element.style.setProperty('--xpay-color-primary', 'rgb(200, 80, 0)');
    expect(getComputedStyle(button).backgroundColor).to.equal('rgb(200, 80, 0)');
    // The session's own value is still there underneath, on the session layer, in the widget's own
    // stylesheet: the host's style attribute belongs to the merchant (and their framework).
    expect(getComputedStyle(element).getPropertyValue('--xpay-session-color-primary').trim()).to.equal('#0a7d32');
    expect(element.style.getPropertyValue('--xpay-session-color-primary')).to.equal('');
  });

  it('invalid or hostile branding is ignored with a warning and changes nothing', async () => {
    const spy = spyOnConsole();
    const session = await createSession({
      brandingSettings: { colors: { primary: 'red; background: url(https://evil.example/x)' }, fontFamily: 'Inter; } body { display: none', borderStyle: 'wobbly' },
    });
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const element = await mountIn(container, session.clientSecret);
    spy.restore();
    const button = await payButton(element);
    expect(getComputedStyle(button).backgroundColor).to.equal('rgb(26, 86, 219)');
    expect(getComputedStyle(shadow(element).querySelector('.root')!).fontFamily).to.not.include('Inter');
    expect(spy.lines.filter((line) => line.includes('[xpay-checkout]')).length).to.be.greaterThan(2);
    for (const name of Array.from(element.style)) expect(element.style.getPropertyValue(name)).to.not.include('url(');
  });

  it('exposes summary, form, pay-button, field and notice to ::part()', async () => {
    const style = document.createElement('style');
    style.textContent = `
      .parts xpay-checkout::part(summary) { outline: 3px solid rgb(1, 2, 3); }
      .parts xpay-checkout::part(form) { outline: 3px solid rgb(4, 5, 6); }
      .parts xpay-checkout::part(pay-button) { text-transform: uppercase; }
      .parts xpay-checkout::part(field) { outline: 2px solid rgb(7, 8, 9); }
      .parts xpay-checkout::part(notice) { outline: 4px solid rgb(10, 11, 12); }`;
    document.head.append(style);
    const session = await createSession();
    const container = await fixture<HTMLDivElement>(html`<div class="parts"></div>`);
    const element = await mountIn(container, session.clientSecret);
    const form = await paymentForm(element);
    expect(getComputedStyle(shadow(element).querySelector('xpay-order-summary')!).outlineColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(shadow(form).querySelector('form')!).outlineColor).to.equal('rgb(4, 5, 6)');
    expect(getComputedStyle(await payButton(element)).textTransform).to.equal('uppercase');
    expect(getComputedStyle(shadow(form).querySelector('.field')!).outlineColor).to.equal('rgb(7, 8, 9)');
    expect(getComputedStyle(await cardInput(element)).outlineColor).to.equal('rgb(7, 8, 9)');
    await expireSession(session.id);
    await waitForState(element, 'expired');
    const notice = shadow(element).querySelector('xpay-expired-notice')!;
    await notice.updateComplete;
    expect(getComputedStyle(shadow(notice).querySelector('[part~="notice"]')!).outlineColor).to.equal('rgb(10, 11, 12)');
    style.remove();
  });
});
