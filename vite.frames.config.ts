import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const root = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The provider's card frame (CONTRACT §5): `dist/frames/card.html` plus its script and CSS,
 * served by the provider at `{apiBase}/checkout/frames/`. It is its own build because it is a
 * page of its own, on another origin, under a strict CSP (`script-src 'self'; style-src 'self'`):
 * no inline script or style, no Lit, nothing loaded from elsewhere. It writes only
 * `dist/frames/` (emptied first, so stale hashed files never linger) and leaves the rest of
 * `dist/` alone.
 */
/** Vite does not minify HTML; the whitespace between tags is a tenth of the page. */
function collapseWhitespace(): Plugin {
  return {
    name: 'xpay-frame-collapse-whitespace',
    transformIndexHtml: { order: 'post', handler: (html) => html.replace(/>\s+</g, '><').trim() },
  };
}

export default defineConfig({
  root: root('./src/frames'),
  // Relative URLs: the folder is served under /checkout/frames/ on the provider, not at /.
  base: './',
  publicDir: false,
  plugins: [collapseWhitespace()],
  build: {
    target: 'es2022',
    outDir: root('./dist/frames'),
    emptyOutDir: true,
    sourcemap: false,
    minify: true,
    // The module preload polyfill would add code for a page that loads a single script.
    modulePreload: { polyfill: false },
    // Never inline assets as data: URLs into the script or CSS; the CSP is per file.
    assetsInlineLimit: 0,
    rollupOptions: {
      input: { card: root('./src/frames/card.html') },
      // Flat, next to card.html: the provider serves one folder.
      output: {
        entryFileNames: '[name]-[hash].js',
        chunkFileNames: '[name]-[hash].js',
        assetFileNames: '[name]-[hash][extname]',
      },
    },
  },
});
