// `npm test`, after the build: what `npm publish` would put in the tarball, from
// `npm pack --dry-run` (files in package.json). Sizes are printed as diagnostics.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const root = new URL('../..', import.meta.url);
const packageJson = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
// --ignore-scripts: a future prepack hook must not rebuild (or be slow) inside a test.
const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
const files = new Set(pack.files.map((file) => file.path));
const ROOT_FILES = new Set(['LICENSE', 'README.md', 'package.json', 'custom-elements.json']);

test('ships the entries, their types, the script tag, the card frame and the manifest', (t) => {
  t.diagnostic(`${pack.filename}: ${(pack.size / 1024).toFixed(0)} kB packed, ${(pack.unpackedSize / 1024).toFixed(0)} kB unpacked, ${pack.entryCount} files`);
  for (const path of [...ROOT_FILES, 'dist/xpay-checkout.js', 'dist/xpay-checkout.iife.js', 'dist/types/index.d.ts', 'dist/frames/card.html']) {
    assert.ok(files.has(path), path);
  }
});

test('every file package.json points at is in the package', () => {
  const targets = [];
  const collect = (value) => (typeof value === 'string' ? targets.push(value) : Object.values(value).forEach(collect));
  collect(packageJson.exports);
  targets.push(packageJson.main, packageJson.module, packageJson.types, packageJson.customElements);
  for (const target of targets) assert.ok(files.has(target.replace(/^\.\//, '')), target);
});

test('ships nothing but dist/ and the root files: no tests, stories, fixtures, sandbox, sources or source maps', () => {
  const stray = [...files].filter((path) => !ROOT_FILES.has(path) && (!path.startsWith('dist/') || path.endsWith('.map')));
  assert.deepEqual(stray, []);
});
