/**
 * Unit tests run in parallel under Node (renderer modules against RxDB on fake IndexedDB).
 * Integration tests start real server processes and external tools (pouchdb-server,
 * LibreOffice): they run one file at a time, after the unit tests, so timing-sensitive steps
 * (a server killed mid-push) are not starved of CPU on a two-core machine.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: {
    alias: { '@shared': path.join(root, 'shared') },
  },
  define: {
    'import.meta.env.VITE_APP_VERSION': JSON.stringify('0.0.0-test'),
  },
  test: {
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    projects: [
      // `extends: true`: each project keeps the settings above (aliases, timeouts, pool).
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], sequence: { groupOrder: 0 } } },
      {
        extends: true,
        test: { name: 'integration', include: ['tests/integration/**/*.test.ts'], fileParallelism: false, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
