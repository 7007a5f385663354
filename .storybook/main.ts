import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * The card frame as the provider serves it (CONTRACT §5), built by `npm run build` into
 * dist/frames/. The stories' fixture API lives on Storybook's own origin at /fixture-api/v1
 * (stories/support/fixture-provider.ts), so the frame is a real document at
 * `{apiBase}/checkout/frames/card.html`, in `storybook dev`, the static build and the story tests.
 */
const FRAMES_DIR = fileURLToPath(new URL('../dist/frames', import.meta.url));
const FRAMES_URL = '/fixture-api/v1/checkout/frames';
const framesBuilt = existsSync(`${FRAMES_DIR}/card.html`);
if (!framesBuilt) {
  // Storybook refuses a missing static folder; every other story still works without the frame.
  console.warn(`\n[xpay] ${FRAMES_DIR}/card.html is missing: run \`npm run build\` first, or the card entry shows "could not load".\n`);
}

/**
 * Storybook for <xpay-checkout>. Stories live in stories/ and talk to an in-page fixture
 * provider (stories/support/fixture-provider.ts), so dev, the static build and the story
 * tests (addon-vitest) need no server. See stories/README.md.
 */
const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: {
    name: '@storybook/web-components-vite',
    options: {
      // Not the project's vite.config.ts: that one builds the library (lib mode, ES minifier).
      builder: { viteConfigPath: '.storybook/vite.config.ts' },
    },
  },
  core: { disableTelemetry: true },
  staticDirs: [
    // Merchant logos for the fixtures, served as real http(s) URLs (the widget refuses data: URLs).
    { from: '../stories/assets', to: '/fixture-assets' },
    // Only the fixture API base has frames: FIXTURE_API_BASE_WITHOUT_FRAMES answers them 404.
    ...(framesBuilt ? [{ from: '../dist/frames', to: FRAMES_URL }] : []),
  ],
  async viteFinal(viteConfig) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(viteConfig, {
      // Storybook's manager and docs chunks are large by nature; the widget's own size is checked elsewhere.
      build: { chunkSizeWarningLimit: 2000 },
      // Pre-bundled once, so Lit (and its directives) load as a single copy: two copies of
      // lit-html break `instanceof` checks, directives and the element's rendering.
      optimizeDeps: {
        include: [
          'lit',
          'lit/decorators.js',
          'lit/directive-helpers.js',
          'lit/directive.js',
          // Every directive, whichever the widget or a story starts using.
          'lit/directives/*.js',
          // The Translator reaches elements through @lit/context: pre-bundled with Lit, not discovered late.
          '@lit/context',
          'zod',
          'zod/mini',
        ],
      },
    });
  },
};

export default config;
