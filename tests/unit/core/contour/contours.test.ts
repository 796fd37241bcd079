import * as Plot from '@observablehq/plot';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { contourLines } from '~/core/contour/contour-lines';
import { contourPolygons, gridOutline } from '~/core/contour/contour-polygons';
import { contourValues } from '~/core/contour/contour-values';
import { isobands } from '~/core/contour/marching-squares';
import { dataProjection } from '~/core/contour/data-projection';
import { CoreError } from '~/core/errors';
import { evaluateGrid } from '~/core/grid/evaluate-grid';
import { rotatedBowl, roundBowl } from '~/core/surfaces';
import { SURFACE_CATALOGUE } from '~/core/surfaces/catalogue';

const points = (polys: ReturnType<typeof contourPolygons>[number]) => polys.geometry.coordinates.flat(2);

describe('contourPolygons', () => {
  it('a level through grid nodes lands exactly on them (f = x: level 2 is the line x = 2)', () => {
    const grid = evaluateGrid((x) => x, { x: [0, 4], y: [10, 13], nx: 5, ny: 4 });
    const [poly] = contourPolygons(grid, [2]);
    const pts = points(poly!);
    // The region x ≥ 2: its vertices are on x = 2 or on the right part of the frame.
    for (const [x, y] of pts) {
      expect(x === 2 || x === 4 || y === 10 || y === 13).toBe(true);
      expect(x).toBeGreaterThanOrEqual(2);
    }
    expect(
      pts
        .filter(([x]) => x === 2)
        .map(([, y]) => y)
        .sort(),
    ).toEqual(expect.arrayContaining([10, 11, 12, 13]));
  });

  it('level sets of the round bowl are circles about (2, −3): vertices have loss ≈ threshold', () => {
    const grid = evaluateGrid(roundBowl.f, { x: [-6, 6], y: [-8, 8], nx: 101, ny: 101 });
    const levels = [0.5, 2, 8, 20];
    const polys = contourPolygons(grid, levels);
    expect(polys.map((p) => p.value)).toEqual(levels);
    for (const p of polys) {
      const inner = points(p).filter(([x, y]) => x! > -6 && x! < 6 && y! > -8 && y! < 8);
      expect(inner.length).toBeGreaterThan(20);
      // Linear interpolation of a quadratic between nodes 0.12 × 0.16 apart: error ≤ h²·f″/8 per axis.
      for (const [x, y] of inner) expect(Math.abs(roundBowl.f(x!, y!) - p.value)).toBeLessThan(0.01);
      // and the radius is √t
      for (const [x, y] of inner) expect(Math.hypot(x! - 2, y! + 3)).toBeCloseTo(Math.sqrt(p.value), 2);
    }
  });

  it('level sets of the rotated bowl are ellipses: vertices have loss ≈ threshold', () => {
    const grid = evaluateGrid(rotatedBowl.f, { x: [-4, 4], y: [-4, 4], nx: 161, ny: 161 });
    for (const p of contourPolygons(grid, [1, 5, 15])) {
      const inner = points(p).filter(([x, y]) => Math.abs(x!) < 4 && Math.abs(y!) < 4);
      expect(inner.length).toBeGreaterThan(20);
      for (const [x, y] of inner) expect(Math.abs(rotatedBowl.f(x!, y!) - p.value)).toBeLessThan(0.02);
    }
  });

  it('a level below the minimum covers exactly the domain', () => {
    const grid = evaluateGrid(roundBowl.f, { x: [-6, 6], y: [-8, 8], nx: 31, ny: 41 });
    const [p] = contourPolygons(grid, [-1]);
    const pts = points(p!);
    expect(Math.min(...pts.map(([x]) => x!))).toBe(-6);
    expect(Math.max(...pts.map(([x]) => x!))).toBe(6);
    expect(Math.min(...pts.map(([, y]) => y!))).toBe(-8);
    expect(Math.max(...pts.map(([, y]) => y!))).toBe(8);
    expect(p!.geometry.coordinates).toHaveLength(1);
    expect(gridOutline(grid).coordinates[0]).toHaveLength(5);
  });

  it('treats NaN as high ground (no spurious ring around it); rejects bad thresholds', () => {
    const grid = evaluateGrid((x, y) => (x > 3.5 && y > 3.5 ? NaN : x * x + y * y), {
      x: [-4, 4],
      y: [-4, 4],
      nx: 41,
      ny: 41,
    });
    const [p] = contourPolygons(grid, [4]);
    // Region ≥ 4 is one polygon (outside the circle of radius 2), NaN corner included.
    expect(p!.geometry.coordinates).toHaveLength(1);
    expect(() => contourPolygons(grid, [NaN])).toThrow(CoreError);
  });
});

