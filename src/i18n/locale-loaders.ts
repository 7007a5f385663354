/// <reference types="vite/types/importMeta.d.ts" />
import type { Catalog } from './translator.js';

/**
 * One loader per file in ./locales, under the tag the file is named after: shipping a catalog
 * is adding its file, and no list can fall out of step with the folder. Each becomes its own
 * chunk, loaded the first time it is needed.
 *
 * `import.meta.glob` is Vite's (the build, Storybook, story tests). web-test-runner compiles
 * with esbuild, which does not know it: build/wtr-import-meta-glob.mjs expands the same call
 * there, from the same folder.
 */
const files = import.meta.glob<{ default: Catalog }>('./locales/*.ts');

export const localeLoaders: Record<string, () => Promise<{ default: Catalog }>> = Object.fromEntries(
  Object.entries(files).map(([path, load]) => [path.slice('./locales/'.length, -'.ts'.length), load]),
);
