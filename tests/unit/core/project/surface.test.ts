import { describe, expect, it } from 'vitest';
import { makeBox } from '~/core/project/box';
import { orbitCamera, VIEW_PRESETS } from '~/core/project/camera';
import { surfaceMesh, type SurfaceGrid } from '~/core/project/mesh';
import { backToFront, faceDepthKey } from '~/core/project/order';
import { projectSurface, type ScreenFace } from '~/core/project/surface';
import { projectPoint } from '~/core/project/project';

function sample(f: (x: number, y: number) => number, x: [number, number], y: [number, number], n: number): SurfaceGrid {
  const xs = Array.from({ length: n }, (_, i) => x[0] + ((x[1] - x[0]) * i) / (n - 1));
  const ys = Array.from({ length: n }, (_, j) => y[0] + ((y[1] - y[0]) * j) / (n - 1));
  const values = new Float64Array(n * n);
  for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) values[j * n + i] = f(xs[i]!, ys[j]!);
  return { xs, ys, values };
}

function inside(ring: Array<[number, number]>, px: number, py: number): boolean {
  let c = false;
  for (let a = 0, b = ring.length - 2; a < ring.length - 1; b = a++) {
    const [xa, ya] = ring[a]!;
    const [xb, yb] = ring[b]!;
    if (ya > py !== yb > py && px < ((xb - xa) * (py - ya)) / (yb - ya) + xa) c = !c;
  }
  return c;
}

describe('surfaceMesh', () => {
  const box = makeBox([-1, 1], [-1, 1], [0, 1]);
  it('makes one face per cell when nothing is clipped', () => {
    const mesh = surfaceMesh(
      sample((x, y) => 0.5 + 0.2 * x * y, [-1, 1], [-1, 1], 31),
      box,
    );
    expect(mesh.faces).toHaveLength(900);
    expect(mesh.nx).toBe(30);
    for (const f of mesh.faces) {
      expect(f.points).toHaveLength(4);
      expect(f.height).toBeGreaterThan(0.2);
      expect(f.light).toBeGreaterThanOrEqual(0.35);
    }
  });
  it('clips z to the display range: a bowl reaching 1e300 still draws, flat-topped, finite', () => {
    const mesh = surfaceMesh(
      sample((x, y) => 1e300 * (x * x + y * y), [-1, 1], [-1, 1], 21),
      makeBox([-1, 1], [-1, 1], [-1, 2000]),
    );
    expect(mesh.faces.length).toBeGreaterThan(0);
    expect(mesh.faces.length).toBeLessThan(400);
    for (const f of mesh.faces) for (const p of f.points) for (const c of p) expect(Number.isFinite(c)).toBe(true);
  });
  it('survives NaN and Infinity samples, giving only finite screen coordinates', () => {
    const g = sample((x, y) => x * x + y * y, [-1, 1], [-1, 1], 11);
    const values = Float64Array.from(g.values);
    values[3] = Number.NaN;
    values[17] = Infinity;
    values[40] = -Infinity;
    const mesh = surfaceMesh({ ...g, values }, makeBox([-1, 1], [-1, 1], [0, 2]));
    const faces = projectSurface(mesh, orbitCamera(VIEW_PRESETS.lecture));
    for (const f of faces) for (const [x, y] of f.ring) expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    for (const f of faces) expect(Number.isFinite(f.height) && Number.isFinite(f.light)).toBe(true);
  });
  it('rejects malformed grids', () => {
    expect(() => surfaceMesh({ xs: [0], ys: [0, 1], values: [0, 0] }, box)).toThrow(/2 × 2/);
    expect(() => surfaceMesh({ xs: [0, 1], ys: [0, 1], values: [0, 0, 0] }, box)).toThrow(/expected 4/);
    expect(() => surfaceMesh({ xs: [1, 0], ys: [0, 1], values: [0, 0, 0, 0] }, box)).toThrow(/increase/);
    expect(() => surfaceMesh({ xs: [0, Number.NaN], ys: [0, 1], values: [0, 0, 0, 0] }, box)).toThrow(/finite/);
  });
});

