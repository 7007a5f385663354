import { LitElement, css, html as litHtml } from 'lit';
import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { XPaySelect, type SelectOption } from '../../src/components/select/xpay-select.js';
import { englishTranslator } from '../../src/i18n/catalogs.js';
import { themeTokens } from '../../src/theme/tokens.styles.js';

if (!customElements.get('xpay-select')) customElements.define('xpay-select', XPaySelect);

/** Gives slotted fields the theme's resolved tokens, as `<xpay-checkout>` does for its own. */
class ThemeHost extends LitElement {
  static override styles = [themeTokens, css`:host { display: block; }`];
  override render() {
    return litHtml`<slot></slot>`;
  }
}
if (!customElements.get('xpay-test-theme')) customElements.define('xpay-test-theme', ThemeHost);

const FRUITS: SelectOption[] = [
  { label: 'Apple', value: 'apple' },
  { label: 'Apricot', value: 'apricot' },
  { label: 'Banana', value: 'banana' },
  { label: 'Blueberry', value: 'blueberry' },
  { label: 'Cherry', value: 'cherry' },
  { label: 'Date', value: 'date' },
  { label: 'Elderberry', value: 'elderberry' },
  { label: 'Fig', value: 'fig' },
  { label: 'Grape', value: 'grape' },
  { label: 'Kiwi', value: 'kiwi' },
  { label: 'Lemon', value: 'lemon' },
  { label: 'Mango', value: 'mango' },
];

async function mount(props: Partial<Pick<XPaySelect, 'value' | 'required' | 'error' | 'disabled'>> = {}) {
  const host = await fixture<HTMLElement>(html`<xpay-test-theme>
    <button id="before">before</button>
    <xpay-select
      name="fruit"
      label="Fruit"
      .options=${FRUITS}
      .value=${props.value ?? ''}
      .required=${props.required ?? true}
      .error=${props.error ?? null}
      ?disabled=${props.disabled ?? false}
      .i18n=${englishTranslator}
    ></xpay-select>
    <button id="after">after</button>
  </xpay-test-theme>`);
  const el = host.querySelector('xpay-select')!;
  await el.updateComplete;
  return { host, el, ...parts(el) };
}

function parts(el: XPaySelect) {
  const root = el.shadowRoot!;
  return {
    combobox: root.querySelector<HTMLElement>('[role="combobox"]')!,
    listbox: root.querySelector<HTMLElement>('[role="listbox"]')!,
    options: () => [...root.querySelectorAll<HTMLElement>('[role="option"]')],
  };
}

function activeLabel(el: XPaySelect): string | null {
  const { combobox } = parts(el);
  const id = combobox.getAttribute('aria-activedescendant');
  return id ? el.shadowRoot!.getElementById(id)!.textContent!.trim() : null;
}

/** Press keys (`Alt+ArrowUp` holds the modifier) on the focused combobox, then let Lit render. */
async function press(el: XPaySelect, ...keys: string[]) {
  for (const key of keys) {
    const [modifier, main] = key.includes('+') ? key.split('+') : [null, key];
    if (modifier) await sendKeys({ down: modifier });
    await sendKeys({ press: main });
    if (modifier) await sendKeys({ up: modifier });
  }
  await el.updateComplete;
}

const isOpen = (el: XPaySelect) => parts(el).combobox.getAttribute('aria-expanded') === 'true';

function centerOf(element: Element): [number, number] {
  const rect = element.getBoundingClientRect();
  return [Math.round(rect.left + rect.width / 2), Math.round(rect.top + rect.height / 2)];
}

async function click(element: Element) {
  await sendMouse({ type: 'click', position: centerOf(element) });
}

/** Positioned means anchorPopover has written its coordinates for the current layout. */
async function settled(el: XPaySelect) {
  await el.updateComplete;
  await waitUntil(() => parts(el).listbox.style.top !== '', 'the list was never positioned');
  await nextFrame();
  await nextFrame();
}

function expectInsideViewport(rect: DOMRect) {
  expect(rect.top, 'top').to.be.at.least(0);
  expect(rect.left, 'left').to.be.at.least(0);
  expect(rect.bottom, 'bottom').to.be.at.most(window.innerHeight);
  expect(rect.right, 'right').to.be.at.most(window.innerWidth);
}

