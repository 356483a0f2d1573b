// Bundles Electron's main process and preload into dist/electron as CommonJS.
// The preload must be a single file: the window is sandboxed and cannot require local modules.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  sourcemap: true,
  external: ['electron'],
  logLevel: 'warning',
};

await Promise.all([
  build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs', external: ['electron', 'electron-updater', 'electron-log'] }),
  build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.cjs' }),
]);
console.log('Built dist/electron/main.cjs and dist/electron/preload.cjs');
