// Runs a python3 + numpy snippet with JSON on stdin and parses the JSON it prints.
// Returns null when python3 or numpy is missing (tests skip), unless CI=true (then it throws).
import { spawnSync } from 'node:child_process';

let available: boolean | undefined;

export function hasNumpy(): boolean {
  if (available === undefined) {
    const r = spawnSync('python3', ['-c', 'import numpy'], { encoding: 'utf8' });
    available = r.status === 0;
    if (!available && process.env['CI'] === 'true') throw new Error('python3 with numpy is required in CI');
  }
  return available;
}

export function runNumpy<T>(script: string, input: unknown): T {
  const r = spawnSync('python3', ['-c', script], { input: JSON.stringify(input), encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`python3 failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}