/** Twice the signed area of a closed ring (shoelace). */
const ringArea2 = (ring: number[][]): number =>
  ring.slice(1).reduce((sum, [x, y], k) => sum + ring[k]![0]! * y! - x! * ring[k]![1]!, 0);

describe('contourPolygons along the frame', () => {
  // d3-contour's rings in data coordinates, every point kept: the reference.
  const allPoints = (grid: ReturnType<typeof evaluateGrid>, t: number): number[][][][] => {
    const { nx, ny, x0, x1, y0, y1 } = grid;
    const sx = (x1 - x0) / (nx - 1);
    const sy = (y1 - y0) / (ny - 1);
    const toX = (px: number) => x0 + Math.min(Math.max(px - 0.5, 0), nx - 1) * sx;
    const toY = (py: number) => y0 + Math.min(Math.max(py - 0.5, 0), ny - 1) * sy;
    return isobands(contourValues(grid), nx, ny, t).map((polygon) =>
      polygon.map((ring) => ring.map(([px, py]) => [toX(px), toY(py)])),
    );
  };

  it('keeps the region and every point off the frame, drops the points of straight runs along it', () => {
    let before = 0;
    let after = 0;
    for (const surface of SURFACE_CATALOGUE) {
      const grid = evaluateGrid(surface.f, { x: surface.domain.x, y: surface.domain.y, nx: 61, ny: 47 });
      const { x0, x1, y0, y1 } = grid;
      const onFrame = (p: number[]) => p[0] === x0 || p[0] === x1 || p[1] === y0 || p[1] === y1;
      const sorted = Float64Array.from(grid.values).sort();
      const levels = [grid.min, ...[0.1, 0.3, 0.5, 0.7, 0.9].map((q) => sorted[Math.floor(q * sorted.length)]!)];
      for (const { value, geometry } of contourPolygons(grid, levels)) {
        const reference = allPoints(grid, value);
        expect(
          geometry.coordinates.map((p) => p.length),
          surface.id,
        ).toEqual(reference.map((p) => p.length));
        geometry.coordinates.forEach((polygon, i) =>
          polygon.forEach((ring, j) => {
            const full = reference[i]![j]!;
            before += full.length;
            after += ring.length;
            const label = `${surface.id} at ${value}`;
            expect(ring[0], label).toEqual(ring.at(-1));
            expect(ring.length, label).toBeGreaterThanOrEqual(4);
            // Off the frame: the same points in the same order.
            expect(
              ring.filter((p) => !onFrame(p)),
              label,
            ).toEqual(full.filter((p) => !onFrame(p)));
            // The same region: the removed points were on straight runs.
            expect(ringArea2(ring), label).toBeCloseTo(ringArea2(full), 9);
            // No frame point left between two neighbours on its own side of the frame, none repeated.
            const open = ring.slice(0, -1);
            open.forEach((b, k) => {
              const a = open[(k + open.length - 1) % open.length]!;
              const c = open[(k + 1) % open.length]!;
              const run =
                ((b[0] === x0 || b[0] === x1) && a[0] === b[0] && c[0] === b[0]) ||
                ((b[1] === y0 || b[1] === y1) && a[1] === b[1] && c[1] === b[1]);
              expect(run, `${label}: point ${k}`).toBe(false);
              if (onFrame(b)) expect(a, `${label}: point ${k}`).not.toEqual(b);
            });
          }),
        );
      }
    }
    // The frame runs are a large share of d3-contour's points on these windows.
    expect(after / before).toBeLessThan(0.8);
  });
});

