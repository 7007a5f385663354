import { english, type MessageKey } from './en.js';
import { retryableImport } from '../lib/retryable-import.js';
import { localeLoaders } from './locale-loaders.js';
import { resolveLocale, type ResolvedLocale } from './resolve.js';
import { Translator, type Catalog } from './translator.js';

export type { MessageKey };

/**
 * English is built in; every other catalog is its own chunk, loaded the first time it is
 * needed, and asked for again after a failure.
 */
const catalogLoaders = new Map<string, () => Promise<Partial<Catalog>>>([
  ['en', async () => english],
  ...Object.entries(localeLoaders).map(([tag, load]) => {
    const loadOnce = retryableImport(load);
    return [tag, async () => (await loadOnce()).default] as const;
  }),
]);

export function availableLocales(): string[] {
  return [...catalogLoaders.keys()];
}

/** The tags `locale="auto"` stands for. */
export function browserLocales(): readonly string[] {
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

export function resolve(requested: readonly string[]): ResolvedLocale {
  return resolveLocale(requested, availableLocales());
}

export const englishTranslator = new Translator('en', 'en', english);

/** Resolves and loads a catalog; a catalog that fails to load falls back to English, never an error. */
export async function loadTranslator(requested: readonly string[]): Promise<Translator> {
  const { catalog, format } = resolve(requested);
  if (catalog === 'en') return format === 'en' ? englishTranslator : new Translator(format, 'en', english);
  try {
    const strings = await catalogLoaders.get(catalog)!();
    return new Translator(format, catalog, strings);
  } catch (error) {
    console.warn(`[xpay-checkout] the "${catalog}" catalog failed to load, using English`, error);
    return new Translator(format, 'en', english);
  }
}
