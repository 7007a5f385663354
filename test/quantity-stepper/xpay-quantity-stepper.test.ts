import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { XPayQuantityStepper, type QuantityChange } from '../../src/components/quantity-stepper/xpay-quantity-stepper.js';
import { fixtureWithTranslator } from '../support/translator.js';

if (!customElements.get('xpay-quantity-stepper')) customElements.define('xpay-quantity-stepper', XPayQuantityStepper);

const NAME = 'lineItems.li_123.quantity';

async function mount(props: Partial<Pick<XPayQuantityStepper, 'value' | 'minimum' | 'maximum' | 'disabled'>> = {}) {
  const element = await fixtureWithTranslator<XPayQuantityStepper>(
    html`<xpay-quantity-stepper name=${NAME} item-label="Blue mug"></xpay-quantity-stepper>`,
  );
  Object.assign(element, props);
  await element.updateComplete;
  const changes: { name: string; value: string }[] = [];
  element.addEventListener('xpay-quantity-change', (event) => {
    const { name, quantity } = (event as CustomEvent<QuantityChange>).detail;
    changes.push({ name, value: String(quantity) });
  });
  const root = element.shadowRoot!;
  const [decrease, increase] = root.querySelectorAll('button');
  return {
    element,
    root,
    changes,
    decrease,
    increase,
    input: root.querySelector('input')!,
    error: root.querySelector('.error')!,
  };
}

/** Replaces the input's text the way a customer would, one key at a time. */
async function typeInto(input: HTMLInputElement, text: string) {
  input.focus();
  input.select();
  await sendKeys({ type: text });
}

