import { readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import remapping from '@jridgewell/remapping';
import MagicString from 'magic-string';
import { basename, dirname, join } from 'node:path';
import { build, defineConfig, minify, parseAst, type Plugin } from 'vite';
import { collapseTemplateText, htmlTemplateTexts } from './build/html-template-text.mjs';

const root = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const OUT_DIR = root('./dist');
/** The npm entry, a facade of the core chunk; the script tag reads its export names. */
const ENTRY_FILE = 'xpay-checkout.js';

/** Folders of dist/ that other builds write (vite.frames.config.ts): never emptied from here. */
const KEEP = new Set(['frames']);

/**
 * Empties dist/ before a build, except what another build owns, so `vite build` and the frame
 * build may run in either order. (Vite's own `emptyOutDir` would wipe dist/frames.)
 */
function emptyOutDirExcept(keep: ReadonlySet<string>): Plugin {
  return {
    name: 'xpay-empty-out-dir',
    apply: 'build',
    buildStart() {
      let names: string[];
      try {
        names = readdirSync(OUT_DIR);
      } catch {
        return; // no dist/ yet
      }
      for (const name of names) if (!keep.has(name)) rmSync(join(OUT_DIR, name), { recursive: true, force: true });
    },
  };
}

/** A `css` tagged template in the widget's source; styles hold no backticks or escapes. */
const CSS_TEMPLATE = /\bcss`([^`\\]*)`/g;

/** Comments and layout whitespace of a style sheet: nothing the browser reads (a colon is never followed by meaningful space). */
function minifyCssText(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

/**
 * The minifier leaves template literals alone, so every comment and indent of the Lit styles
 * and templates would ship (over a kilobyte gzip). Only `css` and `html` templates are touched:
 * in CSS, whitespace next to braces, semicolons, commas and `>` means nothing; in the markup,
 * a run of white space with a line break renders as the one space it becomes.
 */
function minifyTemplates(): Plugin {
  return {
    name: 'xpay-minify-templates',
    apply: 'build',
    transform(code, id) {
      if (!id.includes('/src/') || !id.endsWith('.ts') || !(code.includes('css`') || code.includes('html`'))) return null;
      const output = new MagicString(code);
      for (const match of code.matchAll(CSS_TEMPLATE)) {
        const start = match.index + match[0].indexOf('`') + 1;
        output.overwrite(start, start + match[1].length, minifyCssText(match[1]));
      }
      for (const [start, end] of htmlTemplateTexts(code)) {
        const text = code.slice(start, end);
        const collapsed = collapseTemplateText(text);
        if (collapsed !== text) output.overwrite(start, end, collapsed);
      }
      return { code: output.toString(), map: output.generateMap({ hires: true }) };
    },
  };
}

/**
 * Vite leaves ES library output unminified (to keep it tree-shakable by the app's bundler),
 * but this package ships a finished widget whose size is a feature: minify it.
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

/**
 * Adds `xpay-checkout.iife.js` to this build: the tiny classic script of
 * src/runtime/script-tag.ts, told which file to import and under which names it exports the
 * public API. It imports the hashed core chunk, not the `xpay-checkout.js` facade (one hop
 * fewer), and the core exports under minified names, so both come from the facade's one
 * `export { … } from './esm/core-….js'`. A nested build because a classic script cannot be an
 * output of an ES build, and the names are known only once this build has rendered its chunks.
 */
