import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CoreError } from '~/core/errors';
import {
  SURFACE_ALIASES,
  SURFACE_CATALOGUE,
  SURFACE_IDS,
  SURFACES,
  beale,
  booth,
  defineSurface,
  doubleWell,
  himmelblau,
  illConditionedBowl,
  plateau,
  rastrigin,
  resolveSurfaceId,
  rosenbrock,
  sixHumpCamel,
  surfaceById,
  SURFACE_METAS,
  type CatalogueSurface,
} from '~/core/surfaces';
import { checkSurfaceDerivatives } from '../loss/finite-difference';

/**
 * The plain-text formula as a JavaScript function, for this test only: it checks that the text
 * the playground will parse describes the same f. The grammar check comes first, so only
 * numbers, x, y, operators, parentheses, pi and the listed functions reach `Function`.
 */
const GRAMMAR = /^(?:\s|\d|\.|[xy+\-*/^(),]|pi|sin|cos|tan|exp|log|sqrt|abs|tanh|min|max|pow)*$/;
function compile(formula: string): (x: number, y: number) => number {
  const js = formula
    .replace(/\^/g, '**')
    .replace(/\b(sin|cos|tan|exp|log|sqrt|abs|tanh|min|max|pow)\(/g, 'Math.$1(')
    .replace(/\bpi\b/g, 'Math.PI');
  return new Function('x', 'y', `return ${js};`) as (x: number, y: number) => number;
}

function inWindow(s: CatalogueSurface, x: number, y: number): boolean {
  return x >= s.window.x[0] && x <= s.window.x[1] && y >= s.window.y[0] && y <= s.window.y[1];
}

/** |∇f| small relative to the size of f's second derivatives there. */
function expectStationary(s: CatalogueSurface, x: number, y: number): void {
  const g = s.gradient([x, y]);
  const H = s.hessian(x, y);
  const scale = 1 + Math.abs(H[0][0]) + Math.abs(H[0][1]) + Math.abs(H[1][1]);
  expect(Math.hypot(g[0]!, g[1]!)).toBeLessThan(1e-10 * scale * (1 + Math.hypot(x, y)));
}

function eigen(H: [[number, number], [number, number]]): [number, number] {
  const m = (H[0][0] + H[1][1]) / 2;
  const r = Math.hypot((H[0][0] - H[1][1]) / 2, H[0][1]);
  return [m - r, m + r];
}

describe('the catalogue', () => {
  it('has unique ids, in SURFACE_IDS order, and aliases that clash with no id', () => {
    const ids = SURFACE_CATALOGUE.map((s) => s.id);
    expect(ids).toEqual([...SURFACE_IDS]);
    expect(new Set(ids).size).toBe(ids.length);
    const aliases = Object.keys(SURFACE_ALIASES);
    expect(new Set(aliases).size).toBe(aliases.length);
    for (const a of aliases) expect(ids).not.toContain(a);
    for (const id of SURFACE_IDS) expect(SURFACES[id].id).toBe(id);
  });

  it('lists the data of every entry, without its code, in catalogue order (SURFACE_METAS)', () => {
    expect(SURFACE_METAS.map((m) => m.id)).toEqual([...SURFACE_IDS]);
    for (const meta of SURFACE_METAS) {
      const s = SURFACES[meta.id as keyof typeof SURFACES];
      expect([meta.name, meta.formula, meta.tex, meta.window]).toEqual([s.name, s.formula, s.tex, s.window]);
      expect(meta.minima.map(([x, y]) => ({ x, y }))).toEqual(s.criticalPoints.minima.map(({ x, y }) => ({ x, y })));
      expect((meta.saddles ?? []).length).toBe(s.criticalPoints.saddles.length);
    }
  });

  it('keeps the ids widgets and URLs use', () => {
    for (const id of [
      'round-bowl',
      'elongated-bowl',
      'rotated-bowl',
      'himmelblau',
      'rosenbrock',
      'six-hump-camel',
      'multi-well',
    ]) {
      expect(surfaceById(id)?.id).toBe(id);
    }
  });

  it('maps the elongated bowl’s second name (and the tilted valley) to one id; rejects anything else', () => {
    expect(resolveSurfaceId('stretched-bowl')).toBe('elongated-bowl');
    expect(surfaceById('stretched-bowl')).toBe(SURFACES['elongated-bowl']);
    expect(resolveSurfaceId('tilted-valley')).toBe('rotated-bowl');
    for (const bad of [
      '',
      'Round-Bowl',
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      'round-bowl ',
      'x'.repeat(10_000),
    ]) {
      expect(resolveSurfaceId(bad)).toBeUndefined();
      expect(surfaceById(bad)).toBeUndefined();
    }
  });

  it('has the new surfaces the course asked for', () => {
    for (const id of ['ill-conditioned-bowl', 'double-well', 'plateau', 'beale', 'booth', 'rastrigin'])
      expect(surfaceById(id)).toBeDefined();
  });
});

describe.each(SURFACE_CATALOGUE.map((s) => [s.id, s] as const))('%s', (_id, s) => {
  it('has gradient and Hessian equal to central differences at 300 points of its window', () => {
    const [x0, x1] = s.window.x;
    const [y0, y1] = s.window.y;
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (u, v) => {
        checkSurfaceDerivatives(s, x0 + u * (x1 - x0), y0 + v * (y1 - y0));
      }),
      { numRuns: 300 },
    );
    // and on a regular 9 × 9 grid, corners included
    for (let i = 0; i <= 8; i++)
      for (let j = 0; j <= 8; j++) checkSurfaceDerivatives(s, x0 + (i / 8) * (x1 - x0), y0 + (j / 8) * (y1 - y0));
  });

  it('has a plain-text formula in the playground grammar that computes f', () => {
    expect(s.formula).toMatch(GRAMMAR);
    expect(s.formula).not.toMatch(/f\s*\(|=/);
    const fText = compile(s.formula);
    const [x0, x1] = s.window.x;
    const [y0, y1] = s.window.y;
    for (let i = 0; i <= 10; i++) {
      for (let j = 0; j <= 10; j++) {
        const x = x0 + (i / 10) * (x1 - x0);
        const y = y0 + (j / 10) * (y1 - y0);
        const f = s.f(x, y);
        expect(Math.abs(fText(x, y) - f)).toBeLessThanOrEqual(1e-12 * (1 + Math.abs(f)));
      }
    }
    expect(s.tex.length).toBeGreaterThan(0);
    expect(s.name.length).toBeGreaterThan(0);
  });

  it('lists minima with zero gradient, a positive definite Hessian and f below every neighbour; minima match Surface2D.minima', () => {
    const { minima } = s.criticalPoints;
    expect(minima.length).toBeGreaterThan(0);
    expect(minima.map((m) => [m.x, m.y])).toEqual(s.minima.map(([x, y]) => [x, y]));
    for (const m of minima) {
      expectStationary(s, m.x, m.y);
      const [lo] = eigen(s.hessian(m.x, m.y));
      expect(lo).toBeGreaterThan(0);
      expect(m.f).toBe(s.f(m.x, m.y));
      for (let a = 0; a < 8; a++) {
        const t = (a * Math.PI) / 4;
        expect(s.f(m.x + 1e-3 * Math.cos(t), m.y + 1e-3 * Math.sin(t))).toBeGreaterThan(m.f);
      }
    }
  });

  it('flags exactly the lowest minima as global', () => {
    const lowest = Math.min(...s.criticalPoints.minima.map((m) => m.f));
    for (const m of s.criticalPoints.minima) expect(m.global).toBe(m.f - lowest <= 1e-9 * (1 + Math.abs(lowest)));
    expect(s.criticalPoints.minima.some((m) => m.global)).toBe(true);
  });

  it('lists saddles with zero gradient and an indefinite Hessian, maxima with a negative definite one', () => {
    for (const p of s.criticalPoints.saddles) {
      expectStationary(s, p.x, p.y);
      const [lo, hi] = eigen(s.hessian(p.x, p.y));
      expect(lo).toBeLessThan(0);
      expect(hi).toBeGreaterThan(0);
    }
    for (const p of s.criticalPoints.maxima) {
      expectStationary(s, p.x, p.y);
      expect(eigen(s.hessian(p.x, p.y))[1]).toBeLessThan(0);
    }
  });

  it('checks the dimension of a point', () => {
    expect(() => s.value([1])).toThrow(CoreError);
    expect(() => s.gradient([1, 2, 3])).toThrow(CoreError);
  });

  it('has a window that contains every listed critical point, and domain = window', () => {
    expect(s.domain).toEqual(s.window);
    const { minima, saddles, maxima } = s.criticalPoints;
    for (const p of [...minima, ...saddles, ...maxima]) expect(inWindow(s, p.x, p.y)).toBe(true);
  });
});

