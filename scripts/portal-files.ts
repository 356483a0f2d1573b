/**
 * The built portal as couch:setup --portal stores it: the files of dist/portal, and the
 * calendar module bundled as CommonJS for the `_list` function CouchDB runs (QuickJS).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { portalContentType, type PortalFile } from '../shared/couch/portal-upload';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The files of the built portal (one folder, no subfolders, source maps left out). */
export function readPortalFiles(folder: string): PortalFile[] {
  const root = path.resolve(folder);
  if (!existsSync(path.join(root, 'index.html'))) throw new Error(`${folder} has no index.html: run \`npm run portal:build\` first.`);
  return readdirSync(root)
    .filter((name) => !name.endsWith('.map') && statSync(path.join(root, name)).isFile())
    .map((name) => ({ name, contentType: portalContentType(name), data: new Uint8Array(readFileSync(path.join(root, name))) }));
}

export function calendarLibrary(): string {
  const result = buildSync({
    entryPoints: [path.join(projectRoot, 'renderer/portal/src/ics.ts')],
    bundle: true,
    format: 'cjs',
    platform: 'neutral',
    target: 'es2020',
    write: false,
    logLevel: 'silent',
  });
  const [file] = result.outputFiles;
  if (!file) throw new Error('The calendar module could not be built.');
  return file.text;
}