function scriptTagLoader(entryFileName: string): Plugin {
  return {
    name: 'xpay-script-tag-loader',
    apply: 'build',
    // After minifyEsOutput: the names must be the shipped ones.
    generateBundle: {
      order: 'post',
      async handler(outputOptions, bundle) {
        if (outputOptions.format !== 'es') return;
        const facade = bundle[entryFileName];
        const statements = facade?.type === 'chunk' ? parseAst(facade.code).body : [];
        const reexport = statements[0];
        if (statements.length !== 1 || reexport?.type !== 'ExportNamedDeclaration' || !reexport.source) {
          throw new Error(`xpay-script-tag-loader: ${entryFileName} must be one re-export of the core chunk (see coreModules)`);
        }
        const core = join(dirname(entryFileName), String(reexport.source.value));
        const payment = Object.values(bundle).find((chunk) => chunk.type === 'chunk' && chunk.isDynamicEntry && chunk.facadeModuleId?.endsWith('/src/features/payment.ts'));
        if (!payment) throw new Error('xpay-script-tag-loader: no payment chunk (src/features/payment.ts) in the build');
        const names = Object.fromEntries(
          reexport.specifiers.map((specifier) => [nameOf(specifier.exported), nameOf(specifier.local)]),
        );
        const result = await build({
          configFile: false,
          logLevel: 'warn',
          define: { __XPAY_CORE__: JSON.stringify(core), __XPAY_EXPORTS__: JSON.stringify(names), __XPAY_PAYMENT__: JSON.stringify(payment.fileName) },
          build: {
            write: false,
            target: 'es2022',
            minify: true,
            sourcemap: true,
            lib: { entry: root('./src/runtime/script-tag.ts'), formats: ['iife'], name: 'XPayCheckoutLoader', fileName: () => 'xpay-checkout.iife.js' },
          },
        });
        for (const output of (Array.isArray(result) ? result : [result]) as { output: { fileName: string; type: string; code?: string; source?: string | Uint8Array }[] }[]) {
          for (const file of output.output) {
            this.emitFile({ type: 'asset', fileName: file.fileName, source: file.type === 'chunk' ? file.code! : file.source! });
          }
        }
      },
    },
  };
}

const nameOf = (node: { type: string; name?: string; value?: unknown }) => (node.type === 'Identifier' ? node.name! : String(node.value));

type ModuleInfo = { importedIds: readonly string[]; dynamicallyImportedIds: readonly string[] };
type GetModuleInfo = (id: string) => ModuleInfo | null;

/**
 * The modules of the `core` chunk: what the entry imports statically, plus what two or more
 * lazy chunks share (say, digit handling in payment and extras). Left to the bundler, the
 * latter become small common chunks: one more request, found only once the chunk that imports
 * them has been parsed. Every lazy chunk then imports only the core, which is already there.
 */
function coreModules(entry: string, getModuleInfo: GetModuleInfo): Set<string> {
  const reach = (from: string, skip: ReadonlySet<string>) => {
    const seen = new Set<string>();
    const visit = (id: string) => {
      if (seen.has(id) || skip.has(id)) return;
      seen.add(id);
      for (const next of getModuleInfo(id)?.importedIds ?? []) visit(next);
    };
    visit(from);
    return seen;
  };
  const core = reach(entry, new Set());
  const lazyRoots = new Set([...core].flatMap((id) => getModuleInfo(id)?.dynamicallyImportedIds ?? []));
  const sharedBy = new Map<string, number>();
  for (const lazy of lazyRoots) for (const id of reach(lazy, core)) sharedBy.set(id, (sharedBy.get(id) ?? 0) + 1);
  for (const [id, roots] of sharedBy) if (roots > 1 && !lazyRoots.has(id)) core.add(id);
  return core;
}

/**
 * The `core` chunk as a code-splitting group; the plugin forgets the module set when a build
 * starts, so a watch rebuild sees the new graph.
 */
function coreChunk(entry: string): { plugin: Plugin; name: (id: string, context: { getModuleInfo: GetModuleInfo }) => string | null } {
  let core: Set<string> | undefined;
  return {
    plugin: { name: 'xpay-core-chunk', apply: 'build', buildStart: () => void (core = undefined) },
    name: (id, context) => ((core ??= coreModules(entry, (module) => context.getModuleInfo(module))).has(id) ? 'core' : null),
  };
}
const core = coreChunk(root('./src/index.ts'));

/**
 * One build. `dist/xpay-checkout.js` is the ES module for npm users; its bundler follows the
 * plain dynamic imports (payment form, extras, one chunk per catalog) in `dist/esm/`. The entry
 * itself is a one-line facade of the hashed `core` chunk (see coreModules), so a page fetches
 * core, then payment (and extras, a catalog) beside each other, and nothing after that.
 * `dist/xpay-checkout.iife.js` is the script tag's few hundred bytes that import that same
 * core (src/runtime/script-tag.ts). The card frame is vite.frames.config.ts (dist/frames/).
 */
export default defineConfig({
  plugins: [emptyOutDirExcept(KEEP), minifyTemplates(), core.plugin, minifyEsOutput(), scriptTagLoader(ENTRY_FILE)],
  build: {
    target: 'es2022',
    sourcemap: true,
    minify: true,
    emptyOutDir: false,
    lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => ENTRY_FILE },
    rollupOptions: {
      output: {
        chunkFileNames: 'esm/[name]-[hash].js',
        codeSplitting: {
          groups: [{ name: core.name, debugName: 'core' }],
        },
      },
    },
  },
});
