import { defineConfig, minify, type Plugin } from 'vite';

/**
 * Vite leaves ES library output unminified (to keep it tree-shakable by the app's bundler),
 * but this package ships a finished widget whose size is a feature: minify it like the IIFE.
 */
function minifyEsOutput(): Plugin {
  return {
    name: 'xpay-minify-es-output',
    apply: 'build',
    async renderChunk(code, chunk, outputOptions) {
      if (outputOptions.format !== 'es') return null;
      const result = await minify(chunk.fileName, code, { compress: true, mangle: true, sourcemap: true });
      return { code: result.code, map: result.map ?? null };
    },
  };
}

/**
 * Two bundles from one entry: `xpay-checkout.js` (ES module for npm users) and
 * `xpay-checkout.iife.js` (classic script defining `window.XPayCheckout`).
 */
export default defineConfig({
  plugins: [minifyEsOutput()],
  build: {
    target: 'es2022',
    sourcemap: true,
    minify: true,
    lib: {
      entry: 'src/index.ts',
      name: 'XPayCheckout',
      formats: ['es', 'iife'],
      fileName: (format) => (format === 'es' ? 'xpay-checkout.js' : 'xpay-checkout.iife.js'),
    },
  },
});
