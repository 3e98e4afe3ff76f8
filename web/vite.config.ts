import { defineConfig } from 'vite';

// The web UI is bundled at build time (npm ci → prepare); nothing is loaded from a CDN.
export default defineConfig({
  root: new URL('.', import.meta.url).pathname,
  base: '/',
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, target: 'es2022' },
  logLevel: 'warn',
});
