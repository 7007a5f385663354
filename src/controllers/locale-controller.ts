import { ContextProvider } from '@lit/context';
import type { ReactiveController, ReactiveElement } from 'lit';
import { browserLocales, englishTranslator, loadTranslator, resolve } from '../i18n/catalogs.js';
import { translatorContext } from '../i18n/context.js';
import type { Translator } from '../i18n/translator.js';

/**
 * The customer's language: resolves the element's `locale`, else the session's, else the
 * browser's, loads that catalog, and provides the Translator to every element inside through
 * context. While a catalog loads, `pending` is true so nothing is spoken in another language.
 */
export class LocaleController implements ReactiveController {
  translator: Translator = englishTranslator;
  pending = false;

  private readonly provider: ContextProvider<typeof translatorContext>;
  private requested: string | null = null;
  private latest: { tag: string; abort: AbortController; done: Promise<void> } | null = null;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
    this.provider = new ContextProvider(host, { context: translatorContext, initialValue: englishTranslator });
  }

  /**
   * Switches to `tag` (`auto` for the browser's). A later call supersedes an earlier one still
   * loading, and `signal` (the session's scope) abandons it: either way its catalog never applies.
   */
  use(tag: string, signal: AbortSignal): Promise<void> {
    if (signal.aborted) return Promise.resolve();
    if (this.latest?.tag === tag) return this.latest.done;
    this.latest?.abort.abort();
    this.latest = null;
    if (tag === this.requested) {
      this.settle();
      return Promise.resolve();
    }
    const abort = new AbortController();
    const abandoned = AbortSignal.any([abort.signal, signal]);
    const tags = tag === 'auto' ? browserLocales() : [tag];
    this.pending = true;
    this.host.requestUpdate();
    const done = loadTranslator(tags).then((translator) => {
      if (abandoned.aborted) {
        // Abandoned with its session rather than superseded: nothing is loading any more.
        if (this.latest?.abort === abort) this.settle();
        return;
      }
      this.translator = translator;
      // A catalog that failed to load (English stood in) is asked for again next time.
      this.requested = translator.language === resolve(tags).catalog ? tag : null;
      this.provider.setValue(translator);
      this.settle();
    });
    this.latest = { tag, abort, done };
    return done;
  }

  private settle(): void {
    this.latest = null;
    this.pending = false;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.latest?.abort.abort();
    this.latest = null;
  }
}