describe('contourLines', () => {
  it('gives closed circles for levels inside the window, open lines for levels leaving it', () => {
    const grid = evaluateGrid(roundBowl.f, { x: [-6, 6], y: [-8, 8], nx: 101, ny: 101 });
    const inside = contourLines(grid, [4]);
    expect(inside.count).toBe(1);
    const n = inside.x.length;
    expect([inside.x[0], inside.y[0]]).toEqual([inside.x[n - 1], inside.y[n - 1]]);
    for (let k = 0; k < n; k++) expect(Math.abs(roundBowl.f(inside.x[k]!, inside.y[k]!) - 4)).toBeLessThan(0.01);
    // t = 20: the circle of radius 4.47 about (2, −3) is cut only by x = 6: one open arc ending on it.
    const cut = contourLines(grid, [20]);
    expect(cut.count).toBe(1);
    for (let k = 0; k < cut.x.length; k++) expect(Math.abs(roundBowl.f(cut.x[k]!, cut.y[k]!) - 20)).toBeLessThan(0.02);
    expect(cut.x[0]).toBe(6);
    expect(cut.x[cut.x.length - 1]).toBe(6);
    expect(Array.from(cut.line).every((id) => id === 0)).toBe(true);
    expect(Array.from(cut.value).every((v) => v === 20)).toBe(true);
    // t = 36 (radius 6) is cut by x = 6 and y = −8: a long arc and a short one in the corner.
    const two = contourLines(grid, [20, 36]);
    expect(two.count).toBe(3);
    for (let k = 0; k < two.x.length; k++)
      expect(Math.abs(roundBowl.f(two.x[k]!, two.y[k]!) - two.value[k]!)).toBeLessThan(0.02);
  });
});

describe('drawing with Plot (jsdom)', () => {
  const grid = evaluateGrid(roundBowl.f, { x: [-6, 6], y: [-8, 8], nx: 61, ny: 61 });
  const { document } = new JSDOM('').window;

  /** All (x, y) pairs in an SVG path's d attribute (Plot writes absolute M/L/Z commands). */
  const pathPoints = (d: string): number[][] => {
    const nums = d.match(/-?\d+(\.\d+)?(e-?\d+)?/g)!.map(Number);
    const out: number[][] = [];
    for (let k = 0; k + 1 < nums.length; k += 2) out.push([nums[k]!, nums[k + 1]!]);
    return out;
  };

  it('Plot.geo with dataProjection puts the level-4 circle where x and y scales would', () => {
    const margin = 20;
    const svg = Plot.plot({
      document,
      width: 400,
      height: 300,
      margin,
      projection: dataProjection(grid),
      marks: [Plot.geo(contourPolygons(grid, [4]), { geometry: 'geometry', fill: 'value', stroke: 'black' })],
    }) as unknown as Element;
    const paths = [...svg.querySelectorAll('path')].filter((p) => p.getAttribute('d'));
    expect(paths).toHaveLength(1);
    const pts = pathPoints(paths[0]!.getAttribute('d')!);
    // Circle radius 2 about (2, −3): in pixels, x from 20 + (0 + 6)/12·360 to (4 + 6)/12·360 + 20.
    const px = (x: number): number => margin + ((x + 6) / 12) * 360;
    const py = (y: number): number => margin + ((8 - y) / 16) * 260;
    const hole = pts.filter(([x, y]) => x! > margin + 1 && x! < 380 - 1 && y! > margin + 1 && y! < 280 - 1);
    expect(Math.min(...hole.map(([x]) => x!))).toBeCloseTo(px(0), 0);
    expect(Math.max(...hole.map(([x]) => x!))).toBeCloseTo(px(4), 0);
    expect(Math.min(...hole.map(([, y]) => y!))).toBeCloseTo(py(-1), 0);
    expect(Math.max(...hole.map(([, y]) => y!))).toBeCloseTo(py(-5), 0);
  });

  it('Plot.geo with a reflect-y projection fitted to gridOutline produces one path per level', () => {
    const svg = Plot.plot({
      document,
      projection: { type: 'reflect-y', domain: gridOutline(grid) },
      marks: [Plot.geo(contourPolygons(grid, [1, 4, 9, 16]), { geometry: 'geometry', fill: 'value' })],
    }) as unknown as Element;
    expect([...svg.querySelectorAll('path')].filter((p) => p.getAttribute('d')).length).toBe(4);
  });

  it('Plot.line draws contourLines on ordinary x/y scales', () => {
    const lines = contourLines(grid, [1, 4, 9]);
    const svg = Plot.plot({
      document,
      marks: [Plot.line({ length: lines.x.length }, { x: lines.x, y: lines.y, z: lines.line, stroke: lines.value })],
    }) as unknown as Element;
    expect(svg.querySelectorAll('g[aria-label="line"] path')).toHaveLength(3);
  });
});
