import type { Catalog } from './translator.js';

/**
 * One loader per shipped catalog (every file in ./locales). In source (tests, Storybook) these
 * are plain dynamic imports; the bundles replace this module with one that loads
 * `locales/<tag>.js` relative to the script itself (see vite.config.ts, which also fails the
 * build if this list and the folder disagree).
 */
export const localeLoaders: Record<string, () => Promise<{ default: Catalog }>> = {
  ar: () => import('./locales/ar.js'),
  bg: () => import('./locales/bg.js'),
  bn: () => import('./locales/bn.js'),
  ca: () => import('./locales/ca.js'),
  cs: () => import('./locales/cs.js'),
  da: () => import('./locales/da.js'),
  de: () => import('./locales/de.js'),
  el: () => import('./locales/el.js'),
  'en-XA': () => import('./locales/en-XA.js'),
  es: () => import('./locales/es.js'),
  fa: () => import('./locales/fa.js'),
  fi: () => import('./locales/fi.js'),
  fil: () => import('./locales/fil.js'),
  fr: () => import('./locales/fr.js'),
  he: () => import('./locales/he.js'),
  hi: () => import('./locales/hi.js'),
  hr: () => import('./locales/hr.js'),
  hu: () => import('./locales/hu.js'),
  id: () => import('./locales/id.js'),
  it: () => import('./locales/it.js'),
  ja: () => import('./locales/ja.js'),
  ko: () => import('./locales/ko.js'),
  ms: () => import('./locales/ms.js'),
  nb: () => import('./locales/nb.js'),
  nl: () => import('./locales/nl.js'),
  pl: () => import('./locales/pl.js'),
  pt: () => import('./locales/pt.js'),
  'pt-BR': () => import('./locales/pt-BR.js'),
  ro: () => import('./locales/ro.js'),
  ru: () => import('./locales/ru.js'),
  sk: () => import('./locales/sk.js'),
  sv: () => import('./locales/sv.js'),
  sw: () => import('./locales/sw.js'),
  th: () => import('./locales/th.js'),
  tr: () => import('./locales/tr.js'),
  uk: () => import('./locales/uk.js'),
  ur: () => import('./locales/ur.js'),
  vi: () => import('./locales/vi.js'),
  'zh-CN': () => import('./locales/zh-CN.js'),
  'zh-TW': () => import('./locales/zh-TW.js'),
};
