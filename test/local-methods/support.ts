// What the local-method tests share: the elements alone, inside a host that gives them the
// translator (as `<xpay-checkout>` does through the context) and the theme's resolved `--_*`
// tokens, so sizes and spacing are the widget's own when layout is measured.
import { ContextProvider } from '@lit/context';
import { fixture } from '@open-wc/testing';
import { LitElement, html, type TemplateResult } from 'lit';
import { defineElement } from '../../src/define.js';
import '../../src/features/local-methods.js';
import { englishTranslator } from '../../src/i18n/catalogs.js';
import { translatorContext } from '../../src/i18n/context.js';
import type { Translator } from '../../src/i18n/translator.js';
import { themeTokens } from '../../src/theme/tokens.styles.js';

export class TestThemedHost extends LitElement {
  static override styles = [themeTokens];
  readonly provider = new ContextProvider(this, { context: translatorContext, initialValue: englishTranslator });

  set translator(translator: Translator) {
    this.provider.setValue(translator);
  }

  override render() {
    return html`<slot></slot>`;
  }
}

defineElement('test-themed-host', TestThemedHost);

/**
 * Renders `template` inside a themed translator host; `width` (px) and `dir` go on a wrapper
 * around it, as a merchant's column would set them.
 */
export async function mountLocal<T extends Element>(template: TemplateResult, options: { width?: number; dir?: 'ltr' | 'rtl' } = {}): Promise<T> {
  const wrapper = await fixture<HTMLElement>(html`<div dir=${options.dir ?? 'ltr'} style=${options.width ? `inline-size: ${options.width}px` : ''}>
    <test-themed-host style="display: block">${template}</test-themed-host>
  </div>`);
  const host = wrapper.querySelector<TestThemedHost>('test-themed-host')!;
  await host.updateComplete;
  const element = host.firstElementChild as T & { updateComplete?: Promise<unknown> };
  await element.updateComplete;
  return element;
}

/**
 * What sticks out of `host` sideways: the host scrolling, or any rendered element of its shadow
 * tree reaching past its inline edges. Empty when everything fits.
 */
export function overflowing(host: HTMLElement): string[] {
  const box = host.getBoundingClientRect();
  const found: string[] = [];
  if (host.scrollWidth > host.clientWidth + 0.5) found.push(`the host scrolls: ${host.scrollWidth} in ${host.clientWidth}`);
  for (const child of host.shadowRoot!.querySelectorAll('*')) {
    const rect = child.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    if (rect.left < box.left - 0.5 || rect.right > box.right + 0.5) {
      found.push(`${child.localName}.${child.getAttribute('class') ?? ''} [${Math.round(rect.left)}, ${Math.round(rect.right)}] in [${Math.round(box.left)}, ${Math.round(box.right)}]`);
    }
  }
  return found;
}


/**
 * An element as a short name (`input#otp-code`, `button.button.pay`, `nothing`): assertions
 * compare these, since a failed comparison of DOM nodes makes the runner serialise the page.
 */
export function nameOf(element: Element | null | undefined): string {
  if (!element) return 'nothing';
  const classes = (element.getAttribute('class') ?? '').trim().split(/\s+/).filter(Boolean);
  return `${element.localName}${element.id ? `#${element.id}` : ''}${classes.map((name) => `.${name}`).join('')}`;
}

export const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
