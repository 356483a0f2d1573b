/**
 * Builds the renderer (renderer/ → dist/renderer). The Content-Security-Policy is written into
 * index.html from shared/content-security-policy.ts, the same source the desktop app uses.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { DEVELOPMENT_CSP, PRODUCTION_CSP, serializeCsp } from './shared/content-security-policy.ts';

const root = path.dirname(fileURLToPath(import.meta.url));
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
// QUORUM_RENDERER_OUT lets several test runs on one machine build into separate folders.
const outDir = path.resolve(root, process.env.QUORUM_RENDERER_OUT ?? 'dist/renderer');

function contentSecurityPolicy(isDevServer: boolean): Plugin {
  const policy = serializeCsp(isDevServer ? DEVELOPMENT_CSP : PRODUCTION_CSP);
  return {
    name: 'quorum-csp',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }],
  };
}

/**
 * Writes sw.js for the web build: the service worker from scripts/service-worker-template.js with
 * the list of every file of this build, so the app opens offline after its first visit. The
 * desktop app serves its files locally and never registers it.
 */
function serviceWorker(): Plugin {
  return {
    name: 'quorum-service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      const publicFiles = readdirSync(path.join(root, 'renderer', 'public')).map((f) => `./${f}`);
      const files = [
        './',
        './index.html',
        ...publicFiles,
        ...Object.keys(bundle)
          .filter((f) => !f.endsWith('.map'))
          .map((f) => `./${f}`),
      ];
      const unique = [...new Set(files)].sort();
      const version = createHash('sha256').update(unique.join('\n')).digest('hex').slice(0, 12);
      const template = readFileSync(path.join(root, 'scripts', 'service-worker-template.js'), 'utf8');
      this.emitFile({
        type: 'asset',
        fileName: 'sw.js',
        source: template.replaceAll('__PRECACHE__', JSON.stringify(unique)).replaceAll('__VERSION__', JSON.stringify(version)),
      });
    },
  };
}

export default defineConfig(({ command }) => ({
  root: path.join(root, 'renderer'),
  base: './',
  plugins: [react(), contentSecurityPolicy(command === 'serve'), serviceWorker()],
  resolve: {
    alias: { '@shared': path.join(root, 'shared') },
  },
  define: {
    'import.meta.env.VITE_APP_VERSION': JSON.stringify(pkg.version),
  },
  build: {
    outDir,
    emptyOutDir: true,
    sourcemap: true,
    target: 'chrome120',
  },
  server: { port: 5173, strictPort: true },
}));