describe('values at known points', () => {
  it('classic test functions', () => {
    expect(rosenbrock.f(1, 1)).toBe(0);
    expect(rosenbrock.f(-1, 1)).toBe(4);
    expect(himmelblau.f(3, 2)).toBe(0);
    expect(himmelblau.f(0, 0)).toBe(170);
    expect(beale.f(3, 0.5)).toBe(0);
    expect(beale.f(0, 1)).toBe(14.203125);
    expect(beale.f(1, 0)).toBe(0.25 + 1.5625 + 2.640625);
    expect(booth.f(1, 3)).toBe(0);
    expect(booth.f(0, 0)).toBe(74);
    expect(rastrigin.f(0, 0)).toBe(0);
    expect(rastrigin.f(0.5, 0.5)).toBeCloseTo(40.5, 12);
    expect(sixHumpCamel.criticalPoints.minima[0]!.f).toBeCloseTo(-1.0316284535, 9);
  });

  it('the new shapes', () => {
    expect(doubleWell.f(0, 0)).toBe(1);
    expect(doubleWell.f(1, 0)).toBe(0);
    expect(doubleWell.criticalPoints.saddles).toEqual([{ x: 0, y: 0, f: 1 }]);
    expect(plateau.f(0, 0)).toBe(0);
    expect(plateau.f(3, 4)).toBeCloseTo(1 - Math.exp(-12.5), 15);
    // the plateau: beyond radius 4 the gradient is below 0.002
    const g = plateau.gradient([4.2, 0]);
    expect(Math.hypot(g[0]!, g[1]!)).toBeLessThan(0.002);
    // ill-conditioned bowl: eigenvalues 1 along (1, 1) and 100 along (1, −1)
    const H = illConditionedBowl.hessian(0.3, -2);
    expect(H[0][0] + H[0][1]).toBe(1);
    expect(H[0][0] - H[0][1]).toBe(100);
    expect(illConditionedBowl.f(1, 1)).toBe(1);
  });

  it('global flags: Himmelblau four, the camel two, Rastrigin only the origin of 121 minima', () => {
    expect(himmelblau.criticalPoints.minima.every((m) => m.global)).toBe(true);
    expect(sixHumpCamel.criticalPoints.minima.map((m) => m.global)).toEqual([true, true, false, false, false, false]);
    expect(rastrigin.criticalPoints.minima).toHaveLength(121);
    expect(rastrigin.criticalPoints.saddles).toHaveLength(220);
    expect(rastrigin.criticalPoints.maxima).toHaveLength(100);
    expect(rastrigin.criticalPoints.minima.filter((m) => m.global)).toEqual([{ x: 0, y: 0, f: 0, global: true }]);
  });
});

