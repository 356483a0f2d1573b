/**
 * Vitest settings for `npm run torture` (scripts/torture.mjs): the tests' aliases and defines,
 * one file (cli.torture.ts), no time limit (a long run takes hours), and the console passed
 * straight through so progress shows as it happens.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export default defineConfig({
  root,
  resolve: {
    alias: { '@shared': path.join(root, 'shared') },
  },
  define: {
    'import.meta.env.VITE_APP_VERSION': JSON.stringify('0.0.0-test'),
  },
  test: {
    environment: 'node',
    include: ['tests/torture/cli.torture.ts'],
    testTimeout: 0,
    hookTimeout: 120_000,
    pool: 'forks',
    disableConsoleIntercept: true,
    reporters: ['dot'],
  },
});
