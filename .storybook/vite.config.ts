import { defineConfig } from 'vite';

/**
 * Storybook's own Vite config (see `framework.options.builder.viteConfigPath` in main.ts):
 * deliberately free of the library build settings in the root vite.config.ts. Shared
 * Storybook settings (optimizeDeps) live in main.ts `viteFinal`, which the story tests use too.
 */
export default defineConfig({});
