/**
 * Builds the public portal (renderer/portal → dist/portal): a folder of static files, every
 * one at the top level (no assets/ folder) so the same files can be attachments of a CouchDB
 * design document. The Content-Security-Policy goes into index.html; the build prints the
 * total gzip size and fails above the budget of 100 kB.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import { PORTAL_META_CSP, serializePolicy } from './renderer/portal/src/csp.ts';

const root = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.resolve(root, process.env.QUORUM_PORTAL_OUT ?? 'dist/portal');
export const PORTAL_GZIP_BUDGET = 100 * 1024;

function contentSecurityPolicy(): Plugin {
  return {
    name: 'quorum-portal-csp',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: serializePolicy(PORTAL_META_CSP) }, injectTo: 'head-prepend' },
    ],
  };
}

function sizeBudget(): Plugin {
  return {
    name: 'quorum-portal-size',
    apply: 'build',
    closeBundle() {
      let total = 0;
      const lines: string[] = [];
      for (const file of readdirSync(outDir).sort()) {
        if (file.endsWith('.map')) continue;
        const size = gzipSync(readFileSync(path.join(outDir, file)), { level: 9 }).length;
        total += size;
        lines.push(`  ${file.padEnd(32)} ${(size / 1024).toFixed(1).padStart(6)} kB gzip`);
      }
      console.log(`Portal files (dist/portal):\n${lines.join('\n')}\n  total ${(total / 1024).toFixed(1)} kB gzip (budget ${PORTAL_GZIP_BUDGET / 1024} kB)`);
      if (total > PORTAL_GZIP_BUDGET) throw new Error(`The portal is ${(total / 1024).toFixed(1)} kB gzip, over its budget of 100 kB.`);
    },
  };
}

export default defineConfig({
  root: path.join(root, 'renderer', 'portal'),
  base: './',
  publicDir: path.join(root, 'renderer', 'portal', 'public'),
  plugins: [contentSecurityPolicy(), sizeBudget()],
  build: {
    outDir,
    emptyOutDir: true,
    assetsDir: '',
    sourcemap: false,
    target: 'chrome109',
    modulePreload: { polyfill: false },
  },
});