describe('defineSurface', () => {
  const formula = {
    f: (x: number, y: number) => x * x + y * y,
    grad: (x: number, y: number): [number, number] => [2 * x, 2 * y],
    hessian: (): [[number, number], [number, number]] => [
      [2, 0],
      [0, 2],
    ],
  };
  const meta = {
    id: 'b',
    name: 'B',
    formula: 'x^2 + y^2',
    tex: 'x^2 + y^2',
    window: { x: [-1, 1], y: [-1, 1] },
    minima: [[0, 0]],
  } as const;
  it('rejects an empty formula, no minima, a bad window', () => {
    expect(defineSurface(meta, formula).criticalPoints.minima).toEqual([{ x: 0, y: 0, f: 0, global: true }]);
    expect(() => defineSurface({ ...meta, formula: ' ' }, formula)).toThrow(CoreError);
    expect(() => defineSurface({ ...meta, minima: [] }, formula)).toThrow(CoreError);
    expect(() => defineSurface({ ...meta, window: { x: [1, -1], y: [-1, 1] } }, formula)).toThrow(CoreError);
  });

  it('works out critical points given by getters when they are first read, once', () => {
    let reads = 0;
    const lazy = {
      ...meta,
      get minima() {
        reads++;
        return [[0, 0] as const];
      },
      saddles: [[0.5, 0.5] as const],
    };
    const s = defineSurface(lazy, formula);
    expect(reads).toBe(0);
    expect(s.criticalPoints.saddles).toEqual([{ x: 0.5, y: 0.5, f: 0.5 }]);
    expect(s.criticalPoints).toBe(s.criticalPoints);
    expect(s.minima).toEqual([[0, 0]]);
    expect(reads).toBeGreaterThan(0);
    // No minima from a getter: refused when read.
    const none = defineSurface(
      {
        ...meta,
        get minima() {
          return [];
        },
      },
      formula,
    );
    expect(() => none.criticalPoints).toThrow(CoreError);
  });

  it("gives Rastrigin's entry the same points as its data, lowest first", () => {
    const r = SURFACE_CATALOGUE.find((c) => c.id === 'rastrigin')!;
    const meta = SURFACE_METAS.find((m) => m.id === 'rastrigin')!;
    expect(r.minima).toBe(meta.minima);
    expect(r.criticalPoints.minima.map((p) => [p.x, p.y])).toEqual(meta.minima);
    expect(r.criticalPoints.saddles.map((p) => [p.x, p.y])).toEqual(meta.saddles);
    expect(r.criticalPoints.maxima.map((p) => [p.x, p.y])).toEqual(meta.maxima);
    for (const list of [r.criticalPoints.minima, r.criticalPoints.saddles, r.criticalPoints.maxima]) {
      // Sorted on g(x) + g(y) (rastrigin-critical.ts): f = 20 + g(x) + g(y) to rounding.
      expect(list.every((p, i) => i === 0 || list[i - 1]!.f <= p.f + 1e-9)).toBe(true);
    }
  });
});
