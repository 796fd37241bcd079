import { describe, expect, it } from 'vitest';
import { describeView, normalizeView, nudgeView, orbitCamera, VIEW_PRESETS } from '~/core/project/camera';
import { cross, dot } from '~/core/project/vec3';
import { projectPoint } from '~/core/project/project';

describe('orbitCamera', () => {
  const views = [
    VIEW_PRESETS.lecture,
    VIEW_PRESETS.overhead,
    { azimuth: 0, elevation: 0 },
    { azimuth: 233.7, elevation: 89.9 },
    { azimuth: -725, elevation: 45 },
  ];
  it.each(views)('is orthonormal and right-handed for %o', (view) => {
    const c = orbitCamera(view);
    for (const v of [c.right, c.up, c.toward]) expect(dot(v, v)).toBeCloseTo(1, 14);
    expect(dot(c.right, c.up)).toBeCloseTo(0, 14);
    expect(dot(c.right, c.toward)).toBeCloseTo(0, 14);
    expect(dot(c.up, c.toward)).toBeCloseTo(0, 14);
    const rxu = cross(c.right, c.up);
    for (let k = 0; k < 3; k++) expect(rxu[k]).toBeCloseTo(c.toward[k]!, 14);
  });

  it('looks along −x from azimuth 0, elevation 0: +y to the right, +z up', () => {
    const c = orbitCamera({ azimuth: 0, elevation: 0 });
    expect(projectPoint(c, [0, 1, 0]).x).toBeCloseTo(1, 14);
    expect(projectPoint(c, [0, 0, 1]).y).toBeCloseTo(1, 14);
    expect(projectPoint(c, [1, 0, 0]).depth).toBeCloseTo(1, 14);
  });

  it('sees the floor as a map from straight above (+x right, +y up)', () => {
    const c = orbitCamera({ azimuth: 270, elevation: 90 });
    const p = projectPoint(c, [0.3, 0.2, 0]);
    expect(p.x).toBeCloseTo(0.3, 12);
    expect(p.y).toBeCloseTo(0.2, 12);
    expect(projectPoint(c, [0, 0, 0.5]).depth).toBeCloseTo(0.5, 12);
  });

  it('matches matplotlib for the lecture view (azim 60, elev 22)', () => {
    // matplotlib's view basis: u = (−sin a, cos a, 0), v = (−sin e cos a, −sin e sin a, cos e).
    const c = orbitCamera(VIEW_PRESETS.lecture);
    const a = (60 * Math.PI) / 180;
    const e = (22 * Math.PI) / 180;
    expect(c.right[0]).toBeCloseTo(-Math.sin(a), 14);
    expect(c.up[2]).toBeCloseTo(Math.cos(e), 14);
    expect(c.toward[2]).toBeCloseTo(Math.sin(e), 14);
    // The corner (+x, +y) of the floor faces the eye at azimuth 60.
    expect(projectPoint(c, [0.5, 0.5, 0]).depth).toBeGreaterThan(projectPoint(c, [-0.5, -0.5, 0]).depth);
  });

  it('keeps points at their distance from the origin (orthographic is a rotation)', () => {
    const c = orbitCamera({ azimuth: 17, elevation: 33 });
    const p = projectPoint(c, [0.2, -0.4, 0.3]);
    expect(Math.hypot(p.x, p.y, p.depth)).toBeCloseTo(Math.hypot(0.2, -0.4, 0.3), 14);
  });

  it('perspective enlarges nearer points and keeps the centre fixed', () => {
    const c = orbitCamera({ azimuth: 0, elevation: 0 }, 3);
    expect(projectPoint(c, [0, 0, 0]).x).toBe(0);
    const near = projectPoint(c, [0.5, 0.2, 0]);
    const far = projectPoint(c, [-0.5, 0.2, 0]);
    expect(near.x).toBeCloseTo((0.2 * 3) / 2.5, 14);
    expect(far.x).toBeCloseTo((0.2 * 3) / 3.5, 14);
    expect(() => orbitCamera({ azimuth: 0, elevation: 0 }, 1)).toThrow(/distance/);
  });
});

describe('normalizeView / nudgeView / describeView', () => {
  it('wraps azimuth into [0, 360) and clamps elevation to [0, 90]', () => {
    expect(normalizeView({ azimuth: -30, elevation: 120 })).toEqual({ azimuth: 330, elevation: 90 });
    expect(normalizeView({ azimuth: 720, elevation: -5 })).toEqual({ azimuth: 0, elevation: 0 });
    expect(Object.is(normalizeView({ azimuth: -0, elevation: -0 }).azimuth, -0)).toBe(false);
    expect(Object.is(normalizeView({ azimuth: -360, elevation: -0 }).elevation, -0)).toBe(false);
  });
  it('nudges by steps and wraps', () => {
    expect(nudgeView({ azimuth: 355, elevation: 88 }, 10, 5)).toEqual({ azimuth: 5, elevation: 90 });
  });
  it('throws on non-finite angles', () => {
    expect(() => normalizeView({ azimuth: Number.NaN, elevation: 0 })).toThrow(/azimuth/);
    expect(() => orbitCamera({ azimuth: 0, elevation: Infinity })).toThrow(/elevation/);
  });
  it('describes a view for screen readers', () => {
    expect(describeView(VIEW_PRESETS.lecture)).toBe('azimuth 60°, elevation 22°');
    expect(describeView({ azimuth: -0.2, elevation: 22.4 })).toBe('azimuth 0°, elevation 22°');
  });
});