/**
 * Counts the scroll listeners autoUpdate keeps on `target` and the ResizeObservers it keeps
 * observing, so a test can tell whether anchoring is still running.
 */
function trackAutoUpdate(target: EventTarget) {
  const originalAdd = EventTarget.prototype.addEventListener;
  const originalRemove = EventTarget.prototype.removeEventListener;
  const OriginalResizeObserver = window.ResizeObserver;
  const scrollListeners = new Set<unknown>();
  const observing = new Set<ResizeObserver>();
  EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, listener: unknown, options?: unknown) {
    if (this === target && type === 'scroll') scrollListeners.add(listener);
    return originalAdd.call(this, type, listener as EventListener, options as AddEventListenerOptions);
  };
  EventTarget.prototype.removeEventListener = function (this: EventTarget, type: string, listener: unknown, options?: unknown) {
    if (this === target && type === 'scroll') scrollListeners.delete(listener);
    return originalRemove.call(this, type, listener as EventListener, options as EventListenerOptions);
  };
  window.ResizeObserver = class extends OriginalResizeObserver {
    override observe(element: Element, options?: ResizeObserverOptions) {
      observing.add(this);
      super.observe(element, options);
    }
    override disconnect() {
      observing.delete(this);
      super.disconnect();
    }
  };
  return {
    get active() {
      return scrollListeners.size + observing.size;
    },
    restore() {
      EventTarget.prototype.addEventListener = originalAdd;
      EventTarget.prototype.removeEventListener = originalRemove;
      window.ResizeObserver = OriginalResizeObserver;
    },
  };
}

/** A select inside a short scrolling container, with room to scroll it out of sight. */
async function mountInScroller() {
  const host = await fixture<HTMLElement>(html`<xpay-test-theme>
    <div id="scroller" style="block-size: 200px; overflow: auto">
      <xpay-select name="fruit" label="Fruit" required .options=${FRUITS} .i18n=${englishTranslator}></xpay-select>
      <div style="block-size: 800px"></div>
    </div>
  </xpay-test-theme>`);
  const el = host.querySelector('xpay-select')!;
  await el.updateComplete;
  return { host, el };
}

