/**
 * Builds the renderer (renderer/ → dist/renderer). The Content-Security-Policy is written into
 * index.html from shared/content-security-policy.ts, the same source the desktop app uses.
 */
import { readFileSync } from 'node:fs';
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
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' },
    ],
  };
}

export default defineConfig(({ command }) => ({
  root: path.join(root, 'renderer'),
  base: './',
  plugins: [react(), contentSecurityPolicy(command === 'serve')],
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
