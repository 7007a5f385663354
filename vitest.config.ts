import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './test/support/chromium.mjs';

const dirname = path.dirname(fileURLToPath(import.meta.url));

// `npm run test:stories`: every story renders in headless Chromium, its play function runs,
// then axe (parameters.a11y.test = 'error' in .storybook/preview.ts) fails it on any violation.
export default defineConfig({
  test: {
    // The console summary, plus a machine-readable one.
    reporters: ['default', 'json'],
    outputFile: { json: '.reports/stories.json' },
    projects: [
      {
        extends: true,
        plugins: [
          storybookTest({
            configDir: path.join(dirname, '.storybook'),
            storybookScript: 'npm run storybook -- --ci',
          }),
        ],
        test: {
          name: 'storybook',
          testTimeout: 20_000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS },
              // The widget drops its transitions under reduced motion, so axe sees settled colours
              // rather than a button halfway back from its disabled look.
              contextOptions: { reducedMotion: 'reduce' },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
