import { describe, expect, it } from 'vitest';
import { makeBox, toUnit } from '~/core/project/box';
import { orbitCamera, VIEW_PRESETS } from '~/core/project/camera';
import { projectPolyline } from '~/core/project/polyline';
import { projectPoint } from '~/core/project/project';

describe('projectPolyline', () => {
  const box = makeBox([-12, 12], [-4, 4], [-1, 2000]);
  const cam = orbitCamera(VIEW_PRESETS.lecture);
  it('projects points inside the box exactly like projectPoint', () => {
    const [v] = projectPolyline(box, cam, [0.9179], [0.4837], [12.87]);
    const s = projectPoint(cam, toUnit(box, 0.9179, 0.4837, 12.87));
    expect(v).toEqual({ x: s.x, y: s.y, depth: s.depth, clipped: false, index: 0 });
  });
  it('pins points above the display range to the lid and flags them', () => {
    // The lecture's start (−8, −3.2) has loss 2550.7, above the 2000 the lecture shows.
    const [v] = projectPolyline(box, cam, [-8], [-3.2], [2550.7176840025536]);
    const s = projectPoint(cam, toUnit(box, -8, -3.2, 2000));
    expect(v!.clipped).toBe(true);
    expect(v!.x).toBeCloseTo(s.x, 14);
    expect(v!.y).toBeCloseTo(s.y, 14);
  });
  it('never returns non-finite coordinates, whatever comes in', () => {
    const bad = [Number.NaN, Infinity, -Infinity, 1e308, -1e308];
    const out = projectPolyline(box, cam, bad, bad, bad);
    expect(out).toHaveLength(5);
    for (const v of out) {
      expect(Number.isFinite(v.x) && Number.isFinite(v.y) && Number.isFinite(v.depth)).toBe(true);
      expect(v.clipped).toBe(true);
    }
  });
  it('uses the shortest of the three arrays', () => {
    expect(projectPolyline(box, cam, [0, 1, 2], [0, 1], [0, 1, 2])).toHaveLength(2);
  });
});
