// Regenerates the examples' package-lock.json files after a dependency change (here or in the
// package itself): packs the built package (`npm run build` first), `npm install`s it into each
// example, then drops the tarball's `integrity` from each lockfile. With that hash in the
// lockfile, `npm ci` would install the copy npm cached under it instead of a fresh build.
//
//   npm run build && node examples/lockfiles.mjs
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const ROOT = join(HERE, '..');
const EXAMPLES = ['react', 'vue', 'svelte'];

const destination = mkdtempSync(join(tmpdir(), 'xpay-pack-'));
const output = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', destination], { cwd: ROOT, encoding: 'utf8' });
const [{ filename }] = JSON.parse(output.slice(output.indexOf('[')));
copyFileSync(join(destination, filename), join(HERE, 'xpay-embedded-checkout.tgz'));
rmSync(destination, { recursive: true, force: true });

for (const name of EXAMPLES) {
  const cwd = join(HERE, name);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline'], { cwd, stdio: 'inherit' });
  const file = join(cwd, 'package-lock.json');
  const lock = JSON.parse(readFileSync(file, 'utf8'));
  delete lock.packages['node_modules/xpay-embedded-checkout'].integrity;
  writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
  console.log(`examples/${name}/package-lock.json updated`);
}
