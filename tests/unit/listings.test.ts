// Every Python listing in the chapters runs with python3 + numpy and prints
// what the page says it prints. A chapter's listings run in order in one
// namespace, like notebook cells, so a later listing may use an earlier one's
// variables. Without numpy the tests are skipped with the reason, except in CI
// (CI=true or REQUIRE_NUMPY=1), where that is a failure.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareOutput, extractListings } from '../support/listings';
import { numpyRequired, pythonWithNumpy } from '../support/python';

const chaptersDir = join(process.cwd(), 'content', 'chapters');
const chapters = readdirSync(chaptersDir)
  .filter((f) => f.endsWith('.mdx'))
  .sort();
const py = pythonWithNumpy();

// Runs the cells in one namespace and returns each cell's stdout (or error).
const DRIVER = `
import io, json, sys, contextlib, traceback
cells = json.load(sys.stdin)
ns = {"__name__": "__main__"}
out = []
for code in cells:
    buf = io.StringIO()
    try:
        with contextlib.redirect_stdout(buf):
            exec(compile(code, "<listing>", "exec"), ns)
        out.append({"stdout": buf.getvalue()})
    except Exception:
        out.append({"stdout": buf.getvalue(), "error": traceback.format_exc()})
json.dump(out, sys.__stdout__)
`;

function runCells(cells: string[]): { stdout: string; error?: string }[] {
  const r = spawnSync(py.python, ['-c', DRIVER], { input: JSON.stringify(cells), encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`python failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

describe('chapter listings', () => {
  it('python3 with numpy is available (required in CI)', () => {
    if (!py.available && numpyRequired) throw new Error(`numpy is required here: ${py.reason}`);
    if (!py.available) console.warn(`Skipping listing checks: ${py.reason}`);
  });

  for (const file of chapters) {
    const listings = extractListings(readFileSync(join(chaptersDir, file), 'utf8'));
    if (listings.length === 0) continue;
    describe(file, () => {
      let results: { stdout: string; error?: string }[] | undefined;
      const get = () => (results ??= runCells(listings.map((l) => l.code)));
      for (const [i, listing] of listings.entries()) {
        it.skipIf(!py.available)(
          `listing ${i + 1} (line ${listing.line}) runs${listing.expected ? ' and prints what the page states' : ''}`,
          () => {
            const r = get()[i]!;
            expect(r.error, `listing at ${file}:${listing.line} raised`).toBeUndefined();
            if (listing.expected !== undefined) {
              const diff = compareOutput(r.stdout, listing.expected);
              expect(
                diff,
                `${file}:${listing.line}\n--- printed ---\n${r.stdout}\n--- page ---\n${listing.expected}`,
              ).toBeUndefined();
            }
          },
        );
      }
    });
  }
});
