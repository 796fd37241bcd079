// Global setup for the unit project: a directory that lives as long as the run, where
// tests/support/python-cells.ts leaves each chapter's Python results for the other file
// that checks the same cells.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

export default function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'downhill-python-'));
  project.provide('pythonRunDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
