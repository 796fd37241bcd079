// Vitest configuration for the whole repository (kept under tests/ so the top
// level stays as the project layout promises). Two projects:
//   unit: pure code (src/core, src/utils, widget-kit logic, listings)
//   e2e:  playwright-core + system Chromium against a built site under /downhill/
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));
const alias = { '~': fileURLToPath(new URL('../src', import.meta.url)) };

export default defineConfig({
  root,
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          root,
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          root,
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/e2e-setup.ts'],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          // One browser per file; two cores: run files one after another.
          fileParallelism: false,
        },
      },
    ],
  },
});
