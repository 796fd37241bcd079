// Every Python listing in the chapters runs with python3 + numpy and prints
// what the page says it prints. A chapter's listings run in order in one
// namespace, like notebook cells, so a later listing may use an earlier one's
// variables (tests/support/python-cells.ts, which runs them once for this file and
// the notebook test). Without numpy the tests are skipped with the reason, except in CI
// (CI=true or REQUIRE_NUMPY=1), where that is a failure.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareOutput, extractListings } from '../support/listings';
import { runCells, type CellResult } from '../support/python-cells';
import { numpyRequired, pythonWithNumpy } from '../support/python';

const chaptersDir = join(process.cwd(), 'content', 'chapters');
const chapters = readdirSync(chaptersDir)
  .filter((f) => f.endsWith('.mdx'))
  .sort();
const py = pythonWithNumpy();

describe('chapter listings', () => {
  it('python3 with numpy is available (required in CI)', () => {
    if (!py.available && numpyRequired) throw new Error(`numpy is required here: ${py.reason}`);
    if (!py.available) console.warn(`Skipping listing checks: ${py.reason}`);
  });

  for (const file of chapters) {
    const listings = extractListings(readFileSync(join(chaptersDir, file), 'utf8'));
    if (listings.length === 0) continue;
    describe(file, () => {
      let results: CellResult[] | undefined;
      const get = () =>
        (results ??= runCells(
          py.python,
          listings.map((l) => l.code),
        ));
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
