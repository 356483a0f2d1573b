#!/usr/bin/env node
// Development: the Vite dev server for the renderer, and Electron loading it.
// `npm run dev` (needs a machine where the Electron binary can be downloaded).
import { spawn } from 'node:child_process';
import { createServer } from 'vite';

const server = await createServer({ configFile: 'vite.config.ts' });
await server.listen();
const url = server.resolvedUrls?.local[0] ?? 'http://localhost:5173/';
console.log(`Renderer dev server at ${url}`);

await new Promise((resolve, reject) => {
  const build = spawn(process.execPath, ['scripts/build-electron.mjs'], { stdio: 'inherit' });
  build.on('exit', (code) => (code === 0 ? resolve(undefined) : reject(new Error(`build-electron exited with ${code}`))));
});

const electron = spawn('npx', ['electron', '.'], { stdio: 'inherit', env: { ...process.env, VITE_DEV_SERVER_URL: url } });
electron.on('exit', async (code) => {
  await server.close();
  process.exit(code ?? 0);
});
