import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/** Bundles the host bridge into one classic script (it must run before the app's module). */
export default defineConfig({
  build: {
    outDir: resolve(import.meta.dirname, '../../out/host'),
    emptyOutDir: true,
    lib: {
      entry: resolve(import.meta.dirname, 'bridge.ts'),
      formats: ['iife'],
      name: 'rcBridge',
      fileName: () => 'bridge.js',
    },
    minify: true,
  },
});
