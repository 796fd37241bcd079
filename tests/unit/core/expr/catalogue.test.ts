import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseExpression } from '~/core/expr';
import { SURFACE_CATALOGUE } from '~/core/surfaces';

describe.each(SURFACE_CATALOGUE.map((s) => [s.id, s] as const))('catalogue formula of %s', (_id, s) => {
  it('parses, and gives the surface’s value and gradient across its window', () => {
    const r = parseExpression(s.formula);
    if (!r.ok) throw new Error(`${s.formula}: ${r.error.message}`);
    const out = [0, 0, 0];
    const [x0, x1] = s.window.x;
    const [y0, y1] = s.window.y;
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (u, v) => {
        const x = x0 + u * (x1 - x0);
        const y = y0 + v * (y1 - y0);
        r.formula.evaluate(x, y, out);
        const f = s.f(x, y);
        const g = s.gradient([x, y]);
        const scale = 1 + Math.abs(f) + Math.abs(g[0]!) + Math.abs(g[1]!);
        expect(Math.abs(out[0]! - f)).toBeLessThanOrEqual(1e-12 * scale);
        expect(Math.abs(out[1]! - g[0]!)).toBeLessThanOrEqual(1e-11 * scale);
        expect(Math.abs(out[2]! - g[1]!)).toBeLessThanOrEqual(1e-11 * scale);
      }),
      { numRuns: 100 },
    );
  });
});
