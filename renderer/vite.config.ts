import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { UserConfig } from 'vite';
import { defineConfig } from 'vite';

/** Shared by `npm run build:renderer` (browser host) and electron.vite.config.ts (the app). */
export const rendererConfig: UserConfig = {
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  build: {
    outDir: resolve(import.meta.dirname, '../out/renderer'),
    emptyOutDir: true,
    target: 'chrome120',
    minify: true,
    // Predictable names keep the CSP simple ('self' only) and the bench's size figure honest.
    assetsInlineLimit: 0,
  },
};

export default defineConfig(rendererConfig);