describe('<xpay-quantity-stepper>', () => {
  it('labels its controls with the item and keeps digits left-to-right', async () => {
    const { element, decrease, increase, input } = await mount({ value: 2 });
    expect(decrease.getAttribute('aria-label')).to.equal('Decrease quantity of Blue mug');
    expect(increase.getAttribute('aria-label')).to.equal('Increase quantity of Blue mug');
    expect(input.getAttribute('aria-label')).to.equal('Quantity of Blue mug');
    expect(input.getAttribute('inputmode')).to.equal('numeric');
    expect(input.dir).to.equal('ltr');
    expect(decrease.textContent!.trim()).to.equal('');
    for (const button of [decrease, increase]) {
      const box = button.getBoundingClientRect();
      expect(box.width).to.be.at.least(24);
      expect(box.height).to.be.at.least(24);
    }
    await expect(element).to.be.accessible();
  });

  it('tells only its own shadow tree: the change event is not composed', async () => {
    const { element, increase } = await mount({ value: 2 });
    const seen: Event[] = [];
    element.addEventListener('xpay-quantity-change', (event) => seen.push(event));
    increase.click();
    expect(seen).to.have.length(1);
    expect(seen[0].composed).to.equal(false);
    expect(seen[0].bubbles).to.equal(true);
  });

  it('steps with the buttons and emits each committed value', async () => {
    const { element, changes, decrease, increase, input } = await mount({ value: 2 });
    increase.click();
    await element.updateComplete;
    expect(input.value).to.equal('3');
    decrease.click();
    decrease.click();
    await element.updateComplete;
    expect(input.value).to.equal('1');
    expect(changes).to.deep.equal([
      { name: NAME, value: '3' },
      { name: NAME, value: '2' },
      { name: NAME, value: '1' },
    ]);
  });

  it('disables a button at its limit and keeps focus on the control', async () => {
    const { element, root, decrease, increase, input } = await mount({ value: 1, maximum: 2 });
    expect(decrease.disabled).to.be.true;
    expect(increase.disabled).to.be.false;
    increase.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(increase.disabled).to.be.true;
    expect(decrease.disabled).to.be.false;
    expect(root.activeElement).to.equal(input);
  });

  it('shows an out-of-range quantity at the field and emits nothing', async () => {
    const { element, root, changes, input, error } = await mount({ value: 2 });
    await typeInto(input, '150');
    await element.updateComplete;
    expect(changes.map((change) => change.value)).to.deep.equal(['1', '15']);
    expect(error.textContent!.trim()).to.equal('Choose a quantity from 1 to 99.');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(root.getElementById(input.getAttribute('aria-describedby')!)).to.equal(error);
    expect(input.value).to.equal('150');
    await expect(element).to.be.accessible();
  });

  it('refuses zero and non-digits without emitting', async () => {
    const { element, changes, input, error } = await mount({ value: 2 });
    await typeInto(input, '0');
    await element.updateComplete;
    expect(error.textContent!.trim()).to.equal('Choose a quantity from 1 to 99.');
    await typeInto(input, 'x');
    await element.updateComplete;
    expect(error.textContent!.trim()).to.equal('Use digits only.');
    expect(changes).to.deep.equal([]);
  });

  it('accepts Arabic-Indic and Persian digits', async () => {
    const { element, changes, input } = await mount({ value: 1 });
    await typeInto(input, '٣');
    await typeInto(input, '۱۲');
    expect(changes).to.deep.equal([
      { name: NAME, value: '3' },
      { name: NAME, value: '1' },
      { name: NAME, value: '12' },
    ]);
    input.blur();
    await element.updateComplete;
    expect(input.value).to.equal('12');
    expect(input.getAttribute('aria-invalid')).to.equal('false');
  });

  it('asks for a quantity when the field is left empty', async () => {
    const { element, changes, input, error } = await mount({ value: 2 });
    input.focus();
    input.select();
    await sendKeys({ press: 'Backspace' });
    await element.updateComplete;
    expect(error.textContent!.trim()).to.equal('');
    input.blur();
    await element.updateComplete;
    expect(error.textContent!.trim()).to.equal('This field is required.');
    expect(changes).to.deep.equal([]);
  });

  it('shows the server refusal the same way', async () => {
    const { element, root, input, error } = await mount({ value: 5 });
    element.error = { key: 'validation.quantityRejected' };
    await element.updateComplete;
    expect(error.textContent!.trim()).to.equal('This quantity is not available.');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(root.getElementById(input.getAttribute('aria-describedby')!)).to.equal(error);
    await expect(element).to.be.accessible();
  });

  it('shows the quantity the parent sets over an unfinished edit', async () => {
    const { element, input } = await mount({ value: 2 });
    await typeInto(input, '200');
    element.value = 4;
    await element.updateComplete;
    expect(input.value).to.equal('4');
    expect(input.getAttribute('aria-invalid')).to.equal('false');
  });

  it('focus() focuses the input; disabled disables everything', async () => {
    const { element, root, decrease, increase, input } = await mount({ value: 2 });
    element.focus();
    await element.updateComplete;
    expect(root.activeElement).to.equal(input);
    element.disabled = true;
    await element.updateComplete;
    expect([decrease.disabled, increase.disabled, input.disabled]).to.deep.equal([true, true, true]);
  });

  describe('as a spinbutton', () => {
    it('says its value and limits, and follows the value', async () => {
      const { element, input } = await mount({ value: 3, minimum: 2, maximum: 8 });
      expect(input.getAttribute('role')).to.equal('spinbutton');
      expect([input.getAttribute('aria-valuenow'), input.getAttribute('aria-valuemin'), input.getAttribute('aria-valuemax')]).to.deep.equal(['3', '2', '8']);
      element.value = 5;
      await element.updateComplete;
      expect(input.getAttribute('aria-valuenow')).to.equal('5');
      // Without limits from the session, the provider's defaults.
      element.minimum = null;
      element.maximum = null;
      await element.updateComplete;
      expect([input.getAttribute('aria-valuemin'), input.getAttribute('aria-valuemax')]).to.deep.equal(['1', '99']);
      await expect(element).to.be.accessible();
    });

    it('ArrowUp and ArrowDown step by one, PageUp and PageDown by ten, Home and End go to the limits, all clamped', async () => {
      const { element, changes, input } = await mount({ value: 5, minimum: 2, maximum: 20 });
      input.focus();
      const press = async (key: string) => {
        await sendKeys({ press: key });
        await element.updateComplete;
        return [input.value, input.getAttribute('aria-valuenow')];
      };
      expect(await press('ArrowUp')).to.deep.equal(['6', '6']);
      expect(await press('ArrowDown')).to.deep.equal(['5', '5']);
      expect(await press('PageUp')).to.deep.equal(['15', '15']);
      expect(await press('PageUp')).to.deep.equal(['20', '20']);
      expect(await press('ArrowUp'), 'at the maximum').to.deep.equal(['20', '20']);
      expect(await press('PageDown')).to.deep.equal(['10', '10']);
      expect(await press('Home')).to.deep.equal(['2', '2']);
      expect(await press('ArrowDown'), 'at the minimum').to.deep.equal(['2', '2']);
      expect(await press('End')).to.deep.equal(['20', '20']);
      // Each change goes out through the usual event (the parent debounces the server call); no repeats at a limit.
      expect(changes.map((change) => change.value)).to.deep.equal(['6', '5', '15', '20', '10', '2', '20']);
      expect(changes.every((change) => change.name === NAME)).to.equal(true);
    });

    it('steps from the committed value over an unfinished edit, and clears its error', async () => {
      const { element, changes, input, error } = await mount({ value: 4, maximum: 10 });
      await typeInto(input, '40');
      await element.updateComplete;
      expect(error.textContent!.trim()).to.equal('Choose a quantity from 1 to 10.');
      await sendKeys({ press: 'ArrowUp' });
      await element.updateComplete;
      expect(input.value).to.equal('5');
      expect(input.getAttribute('aria-invalid')).to.equal('false');
      expect(error.textContent!.trim()).to.equal('');
      expect(changes.map((change) => change.value)).to.deep.equal(['5']);
    });

    it('leaves other keys and modified keys to the text', async () => {
      const { element, changes, input } = await mount({ value: 2 });
      input.focus();
      await sendKeys({ press: 'ArrowLeft' });
      for (const modifier of ['Shift', 'Control', 'Alt']) {
        await sendKeys({ down: modifier });
        await sendKeys({ press: 'ArrowUp' });
        await sendKeys({ press: 'Home' });
        await sendKeys({ up: modifier });
      }
      await element.updateComplete;
      expect(input.value).to.equal('2');
      expect(changes).to.deep.equal([]);
    });
  });
});
