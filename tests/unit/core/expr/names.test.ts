import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allowedNames, parseExpression } from '~/core/expr';

const allowed = new Set(allowedNames().map((n) => n.name));

describe('names', () => {
  it('are exactly the documented table', () => {
    expect([...allowed]).toEqual([
      'x',
      'y',
      'pi',
      'e',
      'sin',
      'cos',
      'tan',
      'asin',
      'acos',
      'atan',
      'sinh',
      'cosh',
      'tanh',
      'exp',
      'log',
      'ln',
      'log10',
      'log2',
      'sqrt',
      'abs',
      'sigmoid',
      'softplus',
      'relu',
      'pow',
      'min',
      'max',
    ]);
    for (const n of allowedNames()) expect(n.doc.length).toBeGreaterThan(0);
  });

  it.each([
    'constructor',
    '__proto__',
    'toString',
    'valueOf',
    'hasOwnProperty',
    'prototype',
    '__defineGetter__',
    'globalThis',
    'window',
    'process',
    'eval',
    'Function',
    'this',
    'Math',
    'alert',
    'require',
    'import',
    'fetch',
  ])('%s does not resolve, alone or called', (name) => {
    for (const text of [name, `${name}(x)`, `x + ${name}`]) {
      const r = parseExpression(text);
      expect(!r.ok && r.error.code).toBe('unknown-name');
      expect(!r.ok && r.error.message).toContain(`unknown name \`${name}\``);
    }
  });

  it('no identifier outside the table resolves', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,12}$/), (name) => {
        const r = parseExpression(name);
        if (allowed.has(name)) expect(r.ok || r.error.code === 'missing-call').toBe(true);
        else expect(!r.ok && r.error.code).toBe('unknown-name');
      }),
      { numRuns: 2000 },
    );
  });

  it('does not see properties added to Object.prototype', () => {
    Object.defineProperty(Object.prototype, 'planted', { value: 42, configurable: true });
    try {
      const r = parseExpression('planted + x');
      expect(!r.ok && r.error.code).toBe('unknown-name');
    } finally {
      delete (Object.prototype as Record<string, unknown>)['planted'];
    }
  });

  it('the parser source evaluates nothing and reaches nothing outside the core', () => {
    const dir = new URL('../../../../src/core/expr/', import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) {
      const src = readFileSync(new URL(f, dir), 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
      for (const banned of [
        /\beval\b/,
        /\bFunction\s*\(/,
        /\bimport\s*\(/,
        /\bglobalThis\b/,
        /\bReflect\b/,
        /\bwindow\b/,
        /\bdocument\b/,
        /\brequire\b/,
      ]) {
        expect(src, `${f} uses ${banned}`).not.toMatch(banned);
      }
      for (const m of src.matchAll(/from '([^']+)'/g)) expect(m[1], `${f} imports ${m[1]}`).toMatch(/^\.\.?\//);
    }
  });
});