describe('painter ordering', () => {
  it('draws a tilted plane from its far edge to its near edge', () => {
    // z = 0.5 + 0.4x, eye at azimuth 0 (on the +x side): high-x cells are nearest.
    const box = makeBox([-1, 1], [-1, 1], [0, 1]);
    const mesh = surfaceMesh(
      sample((x) => 0.5 + 0.4 * x, [-1, 1], [-1, 1], 11),
      box,
    );
    const faces = projectSurface(mesh, orbitCamera({ azimuth: 0, elevation: 30 }));
    for (let k = 1; k < faces.length; k++) {
      expect(faces[k]!.i).toBeGreaterThanOrEqual(faces[k - 1]!.i);
      expect(faces[k]!.depth).toBeGreaterThanOrEqual(faces[k - 1]!.depth - 1e-12);
    }
    expect(faces[0]!.i).toBe(0);
    expect(faces.at(-1)!.i).toBe(9);
    // From the opposite side the order reverses.
    const back = projectSurface(mesh, orbitCamera({ azimuth: 180, elevation: 30 }));
    expect(back[0]!.i).toBe(9);
  });

  it('is stable when keys tie (overhead view keeps grid order)', () => {
    const faces = [
      { cx: 0, cy: 0 },
      { cx: 0, cy: 0 },
      { cx: 0, cy: 0 },
    ];
    expect(Array.from(backToFront(orbitCamera({ azimuth: 0, elevation: 90 }), faces))).toEqual([0, 1, 2]);
  });

  it('perspective key ranks by horizontal distance from the eye', () => {
    const cam = orbitCamera({ azimuth: 0, elevation: 30 }, 3);
    expect(faceDepthKey(cam, { cx: 0.5, cy: 0 })).toBeGreaterThan(faceDepthKey(cam, { cx: -0.5, cy: 0 }));
  });

  /** Depth of the face under screen point (px, py), from the face's projected vertices (fan triangles). */
  function depthAt(
    face: ScreenFace,
    pts3: Array<{ x: number; y: number; depth: number }>,
    px: number,
    py: number,
  ): number | null {
    for (let t = 1; t + 1 < pts3.length; t++) {
      const a = pts3[0]!;
      const b = pts3[t]!;
      const c = pts3[t + 1]!;
      const det = (b.y - c.y) * (a.x - c.x) + (c.x - b.x) * (a.y - c.y);
      if (Math.abs(det) < 1e-15) continue;
      const l1 = ((b.y - c.y) * (px - c.x) + (c.x - b.x) * (py - c.y)) / det;
      const l2 = ((c.y - a.y) * (px - c.x) + (a.x - c.x) * (py - c.y)) / det;
      const l3 = 1 - l1 - l2;
      if (l1 >= -1e-9 && l2 >= -1e-9 && l3 >= -1e-9) return l1 * a.depth + l2 * b.depth + l3 * c.depth;
    }
    void face;
    return null;
  }

  it.each([
    { azimuth: 60, elevation: 22 },
    { azimuth: 142, elevation: 58 },
    { azimuth: 300, elevation: 8 },
  ])('never draws a hidden face over the face hiding it (tall bump, %o)', (view) => {
    // A tall narrow bump folds over itself on screen at low elevations.
    const box = makeBox([-1, 1], [-1, 1], [0, 2]);
    const mesh = surfaceMesh(
      sample((x, y) => 1.8 * Math.exp(-(x * x + y * y) / 0.08), [-1, 1], [-1, 1], 25),
      box,
    );
    const cam = orbitCamera(view);
    const faces = projectSurface(mesh, cam);
    const byCell = new Map(mesh.faces.map((f) => [`${f.i},${f.j}`, f]));
    const verts = faces.map((sf) => byCell.get(`${sf.i},${sf.j}`)!.points.map((p) => projectPoint(cam, p)));
    let overlaps = 0;
    for (let sx = -0.7; sx <= 0.7; sx += 0.023) {
      for (let sy = -0.7; sy <= 0.7; sy += 0.023) {
        let lastDrawn = -1;
        let lastDepth = -Infinity;
        let nearest = -Infinity;
        let hits = 0;
        faces.forEach((f, k) => {
          if (!inside(f.ring, sx, sy)) return;
          const d = depthAt(f, verts[k]!, sx, sy);
          if (d === null) return;
          hits++;
          lastDrawn = k;
          lastDepth = d;
          nearest = Math.max(nearest, d);
        });
        if (hits > 1) overlaps++;
        if (lastDrawn >= 0) expect(lastDepth).toBeGreaterThanOrEqual(nearest - 1e-6);
      }
    }
    if (view.elevation < 30) expect(overlaps).toBeGreaterThan(10);
  });
});

describe('surfaceMeshFromGrid', () => {
  it('reads a core Grid in its orientation (row j is one y)', async () => {
    const { evaluateGrid } = await import('~/core/grid/evaluate-grid');
    const { surfaceMeshFromGrid } = await import('~/core/project/mesh-from-grid');
    const grid = evaluateGrid((x, y) => x + 10 * y, { x: [0, 1], y: [0, 1], nx: 3, ny: 2 });
    const mesh = surfaceMeshFromGrid(grid, makeBox([0, 1], [0, 1], [0, 11]));
    expect(mesh.nx).toBe(2);
    expect(mesh.ny).toBe(1);
    // Cell (1, 0): x from 0.5 to 1, y from 0 to 1: corner heights 0.5, 1, 11, 10.5 → mean 5.75 of 11.
    expect(mesh.faces[1]!.height).toBeCloseTo(5.75 / 11, 12);
  });
});
