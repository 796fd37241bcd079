import { describe, expect, it } from 'vitest';
import { boxRadius, fraction, makeBox, toUnit } from '~/core/project/box';
import { boxCorners } from '~/core/project/axes';
import { orbitCamera } from '~/core/project/camera';
import { projectPoint } from '~/core/project/project';

describe('makeBox / toUnit', () => {
  const box = makeBox([-12, 12], [-4, 4], [-1, 2000]);
  it('maps the lecture box onto a centred 1 × 1 × 0.75 box', () => {
    expect(toUnit(box, -12, -4, -1)).toEqual([-0.5, -0.5, -0.375]);
    expect(toUnit(box, 12, 4, 2000)).toEqual([0.5, 0.5, 0.375]);
    expect(toUnit(box, 0, 0, 999.5)).toEqual([0, 0, 0]);
    expect(fraction(box.z, 2000)).toBe(1);
  });
  it('rejects empty, reversed, non-finite and overflowing ranges', () => {
    expect(() => makeBox([1, 1], [0, 1], [0, 1])).toThrow(/lower < upper/);
    expect(() => makeBox([0, 1], [2, 1], [0, 1])).toThrow(/y range/);
    expect(() => makeBox([0, 1], [0, 1], [0, Number.NaN])).toThrow(/finite/);
    expect(() => makeBox([-1e308, 1e308], [0, 1], [0, 1])).toThrow(/too wide/);
    expect(() => makeBox([0, 1], [0, 1], [0, 1], [1, 2, 1])).toThrow(/aspect/);
  });
  it('keeps every corner within boxRadius of the centre from any view', () => {
    const r = boxRadius(box);
    for (let az = 0; az < 360; az += 15) {
      for (let el = 0; el <= 90; el += 15) {
        const c = orbitCamera({ azimuth: az, elevation: el });
        for (const p of boxCorners(box)) {
          const s = projectPoint(c, p);
          expect(Math.hypot(s.x, s.y)).toBeLessThanOrEqual(r + 1e-12);
        }
      }
    }
  });
});

describe('screenExtent', () => {
  const box = makeBox([-12, 12], [-4, 4], [-1, 2000]);
  it('bounds every projected corner at that elevation, and is reached', async () => {
    const { screenExtent } = await import('~/core/project/box');
    for (const el of [0, 22, 58, 90]) {
      const ext = screenExtent(box, el);
      let w = 0;
      let h = 0;
      for (let az = 0; az < 360; az += 1) {
        const c = orbitCamera({ azimuth: az, elevation: el });
        for (const p of boxCorners(box)) {
          const s = projectPoint(c, p);
          w = Math.max(w, Math.abs(s.x));
          h = Math.max(h, Math.abs(s.y));
        }
      }
      expect(w).toBeLessThanOrEqual(ext.halfWidth + 1e-12);
      expect(h).toBeLessThanOrEqual(ext.halfHeight + 1e-12);
      expect(w).toBeGreaterThan(ext.halfWidth - 1e-3);
      expect(h).toBeGreaterThan(ext.halfHeight - 1e-3);
    }
    expect(screenExtent(box, 0)).toEqual({ halfWidth: Math.SQRT1_2, halfHeight: 0.375 });
  });
});
