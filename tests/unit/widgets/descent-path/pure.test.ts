// descent-path's pure modules: the run from the catalogue bowl, clipping at the map's edge, words.
import { describe, expect, it } from 'vitest';
import { model, FORMULAS } from '~/widgets/descent-path/model';
import { stateSchema } from '~/widgets/descent-path/state';
import { alertText, summary } from '~/widgets/descent-path/summary';
import { table } from '~/widgets/descent-path/table';

const at = (patch: Partial<typeof stateSchema.defaults>) => model(stateSchema.clamp(patch, stateSchema.defaults));

describe('descent-path', () => {
  it('model: the default path (η = 0.2, 15 steps) ends near the minimum (2, −3)', () => {
    const m = at({});
    expect(m.path).toHaveLength(16);
    const end = m.path.at(-1)!;
    expect(Math.hypot(end.x - 2, end.y + 3)).toBeLessThan(0.01);
    expect(m.exit).toBeNull();
    expect(m.predicted).toBe('converges');
    expect(FORMULAS['rotated-bowl']).toBe('f(w₁, w₂) = 6w₁² − 8w₁w₂ + 6w₂²');
  });
  it('a divergent η leaves the map: the path stops at the edge, the alert says where', () => {
    const m = at({ eta: 1.5, steps: 50, at: 50 });
    expect(m.exit).not.toBeNull();
    expect(m.exit!.k).toBe(m.path.length);
    expect(m.exit!.x).toBeGreaterThanOrEqual(m.window.x[0]);
    expect(m.exit!.x).toBeLessThanOrEqual(m.window.x[1]);
    expect(alertText(m)).toMatch(/^The path leaves the map at step \d+ \(of 50\)/);
    expect(summary(m)).toContain('f(w₁, w₂) = (w₁ − 2)² + (w₂ + 3)²');
    expect(table(m).rows).toHaveLength(m.path.length);
  });
});
