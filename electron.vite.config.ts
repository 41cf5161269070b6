// Builds the three bundles: main (Node, ESM), preload (CommonJS, as a sandboxed preload must be)
// and the renderer (the same Vite config the web host uses).
import { defineConfig } from 'electron-vite';
import rendererConfig from './vite.config';

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
  renderer: rendererConfig,
});
