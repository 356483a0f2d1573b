#!/usr/bin/env node
// Serves the built renderer (dist/renderer) as a plain web page: `npm run web -- --port N`.
// A small static server on loopback: the same app as the desktop build, with the browser
// fallbacks for saving files and keeping credentials.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// QUORUM_RENDERER_OUT: the folder `vite build` wrote to (dist/renderer unless set).
const root = path.resolve(projectRoot, process.env.QUORUM_RENDERER_OUT ?? 'dist/renderer');
const args = process.argv.slice(2);
function option(name, fallback) {
  const index = args.indexOf(`--${name}`);
  if (index >= 0 && args[index + 1]) return args[index + 1];
  const inline = args.find((a) => a.startsWith(`--${name}=`));
  return inline ? inline.split('=')[1] : fallback;
}
const port = Number(option('port', process.env.PORT ?? '4173'));
const host = option('host', '127.0.0.1');
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Not a port number: ${option('port')}`);
  process.exit(2);
}
if (!existsSync(path.join(root, 'index.html'))) {
  console.error(`${path.relative(projectRoot, root)} is missing: run \`npm run build:renderer\` first.`);
  process.exit(1);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
  '.woff2': 'font/woff2',
};

const server = createServer((request, response) => {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  } catch {
    response.writeHead(400).end('Bad request');
    return;
  }
  const file = path.resolve(root, `.${pathname === '/' ? '/index.html' : pathname}`);
  if (!file.startsWith(root + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  response.writeHead(200, {
    'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    'x-content-type-options': 'nosniff',
    // The page and the service worker must always be revalidated; hashed assets never change.
    'cache-control': file.endsWith('index.html') || file.endsWith('sw.js') ? 'no-cache' : 'public, max-age=31536000, immutable',
  });
  createReadStream(file).pipe(response);
});

server.listen(port, host, () => {
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  console.log(`Quorum is being served at http://${host}:${actualPort}/`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
