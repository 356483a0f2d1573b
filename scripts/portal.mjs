#!/usr/bin/env node
// Serves the built public portal (dist/portal) for a demo or a small office:
// `npm run portal -- --port 8080 --server http://127.0.0.1:5984/ [--prefix quorum_mopane_ridge_]`.
// Besides the static files it answers /portal-config.json (the server and prefix the portal
// reads) and /calendar.ics, the live calendar feed of upcoming meetings, built from the public
// database on each request. Every answer carries the portal's Content-Security-Policy, narrowed
// to the one server. Run through tsx (the npm script does): the feed and the policy come from
// the portal's own modules.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { portalHeaderCsp, serializePolicy } from '../renderer/portal/src/csp.ts';
import { upcomingMeetingsCalendar } from '../renderer/portal/src/ics.ts';
import { isPublication } from '../renderer/portal/src/model.ts';
import { PUBLIC_DATABASE_SUFFIX, publicDatabaseName } from '../shared/publishing/publication.ts';

const usage = `Usage: npm run portal -- --server URL [--prefix P] [--port N] [--host H]

  --server URL   the CouchDB server the portal reads, as residents' browsers reach it
  --prefix P     the municipality's database prefix (default: the one database named *${PUBLIC_DATABASE_SUFFIX} on the server)
  --port N       port to listen on (default 8080)
  --host H       address to listen on (default 127.0.0.1; 0.0.0.0 to serve the network)

Build the files first with \`npm run portal:build\`.`;

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const root = path.resolve(projectRoot, process.env.QUORUM_PORTAL_OUT ?? 'dist/portal');

let options;
try {
  options = parseArgs({
    options: {
      port: { type: 'string', default: '8080' },
      host: { type: 'string', default: '127.0.0.1' },
      server: { type: 'string' },
      prefix: { type: 'string' },
      help: { type: 'boolean' },
    },
  }).values;
} catch (error) {
  console.error(`${error.message}\n\n${usage}`);
  process.exit(2);
}
if (options.help) {
  console.log(usage);
  process.exit(0);
}
const port = Number(options.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Not a port number: ${options.port}\n\n${usage}`);
  process.exit(2);
}
if (!options.server) {
  console.error(`Give --server: the CouchDB server the portal reads.\n\n${usage}`);
  process.exit(2);
}
let server;
try {
  server = new URL(options.server.endsWith('/') ? options.server : `${options.server}/`);
  if (server.protocol !== 'http:' && server.protocol !== 'https:') throw new Error('not http(s)');
} catch {
  console.error(`Not a server address: ${options.server} (give one such as http://127.0.0.1:5984/).`);
  process.exit(2);
}
if (!existsSync(path.join(root, 'index.html'))) {
  console.error(`${path.relative(projectRoot, root)} is missing: run \`npm run portal:build\` first.`);
  process.exit(1);
}

async function findPrefix() {
  if (options.prefix) return options.prefix;
  const response = await fetch(new URL('_all_dbs', server)).catch(() => null);
  const names = response?.ok ? await response.json() : [];
  const publicDbs = Array.isArray(names) ? names.filter((name) => typeof name === 'string' && name.endsWith(PUBLIC_DATABASE_SUFFIX)) : [];
  if (publicDbs.length === 1) return publicDbs[0].slice(0, -PUBLIC_DATABASE_SUFFIX.length);
  console.error(
    publicDbs.length > 1
      ? `The server has ${publicDbs.length} public databases (${publicDbs.join(', ')}): give --prefix.`
      : "Give --prefix: the municipality's database prefix (the server does not list its databases to anonymous readers).",
  );
  process.exit(2);
}
const prefix = await findPrefix();
const database = new URL(`${encodeURIComponent(publicDatabaseName(prefix))}/`, server);
const csp = serializePolicy(portalHeaderCsp(server.origin));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

function headers(type, extra = {}) {
  return {
    'content-type': type,
    'content-security-policy': csp,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    ...extra,
  };
}

async function calendar(request) {
  const [site, all] = await Promise.all([
    fetch(new URL('site', database)).then((r) => (r.ok ? r.json() : null)),
    fetch(new URL(`_all_docs?include_docs=true&startkey=${encodeURIComponent('"a"')}`, database)).then((r) => {
      if (!r.ok) throw new Error(`the server answered ${r.status}`);
      return r.json();
    }),
  ]);
  const publications = (all.rows ?? []).map((row) => row.doc).filter(isPublication);
  const host = request.headers.host ?? `${options.host}:${port}`;
  const municipality = typeof site?.municipality === 'string' && site.municipality.trim() ? site.municipality.trim() : 'Council';
  return upcomingMeetingsCalendar(publications, {
    now: new Date(),
    name: `${municipality}: meetings`,
    uidDomain: host.replace(/:\d+$/, ''),
    meetingUrl: (key) => `http://${host}/#/meeting/${key}`,
  });
}

const httpServer = createServer((request, response) => {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  } catch {
    response.writeHead(400, headers('text/plain; charset=utf-8')).end('Bad request');
    return;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, headers('text/plain; charset=utf-8', { allow: 'GET, HEAD' })).end('Only GET and HEAD');
    return;
  }
  if (pathname === '/portal-config.json') {
    response
      .writeHead(200, headers('application/json', { 'cache-control': 'no-cache' }))
      .end(JSON.stringify({ server: server.href, prefix, calendarFeed: 'calendar.ics' }));
    return;
  }
  if (pathname === '/calendar.ics') {
    calendar(request).then(
      (text) =>
        response
          .writeHead(200, headers('text/calendar; charset=utf-8', { 'cache-control': 'no-cache', 'content-disposition': 'inline; filename="meetings.ics"' }))
          .end(text),
      (error) => response.writeHead(502, headers('text/plain; charset=utf-8')).end(`The calendar cannot be read from the council's server: ${error.message}`),
    );
    return;
  }
  const file = path.resolve(root, `.${pathname === '/' ? '/index.html' : pathname}`);
  if (!file.startsWith(root + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404, headers('text/plain; charset=utf-8')).end('Not found');
    return;
  }
  response.writeHead(
    200,
    headers(TYPES[path.extname(file)] ?? 'application/octet-stream', {
      'cache-control': file.endsWith('index.html') ? 'no-cache' : 'public, max-age=31536000, immutable',
    }),
  );
  if (request.method === 'HEAD') response.end();
  else createReadStream(file).pipe(response);
});

httpServer.listen(port, options.host, () => {
  const address = httpServer.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  console.log(`Quorum public portal at http://${options.host}:${actualPort}/ reading ${database.href}`);
  console.log(`  calendar feed: http://${options.host}:${actualPort}/calendar.ics`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => httpServer.close(() => process.exit(0)));
