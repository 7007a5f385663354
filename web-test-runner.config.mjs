import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { importMetaGlobPlugin } from './build/wtr-import-meta-glob.mjs';
import { flakyDist } from './test/build/flaky-dist.mjs';
import { strictCspPage } from './test/build/strict-csp-page.mjs';
import { startSandbox } from './sandbox/server.mjs';
import { cardFrameCommands } from './test/card-frame/frame-commands.mjs';
import { layoutCommands } from './test/layout/layout-commands.mjs';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './test/support/chromium.mjs';
import { summaryReporter } from './test/support/summary-reporter.mjs';


// Tests talk to a real sandbox over HTTP; one per run, on a free port.
const sandbox = await startSandbox({ port: 0 });
const testEnv = { apiBase: sandbox.apiBase, origin: sandbox.origin, secretKey: 'sk_test_wtr' };

export default {
  middleware: [flakyDist, strictCspPage],
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: a second tab is `document.hidden`, where the widget rightly stops
  // polling and Chromium throttles timers, so expiry tests would be at the tab order's mercy.
  concurrency: 1,
  testFramework: { config: { timeout: 15000 } },
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    // Vite's import.meta.glob (the locale catalogs), which esbuild leaves alone.
    importMetaGlobPlugin(),
    // The card frame is cross-origin: tests type into it and read it through puppeteer.
    cardFrameCommands(),
    // Layout tests save screenshots as artefacts and resize beyond the default viewport.
    layoutCommands(),
    { name: 'sandbox-lifecycle', serverStop: () => sandbox.close() },
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS },
      // The widget drops its transitions under reduced motion, so computed colours (and axe's
      // contrast checks) see settled values instead of a button halfway between two states.
      async createPage({ context }) {
        const page = await context.newPage();
        await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
        return page;
      },
    }),
  ],
  testRunnerHtml: (testFramework) => `<!doctype html>
<html>
  <head><script>window.__XPAY_TEST_ENV__ = ${JSON.stringify(testEnv)};</script></head>
  <body><script type="module" src="${testFramework}"></script></body>
</html>`,
  reporters: [defaultReporter(), summaryReporter()],
};
