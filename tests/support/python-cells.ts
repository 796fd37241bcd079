/**
 * Runs a chapter's Python cells (its listings, which are also its notebook's code cells) in
 * order in one namespace with python3 + numpy, once per test run: tests/unit/listings.test.ts
 * and tests/unit/notebooks.test.ts check the same cells, and the slowest chapter takes seconds.
 * The first file to ask runs them and leaves the result in the run's directory (given by
 * tests/support/unit-setup.ts); a file asking meanwhile waits for it. Without that directory
 * (a file run on its own) every call runs the cells.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A directory that lives as long as the unit test run (tests/support/unit-setup.ts). */
    pythonRunDir?: string;
  }
}

export interface CellResult {
  stdout: string;
  /** The traceback, when the cell raised. */
  error?: string;
}

// Runs the cells in one namespace and returns each cell's stdout (or error).
const DRIVER = `
import io, json, sys, contextlib, traceback
cells = json.load(sys.stdin)
ns = {"__name__": "__main__"}
out = []
for i, code in enumerate(cells):
    buf = io.StringIO()
    try:
        with contextlib.redirect_stdout(buf):
            exec(compile(code, "<cell %d>" % (i + 1), "exec"), ns)
        out.append({"stdout": buf.getvalue()})
    except Exception:
        out.append({"stdout": buf.getvalue(), "error": traceback.format_exc()})
json.dump(out, sys.__stdout__)
`;

function run(python: string, cells: string[]): CellResult[] {
  const r = spawnSync(python, ['-c', DRIVER], { input: JSON.stringify(cells), encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`python failed: ${r.error?.message ?? r.stderr}`);
  return JSON.parse(r.stdout) as CellResult[];
}

const sleep = (ms: number): void => void Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Each cell's printed output (or error), the cells run in order in one namespace by `python`. */
export function runCells(python: string, cells: string[]): CellResult[] {
  const runDir = inject('pythonRunDir');
  if (!runDir || !existsSync(runDir)) return run(python, cells);
  const key = createHash('sha256')
    .update(JSON.stringify([python, DRIVER, cells]))
    .digest('hex')
    .slice(0, 32);
  const done = join(runDir, `${key}.json`);
  const claim = join(runDir, `${key}.claim`);
  try {
    closeSync(openSync(claim, 'wx'));
  } catch {
    // Another file claimed these cells: wait for its result (or run them if it never comes).
    for (let waited = 0; waited < 150_000 && !existsSync(done); waited += 50) sleep(50);
    if (!existsSync(done)) return run(python, cells);
    const shared = JSON.parse(readFileSync(done, 'utf8')) as { results: CellResult[] } | { failed: string };
    if ('failed' in shared) throw new Error(shared.failed);
    return shared.results;
  }
  let shared: { results: CellResult[] } | { failed: string };
  try {
    shared = { results: run(python, cells) };
  } catch (err) {
    shared = { failed: String(err instanceof Error ? err.message : err) };
  }
  writeFileSync(`${done}.part`, JSON.stringify(shared));
  renameSync(`${done}.part`, done);
  if ('failed' in shared) throw new Error(shared.failed);
  return shared.results;
}
