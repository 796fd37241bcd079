import { describe, expect, it } from 'vitest';
import { toCsv } from '~/widgets/kit/csv';
import { keyToMove } from '~/widgets/kit/keyStep';
import { runToEnd } from '~/core/steps/in-steps';
import { lruCache } from '~/widgets/kit/lruCache';
import { parseInput } from '~/widgets/kit/parseInput';
import { clientToView, viewToData } from '~/widgets/kit/pointer';
import { sliderDomain } from '~/widgets/kit/sliderScale';
import { resolveCssVars } from '~/widgets/kit/svgExport';

describe('toCsv', () => {
  it('writes RFC 4180 CSV with full precision', () => {
    const csv = toCsv({
      caption: 'c',
      columns: [
        { key: 'w', label: 'w' },
        { key: 'name', label: 'na,me' },
      ],
      rows: [
        { w: 0.1 + 0.2, name: 'a "b"' },
        { w: Number.NaN, name: '=cmd()' },
        { w: -0, name: 'x' },
      ],
    });
    expect(csv).toBe('w,"na,me"\r\n0.30000000000000004,"a ""b"""\r\n,\'=cmd()\r\n0,x\r\n');
  });
});

describe('lruCache', () => {
  it('computes once per key and evicts the least recently used', () => {
    let calls = 0;
    const m = lruCache<number>({ size: 2 });
    const f = (k: string): number => m(k, () => ++calls);
    expect([f('a'), f('a'), f('b'), f('a'), f('c')]).toEqual([1, 1, 2, 1, 3]);
    expect(f('a')).toBe(1); // still cached (recently used)
    expect(f('b')).toBe(4); // evicted
  });

  it('peek gives a stored value (a use) without computing; set stores one computed elsewhere', () => {
    const m = lruCache<number>({ size: 2 });
    expect(m.peek('a')).toBeUndefined();
    m.set('a', 1);
    m.set('b', 2);
    expect(m.peek('a')).toBe(1); // now the most recently used
    m.set('c', 3); // evicts b
    expect(m.peek('b')).toBeUndefined();
    m.set('a', 10); // replaces
    expect(m('a', () => 99)).toBe(10);
    expect(m('c', () => 99)).toBe(3);
  });

  it('inSteps: runs the steps piece by piece when the key is absent, then stores the value', () => {
    const m = lruCache<string>({ size: 2 });
    let pieces = 0;
    function* steps(): Generator<void, string, void> {
      pieces++;
      yield;
      pieces++;
      return 'computed';
    }
    const gen = m.inSteps('k', steps);
    expect(gen.next()).toEqual({ done: false, value: undefined });
    expect(m('k', () => 'not yet stored')).toBe('not yet stored'); // absent until the last piece…
    expect(gen.next()).toEqual({ done: true, value: 'not yet stored' }); // …and one value per key
    expect(pieces).toBe(2);
    const hit = m.inSteps('k', steps);
    expect(hit.next()).toEqual({ done: true, value: 'not yet stored' });
    expect(pieces).toBe(2);
    expect(runToEnd(m.inSteps('j', steps))).toBe('computed');
    expect(m('j', () => 'other')).toBe('computed');
  });
});

describe('keyToMove', () => {
  it('maps arrows, Shift, Page and Home/End', () => {
    expect(keyToMove('ArrowRight', false, 'x')).toEqual({ kind: 'step', dx: 1, dy: 0 });
    expect(keyToMove('ArrowUp', true, 'x')).toEqual({ kind: 'step', dx: 10, dy: 0 });
    expect(keyToMove('ArrowUp', false, 'xy')).toEqual({ kind: 'step', dx: 0, dy: 1 });
    expect(keyToMove('PageDown', false, 'xy')).toEqual({ kind: 'step', dx: 0, dy: -10 });
    expect(keyToMove('Home', false, 'x')).toEqual({ kind: 'to', to: 'min' });
    expect(keyToMove('Home', false, 'xy')).toBeNull();
    expect(keyToMove('a', false, 'x')).toBeNull();
  });
});

describe('parseInput', () => {
  it('applies, clamps or explains', () => {
    expect(parseInput('1.5', 0, 3)).toEqual({ ok: true, value: 1.5 });
    expect(parseInput('9', 0, 3)).toMatchObject({ ok: true, value: 3, note: expect.stringMatching(/maximum/) });
    expect(parseInput('-9', 0, 3)).toMatchObject({ ok: true, value: 0, note: expect.stringMatching(/minimum/) });
    expect(parseInput('abc', 0, 3)).toMatchObject({ ok: false, message: expect.stringMatching(/not a number/) });
    expect(parseInput('1e309', 0, 3)).toMatchObject({ ok: false, message: expect.stringMatching(/too large/) });
    expect(parseInput('  ', 0, 3)).toMatchObject({ ok: false });
    expect(parseInput('-0', -1, 3)).toEqual({ ok: true, value: 0 });
  });
});

describe('pointer → data', () => {
  it('undoes CSS scaling of the SVG', () => {
    expect(clientToView({ left: 10, top: 20, width: 320, height: 200 }, 640, 400, 170, 120)).toEqual([320, 200]);
  });
  it('inverts linear scales from domain and range, clamped to the domain', () => {
    const x = { domain: [-1, 3], range: [40, 300] };
    const y = { domain: [0, 40], range: [170, 20] };
    expect(viewToData(x, y, 40, 170)).toEqual({ x: -1, y: 0 });
    expect(viewToData(x, y, 300, 20)).toEqual({ x: 3, y: 40 });
    expect(viewToData(x, y, 1000, -50)).toEqual({ x: 3, y: 40 });
    expect(viewToData(x, y, 170, 95).x).toBeCloseTo(1);
  });
  it('uses the scale invert() when there is one', () => {
    const x = { domain: [1, 100], invert: (px: number) => 10 ** (px / 100) };
    expect(viewToData(x, undefined, 100, 0).x).toBeCloseTo(10);
    expect(viewToData(x, undefined, 100, 0).y).toBeNaN();
  });
});

describe('sliderDomain', () => {
  it('maps linear values', () => {
    const d = sliderDomain(-1, 3, 0.01, 'linear');
    expect([d.min, d.max, d.step]).toEqual([-1, 3, 0.01]);
    expect(d.toPosition(5)).toBe(3);
    expect(d.fromPosition(0.5)).toBe(0.5);
  });
  it('maps log values through log10', () => {
    const d = sliderDomain(1e-4, 1, undefined, 'log');
    expect([d.min, d.max]).toEqual([-4, 0]);
    expect(d.toPosition(0.01)).toBeCloseTo(-2);
    expect(d.fromPosition(-3)).toBeCloseTo(0.001);
    expect(d.fromPosition(5)).toBe(1);
  });
});

describe('resolveCssVars', () => {
  it('replaces custom properties, with fallbacks', () => {
    const look = (n: string): string => (n === '--a' ? ' #123 ' : '');
    expect(resolveCssVars('fill="var(--a)" stroke="var(--b, red)" x="var(--c)"', look)).toBe(
      'fill="#123" stroke="red" x="currentColor"',
    );
  });
});
