import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  plugins: [svelte()],
  // `npm run dev`: the shop's API is ../server.mjs (`npm start`, port 3000).
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
