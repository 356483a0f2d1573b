/**
 * Builds the benchmark page (bench/page → dist/bench/page): a page with no UI that imports the
 * app's own modules (database, repositories, sync engine, document exporter) so `npm run bench`
 * can time them in Chromium. It is served beside the app's build, on the same origin, so both
 * reach the same IndexedDB. Never part of the app.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: path.join(root, 'bench', 'page'),
  base: './',
  resolve: {
    alias: { '@shared': path.join(root, 'shared') },
  },
  define: {
    'import.meta.env.VITE_APP_VERSION': JSON.stringify('bench'),
  },
  build: {
    outDir: path.resolve(root, process.env.QUORUM_BENCH_PAGE_OUT ?? 'dist/bench/page'),
    emptyOutDir: true,
    target: 'chrome120',
    // For profiling: readable function names in Chromium's profiles.
    minify: process.env.QUORUM_BENCH_NO_MINIFY ? false : 'oxc',
    // Quiet: the bench page bundles docx and PouchDB, large by design.
    chunkSizeWarningLimit: 5_000,
  },
  logLevel: 'warn',
});
