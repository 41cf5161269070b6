// Builds the benchmark page: a plain page on the app's origin that drives the real data layer
// (renderer/db) and a raw IndexedDB baseline in the same Chromium, so both pay the same costs.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('./page', import.meta.url)),
  base: '/bench/',
  logLevel: 'warn',
  // The search worker is a module worker, as in the app (vite.config.ts).
  worker: { format: 'es' },
  build: {
    outDir: fileURLToPath(new URL('../out/bench', import.meta.url)),
    emptyOutDir: true,
    target: 'chrome120',
  },
});
