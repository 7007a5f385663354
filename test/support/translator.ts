import { ContextProvider } from '@lit/context';
import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { englishTranslator } from '../../src/i18n/catalogs.js';
import { translatorContext } from '../../src/i18n/context.js';
import type { Translator } from '../../src/i18n/translator.js';

/**
 * Renders an element the way `<xpay-checkout>` hosts it: inside a provider of the translator
 * context, so elements tested alone get their strings exactly as in the widget.
 */
export async function fixtureWithTranslator<T extends Element>(template: TemplateResult, translator: Translator = englishTranslator): Promise<T> {
  const host = document.createElement('div');
  new ContextProvider(host, { context: translatorContext, initialValue: translator });
  document.body.append(host);
  return fixture<T>(template, { parentNode: host });
}
