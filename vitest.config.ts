import { defineConfig } from 'vitest/config';

const unitTests = [
  'shared/**/*.test.ts',
  'renderer/**/*.test.{ts,tsx}',
  'electron/**/*.test.ts',
  'server/**/*.test.ts',
  'test/unit/**/*.test.ts',
  'test/security/**/*.test.ts',
  'scripts/**/*.test.ts',
  // The bounded backbone of the sync simulation; long sweeps run with `npm run test:sim`.
  'test/sim/**/*.test.ts',
];

// The server's tests always run on embedded PGlite; when DATABASE_URL names a PostgreSQL (as
// .ci/run sets up) they run a second time against it, so both storages stay proven.
const postgresProject = process.env.DATABASE_URL
  ? [{ test: { name: 'postgres', include: ['server/**/*.test.ts'], environment: 'node', pool: 'forks' as const, env: { ATTACHE_TEST_STORAGE: 'postgres' } } }]
  : [];

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: unitTests, environment: 'node', pool: 'forks', env: { ATTACHE_TEST_STORAGE: 'pglite' } } },
      ...postgresProject,
    ],
  },
});
