import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  // `npm run dev`: the shop's API is ../server.mjs (`npm start`, port 3000).
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
