// `npm test`: every check the project has, with one summary line at the end
// ("total: N passed, N failed, N skipped") that CI reads.
//   1. Chromium present (installed with apt-get when root and missing)
//   2. the site built with BASE_PATH=/downhill/, then Pagefind, beside the unit tests
//      (vitest project "unit", in the background)
//   3. end-to-end tests against that build (vitest project "e2e", two files at a time), as
//      soon as it is built; beside them, at the lowest CPU priority, astro check (TypeScript
//      strict over src/, content/, tests/; after the build: both write .astro/) and, once the
//      unit tests have ended, ESLint (zero warnings) and Prettier's check (`npm run format`
//      fixes what it finds)
// astro check, the build and each lint stage count as one test each. CI=true turns a
// missing python3 + numpy into failures instead of skips (see tests/support/python.ts).
// Each stage prints its time; a background stage's output is printed when it ends, in one
// piece.
import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import { constants, setPriority } from 'node:os';
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
 * whether it passed, after printing its output (in one piece, so that it does
 * not interleave with a foreground stage's) and the time it took. `lowest`: at
 * the lowest CPU priority (nice 19), so that it takes only what the foreground
 * leaves.
 */
function runInBackground(title, cmd, args, { env = {}, lowest = false } = {}) {
  console.log(`\n━━ ${title}: ${[cmd, ...args].join(' ')} (in the background${lowest ? ', lowest priority' : ''})`);
  const started = Date.now();
  const log = `${tmp}/${title.replace(/\W+/g, '-')}.log`;
  const fd = openSync(log, 'w');
  const child = spawn(cmd, args, { stdio: ['ignore', fd, fd], env: { ...process.env, ...env } });
  closeSync(fd);
  // Set before the child (npx, npm) has started the processes that do the work: they inherit it.
  if (lowest && child.pid !== undefined) {
    try {
      setPriority(child.pid, constants.priority.PRIORITY_LOW);
    } catch {
      // Not allowed here: the stage runs at normal priority, only the timing changes.
    }
  }
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

// Two cores, and about 620-700 CPU-s of checks of which the browser tests are 500-600: they
// start as soon as the site is built, and the checks that nothing waits for (astro check,
// ESLint, Prettier: about 60 CPU-s, none with a time limit) run beside them at the lowest
// priority, in the moments the browser tests leave a core idle (network waits, a file ending
// before the other) and after them. The unit tests (one vitest worker, about 45 CPU-s, with
// per-test time limits) keep the normal priority: they run beside the build (one core most of
// the time), then beside the browser tests' first minute or so. The unit tests read neither
// dist/ nor .astro/, and neither linter reads them (both ignore them).
const unitTested = vitest('unit', { background: true });
const built = await run('build under /downhill/', 'npm', ['run', 'build'], {
  BASE_PATH: '/downhill/',
  SITE_URL: 'http://127.0.0.1',
});
stage('build', built);
// After the build: both write .astro/.
const checked = runInBackground('astro check', 'npx', ['astro', 'check'], { lowest: true });
const linters = unitTested.then(() => ({
  linted: runInBackground('eslint', 'npm', ['run', '--silent', 'lint'], { lowest: true }),
  formatted: runInBackground('prettier', 'npx', ['prettier', '--check', '.'], { lowest: true }),
}));
if (built) await vitest('e2e');
else failures.push('e2e tests (not run: the build failed)');
stage('astro check', await checked);
const { linted, formatted } = await linters;
stage('eslint', await linted);
stage('prettier', await formatted);

console.log('');
if (failures.length) console.log(`Failed: ${failures.join('; ')}`);
console.log(`total: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 || failures.length > 0 ? 1 : 0);
