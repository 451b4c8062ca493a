import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['apps/api/src/**/domain/**/*.test.ts', 'packages/*/src/**/*.test.ts', 'apps/api/src/platform/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'api',
          include: ['apps/api/src/**/*.api.test.ts', 'apps/api/test/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // each file opens its own database; two workers fit two cores
          maxWorkers: 2,
        },
      },
    ],
  },
});
