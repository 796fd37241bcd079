// Runs a python3 + numpy snippet with JSON on stdin and parses the JSON it prints.
// hasNumpy() is false when python3 or numpy is missing (tests skip), unless
// numpy is required here (CI=true or REQUIRE_NUMPY=1): then it throws.
import { spawnSync } from 'node:child_process';
import { numpyRequired, pythonWithNumpy } from '../../../support/python';

export function hasNumpy(): boolean {
  const py = pythonWithNumpy();
  if (!py.available && numpyRequired) throw new Error(`python3 with numpy is required here: ${py.reason}`);
  return py.available;
}

export function runNumpy<T>(script: string, input: unknown): T {
  const r = spawnSync(pythonWithNumpy().python, ['-c', script], {
    input: JSON.stringify(input),
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (r.status !== 0) throw new Error(`python3 failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}
