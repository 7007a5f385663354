import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { XPayPromoCode } from '../../src/components/promo-code/xpay-promo-code.js';
import type { ValidationMessage } from '../../src/forms/validation.js';
import { fixtureWithTranslator } from '../support/translator.js';

if (!customElements.get('xpay-promo-code')) customElements.define('xpay-promo-code', XPayPromoCode);

type ApplyResult = ValidationMessage | null;

/** An `apply` the test answers by hand, so the busy state can be observed. */
function manualApply() {
  const calls: { code: string | null; answer: (result: ApplyResult) => void }[] = [];
  const apply = (code: string | null) => new Promise<ApplyResult>((answer) => calls.push({ code, answer }));
  return { calls, apply };
}

async function mount(props: Partial<Pick<XPayPromoCode, 'appliedCode' | 'total' | 'disabled' | 'apply'>> = {}) {
  const element = await fixtureWithTranslator<XPayPromoCode>(html`<xpay-promo-code></xpay-promo-code>`);
  Object.assign(element, { total: '$100.00', apply: async () => null, ...props });
  await element.updateComplete;
  const root = element.shadowRoot!;
  const get = <T extends Element = HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  return {
    element,
    root,
    disclosure: () => get<HTMLButtonElement>('.disclosure'),
    input: () => get<HTMLInputElement>('input'),
    applyButton: () => get<HTMLButtonElement>('.row button'),
    removeButton: () => get<HTMLButtonElement>('.remove'),
    error: () => get('#promo-error'),
    status: () => get('[role="status"]'),
  };
}

async function expand(view: Awaited<ReturnType<typeof mount>>) {
  view.disclosure().click();
  await view.element.updateComplete;
}

