/**
 * Is python3 with numpy available for tests that check against numpy live?
 *
 * ```ts
 * const py = pythonWithNumpy();
 * it.skipIf(!py.available && !numpyRequired)('matches numpy', () => {
 *   if (!py.available) throw new Error(py.reason); // required but missing: fail loudly
 *   spawnSync(py.python, [script]);
 * });
 * ```
 */
import { spawnSync } from 'node:child_process';

export interface PythonWithNumpy {
  /** true when `python` runs and `import numpy` succeeds. */
  available: boolean;
  /** The interpreter command: $PYTHON if set, else `python3`. */
  python: string;
  /** numpy's version, when available. */
  numpyVersion?: string;
  /** Why it is not available, in words fit for a skip or failure message. */
  reason?: string;
}

let cached: PythonWithNumpy | undefined;

/** Probes once (python3 -c 'import numpy') and remembers the answer. */
export function pythonWithNumpy(): PythonWithNumpy {
  if (cached) return cached;
  const python = process.env.PYTHON || 'python3';
  const probe = spawnSync(python, ['-c', 'import numpy; print(numpy.__version__)'], {
    encoding: 'utf8',
    timeout: 30_000,
  });
  if (probe.error) {
    cached = { available: false, python, reason: `${python} could not be run (${probe.error.message})` };
  } else if (probe.status !== 0) {
    const detail = probe.stderr.trim().split('\n').pop() ?? '';
    cached = { available: false, python, reason: `${python} cannot import numpy: ${detail}` };
  } else {
    cached = { available: true, python, numpyVersion: probe.stdout.trim() };
  }
  return cached;
}

/**
 * When true (CI=true or REQUIRE_NUMPY=1), a missing python3/numpy must fail the
 * tests that need it instead of skipping them.
 */
export const numpyRequired: boolean = process.env.CI === 'true' || process.env.REQUIRE_NUMPY === '1';
