import type { StorybookConfig } from '@storybook/web-components-vite';

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
  // Merchant logos for the fixtures, served as real http(s) URLs (the widget refuses data: URLs).
  staticDirs: [{ from: '../stories/assets', to: '/fixture-assets' }],
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
          'zod',
          'zod/mini',
        ],
      },
    });
  },
};

export default config;
