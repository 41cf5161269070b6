import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'electron/**/*.test.ts', 'server/**/*.test.ts', 'test/unit/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
  },
});
