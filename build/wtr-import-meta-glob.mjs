// web-test-runner compiles TypeScript with esbuild, which leaves Vite's `import.meta.glob` alone,
// so a module using it (src/i18n/locale-loaders.ts) would fail in the browser. This dev-server
// plugin expands the one form the source uses, `import.meta.glob('./dir/*.ext')` (a type
// argument allowed, no options), into the object Vite builds for it:
// `{ './dir/a.ext': () => import('./dir/a.ext'), … }`, reading the folder next to the served
// file. Anything else that mentions `import.meta.glob` is refused loudly rather than half-served.
import { readdirSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';

const CALL = /import\.meta\.glob\s*(?:<[^()]*?>)?\s*\(\s*(['"`])([^'"`]*)\1\s*\)/g;

/** The files a relative, single-folder pattern names, as Vite's keys (sorted, like Vite's). */
export function expandGlob(fromDir, pattern) {
  const { dir, base } = posix.parse(pattern);
  if (!/^\.\.?(\/|$)/.test(pattern) || /[*?[{]/.test(dir) || base.includes('**')) {
    throw new Error(`import.meta.glob('${pattern}'): only a relative pattern with * in the file name is supported here`);
  }
  const name = new RegExp(`^${base.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]')}$`);
  return readdirSync(join(fromDir, dir), { withFileTypes: true })
    .filter((entry) => entry.isFile() && name.test(entry.name))
    .map((entry) => `${dir}/${entry.name}`)
    .sort();
}

/** `import.meta.glob(…)` calls of one module, replaced by their objects of lazy imports. */
export function expandImportMetaGlob(code, fromDir) {
  const expanded = code.replace(CALL, (_call, _quote, pattern) => {
    const entries = expandGlob(fromDir, pattern).map((path) => `${JSON.stringify(path)}: () => import(${JSON.stringify(path)})`);
    return `{ ${entries.join(', ')} }`;
  });
  if (/import\.meta\.glob\b/.test(expanded.replace(/\/\/.*|\/\*[\s\S]*?\*\//g, ''))) {
    throw new Error('import.meta.glob: only a single string-literal pattern (no options) is supported under web-test-runner');
  }
  return expanded;
}

/** The web-test-runner / @web/dev-server plugin. */
export function importMetaGlobPlugin() {
  let rootDir = process.cwd();
  return {
    name: 'xpay-import-meta-glob',
    serverStart({ config }) {
      rootDir = config.rootDir ?? rootDir;
    },
    transform(context) {
      if (typeof context.body !== 'string' || !context.body.includes('import.meta.glob') || !/\.(ts|js|mjs)$/.test(context.path)) return undefined;
      const fromDir = join(rootDir, dirname(decodeURIComponent(context.path)));
      return { body: expandImportMetaGlob(context.body, fromDir) };
    },
  };
}
