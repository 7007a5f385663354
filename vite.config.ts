import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import remapping from '@jridgewell/remapping';
import { basename } from 'node:path';
import { defineConfig, minify, type Plugin, type UserConfig } from 'vite';

const root = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const LOCALES = readdirSync(root('./src/i18n/locales'))
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.slice(0, -3));

/**
 * The source loader list (used by tests, Storybook and the ES build) must name exactly these
 * files, each under its own tag, or the ES and IIFE builds would disagree.
 */
const entries = [...readFileSync(root('./src/i18n/locale-loaders.ts'), 'utf8').matchAll(/'?([\w-]+)'?: \(\) => import\('\.\/locales\/([\w-]+)\.js'\)/g)];
const mismatched = entries.filter(([, tag, file]) => tag !== file).map(([, tag, file]) => `${tag}→${file}`);
const listed = entries.map(([, tag]) => tag);
const unlisted = LOCALES.filter((tag) => !listed.includes(tag));
const missing = listed.filter((tag) => !LOCALES.includes(tag));
if (unlisted.length || missing.length || mismatched.length) {
  throw new Error(
    `src/i18n/locale-loaders.ts is out of date: unlisted ${unlisted.join(', ') || '-'}; missing files ${missing.join(', ') || '-'}; wrong tags ${mismatched.join(', ') || '-'}`,
  );
}

const VERSION: string = JSON.parse(readFileSync(root('./package.json'), 'utf8')).version;

/**
 * How the IIFE loads its chunks: next to the script itself, which a classic script knows only
 * while it first runs (`document.currentScript`). URLs carry the version, so a cached chunk of
 * an older release never runs against this core; a failed chunk is retried under a fresh URL
 * (a browser may remember the failure), and the developer is told which file was missing.
 */
const CHUNK_LOADER = `const chunkBase = document.currentScript?.src || import.meta.url || document.baseURI;
const chunkLoader = (path) => {
  let pending;
  let failures = 0;
  const url = () => new URL(path + '?v=${VERSION}' + (failures ? '&retry=' + failures : ''), chunkBase).href;
  return () => (pending ??= import(/* @vite-ignore */ url()).catch((error) => {
    pending = undefined;
    failures += 1;
    console.error('[xpay-checkout] could not load ' + path + ' next to the script; host the whole dist/ folder', error);
    throw error;
  }));
};`;

/**
 * The source loaders are plain dynamic imports (tests, Storybook and the ES build follow them).
 * In the IIFE, which cannot code-split, they become URL imports of the separately built chunks,
 * which keeps it from inlining every catalog and feature.
 */
function lazyChunkLoaders(): Plugin {
  const replacements: Record<string, string> = {
    [root('./src/features/load-features.ts')]: `${CHUNK_LOADER}
export const loadPayment = chunkLoader('xpay-checkout-payment.js');
export const loadExtras = chunkLoader('xpay-checkout-extras.js');`,
    [root('./src/i18n/locale-loaders.ts')]: `${CHUNK_LOADER}
export const localeLoaders = { ${LOCALES.map((tag) => `${JSON.stringify(tag)}: chunkLoader('locales/${tag}.js')`).join(', ')} };`,
  };
  return {
    name: 'xpay-lazy-chunk-loaders',
    enforce: 'pre',
    load(id) {
      return replacements[id] ?? null;
    },
  };
}

/**
 * Vite leaves ES library output unminified (to keep it tree-shakable by the app's bundler),
 * but this package ships a finished widget whose size is a feature: minify it like the IIFE.
 */
function minifyEsOutput(): Plugin {
  return {
    name: 'xpay-minify-es-output',
    apply: 'build',
    // generateBundle, not renderChunk: Vite's own ES-library pass re-prints chunks after renderChunk.
    async generateBundle(outputOptions, bundle) {
      if (outputOptions.format !== 'es') return;
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const result = await minify(chunk.fileName, chunk.code, {
          module: true,
          compress: true,
          mangle: true,
          codegen: { removeWhitespace: true },
          sourcemap: Boolean(chunk.map),
        });
        chunk.code = result.code;
        const mapAsset = bundle[`${chunk.fileName}.map`];
        if (!chunk.map || !result.map || mapAsset?.type !== 'asset') continue;
        // Minified → bundled → sources, so npm users debug against the original TypeScript.
        const composed = remapping([result.map as never, chunk.map as never], () => null);
        mapAsset.source = composed.toString();
        chunk.code += `\n//# sourceMappingURL=${basename(mapAsset.fileName)}`;
      }
    },
  };
}

const shared: UserConfig = {
  plugins: [minifyEsOutput()],
  build: { target: 'es2022', sourcemap: true, minify: true, emptyOutDir: false },
};

/** Feature chunks bind to the core's Lit (build/shims) instead of carrying their own copy. */
const features: UserConfig = {
  ...shared,
  resolve: {
    alias: [
      { find: /^lit$/, replacement: root('./build/shims/lit.js') },
      { find: /^lit\/decorators\.js$/, replacement: root('./build/shims/lit-decorators.js') },
      { find: /^lit\/directives\/live\.js$/, replacement: root('./build/shims/lit-directive-live.js') },
      { find: /^lit\/directives\/if-defined\.js$/, replacement: root('./build/shims/lit-directive-if-defined.js') },
    ],
  },
  build: {
    ...shared.build,
    lib: {
      entry: { payment: 'src/features/payment.ts', extras: 'src/features/extras.ts' },
      formats: ['es'],
      fileName: (_format, name) => `xpay-checkout-${name}.js`,
    },
    rollupOptions: { output: { chunkFileNames: 'chunks/[name]-[hash].js' } },
  },
};

/** One tiny chunk per catalog; they import nothing. */
const locales: UserConfig = {
  ...shared,
  build: {
    ...shared.build,
    sourcemap: false,
    lib: {
      entry: Object.fromEntries(LOCALES.map((tag) => [tag, `src/i18n/locales/${tag}.ts`])),
      formats: ['es'],
      fileName: (_format, name) => `locales/${name}.js`,
    },
  },
};

/**
 * `vite build` makes the ES module for npm users, code-split with plain dynamic imports that
 * their bundler follows (chunks share the entry's Lit). `--mode iife` makes the classic script
 * defining `window.XPayCheckout`, which cannot code-split: it loads the chunks that
 * `--mode features` and `--mode locales` build, next to itself. `npm run build` runs all four.
 */
export default defineConfig(({ mode }) => {
  if (mode === 'features') return features;
  if (mode === 'locales') return locales;
  if (mode === 'iife') {
    return {
      ...shared,
      plugins: [lazyChunkLoaders(), ...shared.plugins!],
      build: {
        ...shared.build,
        lib: { entry: 'src/index.ts', name: 'XPayCheckout', formats: ['iife'], fileName: () => 'xpay-checkout.iife.js' },
        rollupOptions: {
          onwarn(warning, warn) {
            // The chunk loader reads `document.currentScript` first in the IIFE; `import.meta.url`
            // is only its fallback for module contexts, so an empty one here is expected.
            if (warning.code !== 'EMPTY_IMPORT_META') warn(warning);
          },
        },
      },
    };
  }
  return {
    ...shared,
    build: {
      ...shared.build,
      emptyOutDir: true,
      lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'xpay-checkout.js' },
      rollupOptions: { output: { chunkFileNames: 'esm/[name]-[hash].js' } },
    },
  };
});
