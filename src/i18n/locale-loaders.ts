import type { Catalog } from './translator.js';

/**
 * One loader per shipped catalog. In source (tests, Storybook) these are plain dynamic imports;
 * the bundles replace this module with one that loads `locales/<tag>.js` relative to the script
 * itself, generated from the same folder (see vite.config.ts).
 */
export const localeLoaders: Record<string, () => Promise<{ default: Catalog }>> = {
};