describe('xpay-select', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  describe('keyboard', () => {
    it('opens with ArrowDown on the selected option, and moves with arrows, Home, End and PageUp/PageDown', async () => {
      const { el } = await mount({ value: 'banana' });
      el.focus();
      await press(el, 'ArrowDown');
      expect(isOpen(el)).to.equal(true);
      expect(activeLabel(el)).to.equal('Banana');

      await press(el, 'ArrowDown');
      expect(activeLabel(el)).to.equal('Blueberry');
      await press(el, 'ArrowUp', 'ArrowUp');
      expect(activeLabel(el)).to.equal('Apricot');
      await press(el, 'End');
      expect(activeLabel(el)).to.equal('Mango');
      await press(el, 'ArrowDown');
      expect(activeLabel(el), 'stays on the last option').to.equal('Mango');
      await press(el, 'Home');
      expect(activeLabel(el)).to.equal('Apple');
      await press(el, 'PageDown');
      expect(activeLabel(el)).to.equal('Lemon');
      await press(el, 'PageUp');
      expect(activeLabel(el)).to.equal('Apple');
      expect(el.value, 'moving never selects').to.equal('banana');
    });

    it('opens on the first option with Alt+ArrowDown when nothing is chosen, and Alt+ArrowUp selects and closes', async () => {
      const { el } = await mount();
      el.focus();
      await press(el, 'Alt+ArrowDown');
      expect(isOpen(el)).to.equal(true);
      expect(activeLabel(el)).to.equal('Apple');
      await press(el, 'ArrowDown', 'Alt+ArrowUp');
      expect(isOpen(el)).to.equal(false);
      expect(el.value).to.equal('apricot');
    });

    it('opens at the end with End, at the start with Home', async () => {
      const { el } = await mount();
      el.focus();
      await press(el, 'End');
      expect(activeLabel(el)).to.equal('Mango');
      await press(el, 'Escape', 'Home');
      expect(activeLabel(el)).to.equal('Apple');
    });

    it('type-ahead finds by prefix, cycles on a repeated letter, and opens a closed list', async () => {
      const { el } = await mount();
      el.focus();
      await press(el, 'b');
      expect(isOpen(el)).to.equal(true);
      expect(activeLabel(el)).to.equal('Banana');
      await press(el, 'b');
      expect(activeLabel(el), 'repeated letter cycles').to.equal('Blueberry');
      await press(el, 'b');
      expect(activeLabel(el), 'and wraps').to.equal('Banana');

      await new Promise((resolve) => setTimeout(resolve, 600));
      await press(el, 'a', 'p', 'r');
      expect(activeLabel(el), 'a longer prefix').to.equal('Apricot');
      await new Promise((resolve) => setTimeout(resolve, 600));
      await press(el, 'z');
      expect(activeLabel(el), 'no match leaves it where it was').to.equal('Apricot');
    });

    it('Enter selects, closes and emits xpay-change exactly once', async () => {
      const { el, combobox } = await mount();
      const events: CustomEvent[] = [];
      el.addEventListener('xpay-change', (event) => events.push(event));
      el.focus();
      await press(el, 'ArrowDown', 'ArrowDown', 'ArrowDown', 'Enter');
      expect(isOpen(el)).to.equal(false);
      expect(el.value).to.equal('banana');
      expect(combobox.textContent).to.contain('Banana');
      expect(events).to.have.length(1);
      expect(events[0].detail).to.deep.equal({ name: 'fruit', value: 'banana' });
      expect(events[0].bubbles && events[0].composed).to.equal(true);

      await press(el, 'Enter', 'Enter');
      expect(events, 'choosing the same option again is no change').to.have.length(1);
      expect(el.shadowRoot!.activeElement).to.equal(combobox);
    });

    it('Space selects too', async () => {
      const { el } = await mount();
      el.focus();
      await press(el, 'Space', 'ArrowDown', 'Space');
      expect(isOpen(el)).to.equal(false);
      expect(el.value).to.equal('apricot');
    });

    it('Escape closes without changing the value', async () => {
      const { el } = await mount({ value: 'cherry' });
      let changes = 0;
      el.addEventListener('xpay-change', () => changes++);
      el.focus();
      await press(el, 'ArrowDown', 'ArrowDown', 'Escape');
      expect(isOpen(el)).to.equal(false);
      expect(el.value).to.equal('cherry');
      expect(changes).to.equal(0);
      expect(parts(el).combobox.hasAttribute('aria-activedescendant')).to.equal(false);
    });

    it('Tab selects the active option and moves focus on; Shift+Tab leaves backwards', async () => {
      const { host, el } = await mount();
      el.focus();
      await press(el, 'ArrowDown', 'ArrowDown', 'Tab');
      expect(el.value).to.equal('apricot');
      expect(isOpen(el)).to.equal(false);
      expect(document.activeElement).to.equal(host.querySelector('#after'));

      await press(el, 'Shift+Tab');
      expect(document.activeElement).to.equal(el);
      await press(el, 'Shift+Tab');
      expect(document.activeElement).to.equal(host.querySelector('#before'));
    });

    it('Tab with the list closed just moves on', async () => {
      const { host, el } = await mount();
      el.focus();
      await press(el, 'Tab');
      expect(document.activeElement).to.equal(host.querySelector('#after'));
      expect(el.value).to.equal('');
    });

    it('does nothing while disabled', async () => {
      const { el, combobox } = await mount({ disabled: true });
      expect(combobox.hasAttribute('tabindex')).to.equal(false);
      expect(combobox.getAttribute('aria-disabled')).to.equal('true');
      await click(combobox);
      await el.updateComplete;
      expect(isOpen(el)).to.equal(false);
    });
  });

  describe('mouse', () => {
    it('clicking the combobox toggles the list, clicking an option selects it and keeps focus', async () => {
      const { el, combobox, listbox, options } = await mount();
      await click(combobox);
      await settled(el);
      expect(isOpen(el)).to.equal(true);
      expect(listbox.hidden).to.equal(false);

      const changed = oneEvent(el, 'xpay-change');
      await click(options()[4]);
      expect((await changed).detail).to.deep.equal({ name: 'fruit', value: 'cherry' });
      await el.updateComplete;
      expect(isOpen(el)).to.equal(false);
      expect(el.value).to.equal('cherry');
      expect(el.shadowRoot!.activeElement).to.equal(combobox);

      await click(combobox);
      await el.updateComplete;
      expect(isOpen(el)).to.equal(true);
      await click(combobox);
      await el.updateComplete;
      expect(isOpen(el)).to.equal(false);
    });

    it('hovering an option makes it the active descendant', async () => {
      const { el, combobox, options } = await mount();
      await click(combobox);
      await settled(el);
      await sendMouse({ type: 'move', position: centerOf(options()[2]) });
      await el.updateComplete;
      expect(activeLabel(el)).to.equal('Banana');
    });

    it('a press outside closes without a change', async () => {
      const { host, el, combobox } = await mount({ value: 'fig' });
      await click(combobox);
      await settled(el);
      // Above the combobox: the open list covers what is below it.
      await click(host.querySelector('#before')!);
      await el.updateComplete;
      expect(isOpen(el)).to.equal(false);
      expect(el.value).to.equal('fig');
    });

    it('a press outside closes even where the page keeps focus from moving', async () => {
      const { host, el, combobox } = await mount({ value: 'fig' });
      const before = host.querySelector<HTMLElement>('#before')!;
      before.addEventListener('mousedown', (event) => event.preventDefault());
      await click(combobox);
      await settled(el);
      await click(before);
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement, 'focus stayed').to.equal(combobox);
      expect(isOpen(el)).to.equal(false);
      expect(el.value).to.equal('fig');
    });

    it('clicking the label focuses the combobox', async () => {
      const { el, combobox } = await mount();
      await click(el.shadowRoot!.querySelector('label')!);
      expect(el.shadowRoot!.activeElement).to.equal(combobox);
    });
  });

  describe('ARIA', () => {
    it('wires combobox, label and listbox inside one shadow root', async () => {
      const { el, combobox, listbox, options } = await mount({ value: 'date' });
      const root = el.shadowRoot!;
      expect(combobox.getAttribute('tabindex')).to.equal('0');
      expect(combobox.getAttribute('aria-haspopup')).to.equal('listbox');
      expect(combobox.getAttribute('aria-expanded')).to.equal('false');
      expect(root.getElementById(combobox.getAttribute('aria-controls')!)).to.equal(listbox);
      expect(root.getElementById(combobox.getAttribute('aria-labelledby')!)!.textContent).to.equal('Fruit');
      expect(combobox.getAttribute('aria-required')).to.equal('true');
      expect(combobox.getAttribute('aria-invalid')).to.equal('false');
      expect(combobox.hasAttribute('aria-describedby')).to.equal(false);
      expect(options().map((option) => option.getAttribute('aria-selected'))).to.deep.equal(
        FRUITS.map((fruit) => String(fruit.value === 'date')),
      );
      expect(combobox.textContent).to.contain('Date');
    });

    it('aria-activedescendant follows the active option while open, and is gone when closed', async () => {
      const { el, combobox } = await mount();
      expect(combobox.hasAttribute('aria-activedescendant')).to.equal(false);
      el.focus();
      await press(el, 'ArrowDown');
      const first = combobox.getAttribute('aria-activedescendant')!;
      expect(el.shadowRoot!.getElementById(first)!.getAttribute('role')).to.equal('option');
      await press(el, 'ArrowDown');
      expect(combobox.getAttribute('aria-activedescendant')).to.not.equal(first);
      expect(activeLabel(el)).to.equal('Apricot');
      await press(el, 'Escape');
      expect(combobox.hasAttribute('aria-activedescendant')).to.equal(false);
    });

    it('keeps the active option scrolled into view', async () => {
      const { el, listbox, options } = await mount();
      el.focus();
      await press(el, 'End');
      await settled(el);
      const list = listbox.getBoundingClientRect();
      const last = options().at(-1)!.getBoundingClientRect();
      expect(listbox.scrollTop).to.be.greaterThan(0);
      expect(last.bottom).to.be.at.most(list.bottom + 1);
    });

    it('shows the placeholder when nothing is chosen', async () => {
      const { combobox } = await mount();
      expect(combobox.textContent).to.contain(englishTranslator.t('select.placeholder'));
    });

    it('renders an error as text, tied to the combobox by aria-describedby', async () => {
      const { el, combobox } = await mount({ error: { key: 'validation.chooseOption' } });
      expect(combobox.getAttribute('aria-invalid')).to.equal('true');
      const message = el.shadowRoot!.getElementById(combobox.getAttribute('aria-describedby')!)!;
      expect(message.textContent).to.equal('Choose an option.');

      el.error = { key: 'validation.minLength', params: { count: 3 } };
      await el.updateComplete;
      expect(el.shadowRoot!.getElementById('error')!.textContent).to.equal('Enter at least 3 characters.');

      el.error = null;
      await el.updateComplete;
      expect(combobox.getAttribute('aria-invalid')).to.equal('false');
      expect(combobox.hasAttribute('aria-describedby')).to.equal(false);
      expect(el.shadowRoot!.getElementById('error')).to.equal(null);
    });

    it('labels an optional field as optional', async () => {
      const { el, combobox } = await mount({ required: false });
      expect(el.shadowRoot!.querySelector('label')!.textContent).to.equal('Fruit (optional)');
      expect(combobox.getAttribute('aria-required')).to.equal('false');
    });

    it('focus() focuses the combobox', async () => {
      const { el, combobox } = await mount();
      el.focus();
      await el.updateComplete;
      expect(document.activeElement).to.equal(el);
      expect(el.shadowRoot!.activeElement).to.equal(combobox);
    });

    it('is accessible closed, open and in error', async () => {
      const { el } = await mount({ value: 'kiwi' });
      await expect(el).to.be.accessible();
      el.focus();
      await press(el, 'ArrowDown');
      await settled(el);
      await expect(el).to.be.accessible();

      el.error = { key: 'validation.chooseOption' };
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });

  describe('in a form', () => {
    async function mountInForm(value = '') {
      const form = await fixture<HTMLFormElement>(html`<form>
        <fieldset>
          <xpay-select name="fruit" label="Fruit" value=${value} required .options=${FRUITS} .i18n=${englishTranslator}></xpay-select>
        </fieldset>
      </form>`);
      const el = form.querySelector('xpay-select')!;
      await el.updateComplete;
      return { form, el };
    }

    it('submits the value under its name and reports valueMissing while required and empty', async () => {
      const { form, el } = await mountInForm();
      expect(new FormData(form).has('fruit')).to.equal(false);
      expect(form.checkValidity()).to.equal(false);

      el.focus();
      await press(el, 'ArrowDown', 'ArrowDown', 'Enter');
      expect(new FormData(form).get('fruit')).to.equal('apricot');
      expect(form.checkValidity()).to.equal(true);
    });

    it('resets to its value attribute with the form', async () => {
      const { form, el } = await mountInForm('grape');
      el.value = 'lemon';
      await el.updateComplete;
      expect(new FormData(form).get('fruit')).to.equal('lemon');
      form.reset();
      await el.updateComplete;
      expect(el.value).to.equal('grape');
      expect(new FormData(form).get('fruit')).to.equal('grape');
    });

    it('follows a disabled fieldset without losing its own disabled state', async () => {
      const { form, el } = await mountInForm('grape');
      const fieldset = form.querySelector('fieldset')!;
      fieldset.disabled = true;
      await el.updateComplete;
      const { combobox } = parts(el);
      expect(combobox.getAttribute('aria-disabled')).to.equal('true');
      expect(new FormData(form).has('fruit'), 'disabled controls do not submit').to.equal(false);
      fieldset.disabled = false;
      await el.updateComplete;
      expect(combobox.hasAttribute('aria-disabled')).to.equal(false);
      expect(el.disabled).to.equal(false);
    });
  });

  describe('positioning', () => {
    it('flips above when opened at the bottom edge of a small viewport, and stays inside it', async () => {
      await setViewport({ width: 360, height: 320 });
      const host = await fixture<HTMLElement>(html`<xpay-test-theme
        style="position: fixed; inset-block-end: 4px; inset-inline: 8px"
      >
        <xpay-select name="fruit" label="Fruit" required .options=${FRUITS} .i18n=${englishTranslator}></xpay-select>
      </xpay-test-theme>`);
      const el = host.querySelector('xpay-select')!;
      await el.updateComplete;
      const { combobox, listbox } = parts(el);
      el.focus();
      await press(el, 'ArrowDown');
      await settled(el);
      const list = listbox.getBoundingClientRect();
      expect(list.bottom).to.be.at.most(combobox.getBoundingClientRect().top);
      expectInsideViewport(list);
      expect(listbox.scrollHeight, 'the list scrolls instead of overflowing').to.be.greaterThan(listbox.clientHeight);
      expect(list.width).to.be.closeTo(combobox.getBoundingClientRect().width, 1);
    });

    it('escapes an overflow container, stays in the viewport and follows the combobox as it scrolls', async () => {
      await setViewport({ width: 400, height: 500 });
      const host = await fixture<HTMLElement>(html`<xpay-test-theme>
        <div id="scroller" style="block-size: 220px; overflow: auto; border: 1px solid">
          <div style="block-size: 80px"></div>
          <xpay-select name="fruit" label="Fruit" required .options=${FRUITS} .i18n=${englishTranslator}></xpay-select>
          <div style="block-size: 600px"></div>
        </div>
      </xpay-test-theme>`);
      const scroller = host.querySelector<HTMLElement>('#scroller')!;
      const el = host.querySelector('xpay-select')!;
      await el.updateComplete;
      const { combobox, listbox } = parts(el);
      el.focus();
      await press(el, 'ArrowDown');
      await settled(el);

      const list = listbox.getBoundingClientRect();
      expectInsideViewport(list);
      expect(list.bottom, 'not clipped to the scroller').to.be.greaterThan(scroller.getBoundingClientRect().bottom);
      const gap = () => listbox.getBoundingClientRect().top - combobox.getBoundingClientRect().bottom;
      const before = gap();

      scroller.scrollTop = 40;
      await waitUntil(() => Math.abs(gap() - before) < 1 && combobox.getBoundingClientRect().top < list.top, 'the list did not follow');
      expect(listbox.getBoundingClientRect().top).to.be.closeTo(list.top - 40, 1);
      expectInsideViewport(listbox.getBoundingClientRect());
    });

    it('hides the list while its combobox is scrolled out of sight', async () => {
      const { host, el } = await mountInScroller();
      el.focus();
      await press(el, 'ArrowDown');
      await settled(el);
      host.querySelector<HTMLElement>('#scroller')!.scrollTop = 300;
      await waitUntil(() => parts(el).listbox.style.visibility === 'hidden', 'the list stayed visible');
    });
  });

  describe('autoUpdate lifecycle', () => {
    let tracker: ReturnType<typeof trackAutoUpdate> | undefined;
    afterEach(() => tracker?.restore());

    async function mountScrolled() {
      const { host, el } = await mountInScroller();
      tracker = trackAutoUpdate(host.querySelector('#scroller')!);
      return el;
    }

    it('runs only while open', async () => {
      const el = await mountScrolled();
      expect(tracker!.active).to.equal(0);
      el.focus();
      await press(el, 'ArrowDown');
      await settled(el);
      expect(tracker!.active, 'a scroll listener and a ResizeObserver while open').to.be.at.least(2);
      await press(el, 'Escape');
      expect(tracker!.active).to.equal(0);
    });

    it('stops when the element is removed while open', async () => {
      const el = await mountScrolled();
      el.focus();
      await press(el, 'ArrowDown');
      await settled(el);
      expect(tracker!.active).to.be.at.least(2);
      el.remove();
      expect(tracker!.active).to.equal(0);
    });
  });
});
