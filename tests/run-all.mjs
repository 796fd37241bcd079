// `npm test`: every check the project has, in order, with one summary line at
// the end ("total: N passed, N failed, N skipped") that CI reads.
//   1. Chromium present (installed with apt-get when root and missing)
//   2. unit tests (vitest project "unit") and astro check (TypeScript strict
//      over src/, content/, tests/), both in the background
//   3. once astro check has ended (both write .astro/): the site built with
//      BASE_PATH=/downhill/, then Pagefind, while the unit tests finish; once
//      they have, ESLint (zero warnings) and Prettier's check (`npm run format`
//      fixes what it finds) in the background
//   4. end-to-end tests against that build (vitest project "e2e", two files at
//      a time)
// astro check, the build and each lint stage count as one test each. CI=true turns a
// missing python3 + numpy into failures instead of skips (see tests/support/python.ts).
// Each stage prints its time; the background stage's output is printed when
// it ends, in one piece.
import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './support/ensure-chromium.mjs';

const tmp = 'tests/.tmp';
rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

/**
 * Run a stage in the foreground, its output straight to ours; resolves to whether
 * it passed. (Not spawnSync: background stages must be seen to end on time.)
 */
async function run(title, cmd, args, env = {}) {
  console.log(`\n━━ ${title}: ${[cmd, ...args].join(' ')}`);
  const started = Date.now();
  const child = spawn(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const status = await new Promise((resolve) => {
    child.on('error', (err) => {
      console.error(String(err));
      resolve(-1);
    });
    child.on('close', resolve);
  });
  console.log(
    `━━ ${title}: ${status === 0 ? 'ok' : `FAILED (exit ${status})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return status === 0;
}

/**
 * Start a stage in the background, its output going to a file; resolves to
 * whether it passed, after printing its output (when awaited, so that it does
 * not interleave with a foreground stage's) and the time it took.
 */
function runInBackground(title, cmd, args, env = {}) {
  console.log(`\n━━ ${title}: ${[cmd, ...args].join(' ')} (in the background)`);
  const started = Date.now();
  const log = `${tmp}/${title.replace(/\W+/g, '-')}.log`;
  const fd = openSync(log, 'w');
  const child = spawn(cmd, args, { stdio: ['ignore', fd, fd], env: { ...process.env, ...env } });
  closeSync(fd);
  const ended = new Promise((resolve) => {
    let finished = false;
    const done = (code) => {
      if (finished) return;
      finished = true;
      resolve({ code, seconds: (Date.now() - started) / 1000 });
    };
    child.on('error', (err) => {
      console.error(String(err));
      done(-1);
    });
    child.on('close', done);
  });
  return {
    then(onDone, onError) {
      return ended
        .then(({ code, seconds }) => {
          console.log(`\n━━ ${title} output:`);
          process.stdout.write(readFileSync(log));
          console.log(`━━ ${title}: ${code === 0 ? 'ok' : `FAILED (exit ${code})`} in ${seconds.toFixed(1)} s`);
          return code === 0;
        })
        .then(onDone, onError);
    },
  };
}

function stage(title, ok) {
  if (ok) totals.passed++;
  else {
    totals.failed++;
    failures.push(title);
  }
}

/** Run a vitest project (in the background: its output is printed in one piece when it ends) and count its tests. */
async function vitest(project, { background = false } = {}) {
  const out = `${tmp}/${project}.json`;
  const args = [
    'vitest',
    'run',
    '--config',
    'tests/vitest.config.ts',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${out}`,
  ];
  const ok = await (background ? runInBackground : run)(`${project} tests`, 'npx', args);
  try {
    const r = JSON.parse(readFileSync(out, 'utf8'));
    totals.passed += r.numPassedTests;
    totals.failed += r.numFailedTests;
    totals.skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
    if (r.numFailedTests > 0 || !ok) failures.push(`${project} tests`);
    if (r.numFailedTests === 0 && !ok) totals.failed++; // a suite that failed to load
  } catch {
    totals.failed++;
    failures.push(`${project} tests (no report)`);
  }
}

try {
  console.log(`Chromium: ${ensureChromium()}`);
  stage('chromium', true);
} catch (err) {
  console.error(String(err));
  stage('chromium', false);
}

// The unit tests (one vitest worker: about one core for 40 s) start with astro check (about
// one core for 26 s); the build starts when astro check ends (both write .astro/) and ESLint and
// Prettier (one core each) when the unit tests end: two cores busy all along, and the three
// that the e2e tests wait for (astro check, the build, the unit tests) get them first. The unit
// tests read neither dist/ nor .astro/, and neither linter reads them (both ignore them).
const unitTested = vitest('unit', { background: true });
const linters = unitTested.then(() => ({
  linted: runInBackground('eslint', 'npm', ['run', '--silent', 'lint']),
  formatted: runInBackground('prettier', 'npx', ['prettier', '--check', '.']),
}));
const checked = runInBackground('astro check', 'npx', ['astro', 'check']);
stage('astro check', await checked);
const built = await run('build under /downhill/', 'npm', ['run', 'build'], {
  BASE_PATH: '/downhill/',
  SITE_URL: 'http://127.0.0.1',
});
stage('build', built);
const { linted, formatted } = await linters;
stage('eslint', await linted);
stage('prettier', await formatted);
if (built) await vitest('e2e');
else failures.push('e2e tests (not run: the build failed)');

console.log('');
if (failures.length) console.log(`Failed: ${failures.join('; ')}`);
console.log(`total: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 || failures.length > 0 ? 1 : 0);
