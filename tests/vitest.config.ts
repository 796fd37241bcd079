// Vitest configuration for the whole repository (kept under tests/ so the top
// level stays as the project layout promises). Two projects:
//   unit: pure code (src/core, src/utils, widget-kit logic, listings)
//   e2e:  playwright-core + system Chromium against a built site under /downhill/
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { HeavyFirstSequencer } from './support/e2e-sequencer';

const root = fileURLToPath(new URL('..', import.meta.url));
const alias = { '~': fileURLToPath(new URL('../src', import.meta.url)) };

export default defineConfig({
  root,
  resolve: { alias },
  test: {
    // Root-level only: e2e files that visit every page start first (see the file).
    sequence: { sequencer: HeavyFirstSequencer },
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          root,
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/unit-setup.ts'],
          testTimeout: 30_000,
          // Files share their worker's module graph (not isolated): Plot, d3 and the core load
          // once per worker instead of once per file. The SVG snapshots renumber Plot's
          // clip-path ids, which count up across the files a worker has run.
          isolate: false,
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
          // expect.poll() waits for what a page does after an input (a worker's answer, code
          // loaded on demand): vitest's default of 1 s is too short with two browsers on two
          // cores. A poll stops as soon as it passes, so a long limit costs only real failures.
          expect: { poll: { timeout: 10_000 } },
          // A describe.concurrent block (none today): at most three pages at once.
          // Five throttled loads at once in one Chromium stall one of them before its load
          // event for minutes (reproduced with five contexts loading a chapter: one never
          // finished in 120 s; three and four always finished in 3-5 s).
          maxConcurrency: 3,
          // Two files at a time (two cores: a test runs in Chromium's renderer
          // while the other worker's page loads); each worker keeps one Chromium
          // for all the files it runs (isolate: false keeps tests/support/site.ts
          // loaded); a file opens its pages in one context of its own (usePage) or
          // a fresh context per page (openPage).
          fileParallelism: true,
          maxWorkers: 2,
          // Two browsers on two cores: a widget whose worker computes while the other file
          // loads its own page can miss a poll once. One retry; a real failure fails twice.
          retry: 1,
          isolate: false,
        },
      },
    ],
  },
});
