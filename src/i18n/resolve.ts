/**
 * The regions whose Spanish is Latin American (CLDR's es-419 parent locales): es-MX, es-AR, es-US…
 * take the es-419 catalog, and Spain (es-ES) and the rest fall back to es.
 */
const LATIN_AMERICAN_SPANISH = ['AR', 'BO', 'BR', 'BZ', 'CL', 'CO', 'CR', 'CU', 'DO', 'EC', 'GT', 'HN', 'MX', 'NI', 'PA', 'PE', 'PR', 'PY', 'SV', 'US', 'UY', 'VE'];

/** Tags that share a catalog with another tag, beyond the plain language-subtag fallback. */
const ALIASES: Record<string, string> = {
  ...Object.fromEntries(LATIN_AMERICAN_SPANISH.map((region) => [`es-${region.toLowerCase()}`, 'es-419'])),
  'zh-hant': 'zh-TW',
  'zh-hk': 'zh-TW',
  'zh-mo': 'zh-TW',
  'zh-hans': 'zh-CN',
  'zh-sg': 'zh-CN',
  zh: 'zh-CN',
  no: 'nb',
  nn: 'nb',
  tl: 'fil',
  iw: 'he',
  in: 'id',
};

export interface ResolvedLocale {
  /** The catalog whose strings are shown. */
  catalog: string;
  /** The tag numbers, money and dates are formatted for (keeps the region: fr-CA formats as fr-CA). */
  format: string;
}

function canonical(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

/** `pt-BR` → `pt-BR`, `pt`; `zh-Hant-TW` → `zh-Hant-TW`, `zh-Hant`, `zh`, with aliases applied at each step. */
function candidates(tag: string): string[] {
  const subtags = tag.split('-');
  const result: string[] = [];
  for (let length = subtags.length; length > 0; length -= 1) {
    const candidate = subtags.slice(0, length).join('-');
    result.push(candidate);
    const alias = ALIASES[candidate.toLowerCase()];
    if (alias) result.push(alias);
  }
  return result;
}

/**
 * Chooses the catalog for the first requested tag that has one, falling back along the tag
 * (`pt-BR` → `pt`, `fr-CA` → `fr`) and finally to English with a warning, never an error.
 */
export function resolveLocale(requested: readonly string[], available: readonly string[]): ResolvedLocale {
  const byLowerCase = new Map(available.map((tag) => [tag.toLowerCase(), tag]));
  for (const raw of requested) {
    const tag = canonical(raw);
    if (!tag) continue;
    for (const candidate of candidates(tag)) {
      const match = byLowerCase.get(candidate.toLowerCase());
      if (match) return { catalog: match, format: tag };
    }
  }
  if (requested.length > 0) {
    console.warn(`[xpay-checkout] no catalog for locale ${requested.map((t) => `"${t}"`).join(', ')}, using English`);
  }
  return { catalog: 'en', format: 'en' };
}

const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

export function directionOf(tag: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(tag.split('-')[0].toLowerCase()) ? 'rtl' : 'ltr';
}
