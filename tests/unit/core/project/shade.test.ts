import { describe, expect, it } from 'vitest';
import { DEFAULT_LIGHT, lambert, lightDirection, polygonNormal, triangleNormal } from '~/core/project/shade';

describe('shading', () => {
  it('light from the north-west at 45° comes from (−x, +y, +z)', () => {
    const l = lightDirection(315, 45);
    expect(l[0]).toBeCloseTo(-0.5, 14);
    expect(l[1]).toBeCloseTo(0.5, 14);
    expect(l[2]).toBeCloseTo(Math.SQRT1_2, 14);
    expect(DEFAULT_LIGHT).toEqual(l);
  });
  it('a flat face has the vertical normal, whatever its winding', () => {
    const ccw = polygonNormal([
      [0, 0, 0],
      [1, 0, 0],
      [1, 1, 0],
      [0, 1, 0],
    ]);
    const cw = polygonNormal([
      [0, 0, 0],
      [0, 1, 0],
      [1, 1, 0],
      [1, 0, 0],
    ]);
    expect(ccw).toEqual([0, 0, 1]);
    expect(cw[2]).toBe(1);
  });
  it('faces turned to the light are brighter, and brightness stays in [ambient, 1]', () => {
    // z = x rises towards +x, so it faces −x, where the light is; z = −x faces away.
    const towards = polygonNormal([
      [0, 0, 0],
      [1, 0, 1],
      [1, 1, 1],
      [0, 1, 0],
    ]);
    const away = polygonNormal([
      [0, 0, 0],
      [1, 0, -1],
      [1, 1, -1],
      [0, 1, 0],
    ]);
    expect(lambert(towards)).toBeGreaterThan(lambert(away));
    expect(lambert([0, 0, 1], [0, 0, 1])).toBe(1);
    expect(lambert([0, 0, 1], [0, 0, -1], 0.35)).toBe(0.35);
  });
  it('degenerate polygons fall back to the vertical', () => {
    expect(
      polygonNormal([
        [0, 0, 0],
        [0, 0, 0],
        [0, 0, 0],
      ]),
    ).toEqual([0, 0, 1]);
    expect(triangleNormal([0, 0, 0], [1, 0, 0], [0, 1, 0])).toEqual([0, 0, 1]);
  });
});
