import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { LandscapeSurface, landscapeSurface } from '~/widgets/network-landscape/LandscapeSurface';
import { runTask, type TaskInput } from '~/widgets/network-landscape/training-task';
import { smallInput } from './inputs';

const input: TaskInput = { ...smallInput, mode: 'pca', resolution: 41 };

describe('network-landscape 3-D surface', () => {
  const pca = runTask(input).landscape!;
  const random = runTask({ ...input, mode: 'random' }).landscape!;

  it('the projected path ends at the origin, at the loss of the parameters reached', () => {
    const path = pca.path!;
    const last = path.alpha.length - 1;
    expect(path.loss).toHaveLength(path.alpha.length);
    expect(Math.hypot(path.alpha[last]!, path.beta[last]!)).toBeLessThan(1e-12);
    expect(path.loss[last]).toBeCloseTo(pca.centre, 12);
    // training lowered the loss: the start of the path stands higher than its end
    expect(path.loss[0]!).toBeGreaterThan(path.loss[last]!);
  });

  it("the random plane's centre node is the loss of the parameters reached", () => {
    expect(random.grid.values[20 * 41 + 20]).toBeCloseTo(random.centre, 12);
  });

  it('meshes of 21 × 21 nodes at rest and 11 × 11 while turning, in a box from the lowest to the highest loss', () => {
    const s = landscapeSurface(random)!;
    expect([s.mesh.nx, s.mesh.ny]).toEqual([20, 20]);
    expect([s.movingMesh.nx, s.movingMesh.ny]).toEqual([10, 10]);
    expect(s.box.x).toEqual([-1, 1]);
    expect(s.box.z[0]).toBe(Math.min(...random.grid.values));
    expect(s.box.z[1]).toBe(Math.max(...random.grid.values));
  });

  it('nothing to draw: no plane, or a flat loss', () => {
    expect(landscapeSurface({ ...pca, problem: 'no plane' })).toBeNull();
    expect(
      landscapeSurface({ ...random, grid: { ...random.grid, values: random.grid.values.map(() => 1) } }),
    ).toBeNull();
  });

  it('renders the surface with the star and, on the PCA plane, the path (static SVG, as the build would)', () => {
    const props = {
      name: 'landscape-3d',
      network: '[2, 4, 4, 1]',
      view: { azimuth: 60, elevation: 22 },
      onView: () => {},
    };
    const withPath = renderToString(h(LandscapeSurface, { ...props, landscape: pca, landscapeKey: 'pca' }));
    expect(withPath).toContain('data-kit-figure="landscape-3d"');
    expect(withPath).toContain('aria-label="the parameters reached"');
    expect(withPath).toContain('aria-label="training path projected onto the plane"');
    expect(withPath).not.toMatch(/NaN|Infinity/);
    const noPath = renderToString(h(LandscapeSurface, { ...props, landscape: random, landscapeKey: 'random' }));
    expect(noPath).toContain('aria-label="the parameters reached"');
    expect(noPath).not.toContain('training path');
  });
});
