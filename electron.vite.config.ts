// Builds the three bundles: main (Node, ESM), preload (CommonJS, as a sandboxed preload must be)
// and the renderer (the same Vite config the web host uses).
import { defineConfig } from 'electron-vite';
import { join } from 'node:path';
import rendererConfig, { rendererRoot } from './vite.config';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: 'electron/main/index.ts' } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: 'electron/preload/index.ts' },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    ...rendererConfig,
    // electron-vite looks for src/renderer/index.html unless told, and reads the entry from
    // rolldownOptions (Vite 8), so the renderer's page is named here explicitly.
    build: { ...rendererConfig.build, rolldownOptions: { input: { index: join(rendererRoot, 'index.html') } } },
  },
});
