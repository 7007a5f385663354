// Byte counting shared by bench/run.mjs: one file's sizes, and every file an HTML page pulls in.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const cache = new Map();

/** Raw, gzip -9 and brotli (quality 11) bytes of one file, as a CDN would send it. */
export function fileSizes(path) {
  if (!cache.has(path)) {
    const code = readFileSync(path);
    cache.set(path, { raw: code.length, gzip: gzipSync(code, { level: 9 }).length, brotli: brotliCompressSync(code).length });
  }
  return cache.get(path);
}

export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** A chunk's name without its content hash: `esm/payment-Bsp6G6do.js` → `esm/payment.js`. */
export const logicalName = (file) => file.replace(/-[\w-]{8}(\.\w+)$/, '$1');

const localRef = (ref) => ref && !/^([a-z][a-z0-9+.-]*:|\/\/|#)/i.test(ref);

/**
 * Every file a page loads from its own folder, followed through `<script src>`, `<link href>`,
 * static and dynamic `import`s and CSS `url()`/`@import`: everything it can load, whether or
 * not one visit needs all of it. Returns paths relative to `root`, the page first.
 */
export function pageFiles(htmlPath, root = dirname(htmlPath)) {
  const seen = new Set();
  const visit = (path) => {
    if (seen.has(path) || !existsSync(path)) return;
    seen.add(path);
    const text = readFileSync(path, 'utf8');
    const refs = path.endsWith('.html')
      ? [...text.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)=["']?([^"'\s>]+)/gi)].map((m) => m[1])
      : path.endsWith('.css')
        ? [...text.matchAll(/url\(\s*["']?([^"')]+)|@import\s+["']([^"']+)/g)].map((m) => m[1] ?? m[2])
        : [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'`](\.{1,2}\/[^"'`]+)["'`]/g)].map((m) => m[1]);
    for (const ref of refs) if (localRef(ref)) visit(join(ref.startsWith('/') ? root : dirname(path), ref.split(/[?#]/)[0]));
  };
  visit(htmlPath);
  return [...seen].map((path) => relative(root, path));
}