describe('<xpay-promo-code>', () => {
  it('starts collapsed behind a disclosure button that toggles the field', async () => {
    const view = await mount();
    const { disclosure, root } = view;
    expect(disclosure().textContent!.trim()).to.equal('Add promotion code');
    expect(disclosure().getAttribute('aria-expanded')).to.equal('false');
    const field = root.getElementById(disclosure().getAttribute('aria-controls')!)!;
    expect(field.hidden).to.be.true;
    await expect(view.element).to.be.accessible();

    await expand(view);
    expect(disclosure().getAttribute('aria-expanded')).to.equal('true');
    expect(field.hidden).to.be.false;
    expect(root.activeElement).to.equal(view.input());
    const label = root.querySelector('label')!;
    expect(label.textContent!.trim()).to.equal('Promotion code');
    expect(root.getElementById(label.htmlFor)).to.equal(view.input());
    expect(view.input().getAttribute('autocomplete')).to.equal('off');
    expect(view.input().getAttribute('autocapitalize')).to.equal('characters');
    expect(view.input().getAttribute('spellcheck')).to.equal('false');
    await expect(view.element).to.be.accessible();

    await expand(view);
    expect(disclosure().getAttribute('aria-expanded')).to.equal('false');
    expect(field.hidden).to.be.true;
  });

  it('exposes the field as ::part(field)', async () => {
    const view = await mount();
    expect(view.root.querySelector('[part~="field"]')).to.contain(view.input());
  });

  it('applies on Enter, is busy meanwhile, then shows the chip and announces the new total', async () => {
    const { calls, apply } = manualApply();
    const view = await mount({ apply });
    const { element, root } = view;
    await expand(view);
    await sendKeys({ type: 'SAVE10' });
    await sendKeys({ press: 'Enter' });
    expect(calls.map((call) => call.code)).to.deep.equal(['SAVE10']);

    await element.updateComplete;
    expect(view.applyButton().textContent!.trim()).to.equal('Applying…');
    expect(view.applyButton().getAttribute('aria-disabled')).to.equal('true');
    expect(view.applyButton().getAttribute('aria-busy')).to.equal('true');
    view.applyButton().click();
    await sendKeys({ press: 'Enter' });
    expect(calls).to.have.length(1);

    calls[0].answer(null);
    await waitUntil(() => view.applyButton().getAttribute('aria-busy') === 'false');
    // Nothing to announce until the parent renders the updated session.
    expect(view.status().textContent!.trim()).to.equal('');

    Object.assign(element, { appliedCode: 'SAVE10', total: '$90.00' });
    await element.updateComplete;
    expect(view.status().textContent!.trim()).to.equal('Promotion code SAVE10 applied. New total: $90.00.');
    const chip = root.querySelector('.chip')!;
    expect(chip.textContent).to.include('SAVE10');
    expect(view.removeButton().getAttribute('aria-label')).to.equal('Remove promotion code SAVE10');
    // Focus lands on a control that names the code; only the status speaks the total.
    expect(root.activeElement).to.equal(view.removeButton());
    expect(chip.hasAttribute('tabindex'), 'the chip itself is no focus stop').to.equal(false);
    expect(root.querySelector('input')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('a held Enter that applied the code does not go on to remove it', async () => {
    const view = await mount({ appliedCode: 'SAVE10' });
    const press = (repeat: boolean) => {
      const event = new KeyboardEvent('keydown', { key: 'Enter', repeat, bubbles: true, cancelable: true });
      view.removeButton().dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(press(true)).to.equal(true);
    expect(press(false), 'a fresh press removes as usual').to.equal(false);
  });

  it('announces at once when the parent rendered the new session before apply resolved', async () => {
    const view = await mount();
    view.element.apply = async (code) => {
      Object.assign(view.element, { appliedCode: code, total: '$80.00' });
      await view.element.updateComplete;
      return null;
    };
    await expand(view);
    await sendKeys({ type: 'HALF' });
    view.applyButton().click();
    await waitUntil(() => view.status().textContent!.includes('$80.00'));
    expect(view.status().textContent!.trim()).to.equal('Promotion code HALF applied. New total: $80.00.');
    await view.element.updateComplete;
    expect(view.root.activeElement).to.equal(view.removeButton());
  });

  it('shows a refused code at the field, keeps the text and focus in the input', async () => {
    const view = await mount({ apply: async () => ({ key: 'promo.invalid' }) });
    const { root, input } = view;
    await expand(view);
    await sendKeys({ type: 'NOPE' });
    view.applyButton().focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => view.error().textContent!.trim() !== '');

    expect(view.error().textContent!.trim()).to.equal('This promotion code is not valid.');
    expect(input().getAttribute('aria-invalid')).to.equal('true');
    expect(root.getElementById(input().getAttribute('aria-describedby')!)).to.equal(view.error());
    expect(root.activeElement).to.equal(input());
    expect(input().value).to.equal('NOPE');
    expect(view.applyButton().getAttribute('aria-disabled')).to.equal('false');
    await expect(view.element).to.be.accessible();

    await sendKeys({ type: 'S' });
    expect(input().getAttribute('aria-invalid')).to.equal('false');
    expect(input().hasAttribute('aria-describedby')).to.be.false;
  });

  it('an empty code only shows that the field is required', async () => {
    const { calls, apply } = manualApply();
    const view = await mount({ apply });
    await expand(view);
    await sendKeys({ type: '   ' });
    await sendKeys({ press: 'Enter' });
    await view.element.updateComplete;
    expect(calls).to.have.length(0);
    expect(view.error().textContent!.trim()).to.equal('This field is required.');
    expect(view.input().getAttribute('aria-invalid')).to.equal('true');
  });

  it('removes the applied code with apply(null), announces and returns focus to the disclosure', async () => {
    const { calls, apply } = manualApply();
    const view = await mount({ apply, appliedCode: 'SAVE10', total: '$90.00' });
    const { element, root } = view;
    await expect(element).to.be.accessible();
    view.removeButton().focus();
    await sendKeys({ press: 'Enter' });
    expect(calls.map((call) => call.code)).to.deep.equal([null]);
    await element.updateComplete;
    expect(view.removeButton().getAttribute('aria-busy')).to.equal('true');

    calls[0].answer(null);
    await waitUntil(() => view.removeButton().getAttribute('aria-busy') === 'false');
    Object.assign(element, { appliedCode: null, total: '$100.00' });
    await element.updateComplete;
    expect(view.status().textContent!.trim()).to.equal('Promotion code removed. New total: $100.00.');
    expect(root.activeElement).to.equal(view.disclosure());
    expect(view.disclosure().getAttribute('aria-expanded')).to.equal('false');
  });

  it('disables every control when disabled', async () => {
    const view = await mount();
    await expand(view);
    view.element.disabled = true;
    await view.element.updateComplete;
    expect(view.disclosure().disabled).to.be.true;
    expect(view.input().disabled).to.be.true;
    expect(view.applyButton().disabled).to.be.true;
    view.element.appliedCode = 'SAVE10';
    await view.element.updateComplete;
    expect(view.removeButton().disabled).to.be.true;
  });
});
