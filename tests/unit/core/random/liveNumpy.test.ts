/**
 * Re-runs make_fixtures.py with the local numpy and checks the committed
 * fixtures are what numpy produces today. Skipped (with the reason in the test
 * name) when python3 + numpy is missing, unless CI=true or REQUIRE_NUMPY=1.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURE_FILES, MAKE_FIXTURES_SCRIPT, readFixture } from '../../../fixtures/numpy/fixtures';
import { numpyRequired, pythonWithNumpy } from '../../../support/python';

const py = pythonWithNumpy();
const skip = !py.available && !numpyRequired;
const label = py.available
  ? `numpy ${py.numpyVersion}`
  : `${numpyRequired ? 'numpy required but missing' : 'skipped'}: ${py.reason}`;

describe(`committed numpy fixtures against a live run (${label})`, () => {
  let outDir: string | undefined;
  afterAll(() => {
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  function regenerate(): string {
    if (!py.available) {
      throw new Error(`python3 with numpy is required here (CI=true or REQUIRE_NUMPY=1) but ${py.reason}`);
    }
    if (outDir) return outDir;
    const dir = mkdtempSync(join(tmpdir(), 'downhill-numpy-'));
    outDir = dir;
    const run = spawnSync(py.python, [MAKE_FIXTURES_SCRIPT, dir], { encoding: 'utf8', timeout: 60_000 });
    if (run.status !== 0) throw new Error(`make_fixtures.py failed: ${run.stderr || run.error?.message}`);
    return dir;
  }

  it.skipIf(skip).each(FIXTURE_FILES)(
    '%s is what numpy produces now',
    (file) => {
      const live = readFixture(file, regenerate()) as { meta?: unknown };
      const committed = readFixture(file) as { meta?: unknown };
      const { meta: _liveMeta, ...liveData } = live;
      const { meta: _committedMeta, ...committedData } = committed;
      expect(liveData, `regenerate with: python3 tests/fixtures/numpy/make_fixtures.py`).toEqual(committedData);
    },
    60_000,
  );
});
