// The renderer's build, shared by both hosts: electron-vite reuses it for the Electron window, and
// `npm run start:web` serves the same bundle to plain Chromium (the web host).
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

export const rendererRoot = fileURLToPath(new URL('./renderer', import.meta.url));
export const rendererOutDir = fileURLToPath(new URL('./out/renderer', import.meta.url));

export default defineConfig({
  root: rendererRoot,
  base: './',
  plugins: [react()],
  build: {
    outDir: rendererOutDir,
    emptyOutDir: true,
    // Source maps stay out of the shipped bundle (electron-builder.yml excludes them too).
    sourcemap: false,
    // electron-vite leaves its bundles unminified unless told; both hosts ship the same small bundle.
    minify: true,
    target: 'chrome120',
  },
  worker: { format: 'es' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
  server: { host: '127.0.0.1' },
});
