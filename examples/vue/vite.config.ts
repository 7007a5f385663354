import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  plugins: [
    vue({
      // <xpay-checkout> is a custom element, not a Vue component.
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('xpay-') } },
    }),
  ],
  // `npm run dev`: the shop's API is ../server.mjs (`npm start`, port 3000).
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
