/** Pieces several regression-descent panels share. */
import * as Plot from '@observablehq/plot';
import { insideWindow } from '~/core/geometry';
import type { Grid } from '~/core/grid/grid';
import { color } from '~/widgets/kit/colors';
import type { Run } from './model';

export interface PathPoint {
  readonly k: number;
  readonly b0: number;
  readonly b1: number;
  readonly loss: number;
}

/** Iterations that get their own dot: every one up to 10, then fewer (the recipe's animation frames). */
export function isMarkedIteration(k: number): boolean {
  return k < 10 || (k < 50 && k % 2 === 0) || (k < 500 && k % 5 === 0) || k % 25 === 0;
}

/** The run from iteration 0 to k, its start, its current point, and whether that point is outside the window. */
export function pathSlice(run: Run, k: number, win?: Pick<Grid, 'x0' | 'x1' | 'y0' | 'y1'>) {
  const points: PathPoint[] = [];
  for (let i = 0; i <= k; i++) points.push({ k: i, b0: run.b0[i]!, b1: run.b1[i]!, loss: run.loss[i]! });
  const current = points[points.length - 1]!;
  const outside =
    win !== undefined && !insideWindow({ x: [win.x0, win.x1], y: [win.y0, win.y1] }, current.b0, current.b1);
  return { points, early: points.filter((p) => isMarkedIteration(p.k)), start: points[0]!, current, outside };
}

/** The closed-form solution as a star with a label. `at` is in the panel's own (x, y). */
export function betaHatMarks(at: [number, number], label: 'xy' | 'none'): Plot.Markish[] {
  return [
    Plot.dot([at], {
      ariaLabel: () => 'closed-form solution',
      x: (d: number[]) => d[0],
      y: (d: number[]) => d[1],
      symbol: 'star',
      r: 7,
      fill: color.fg,
      stroke: color.bg,
      strokeWidth: 1.5,
    }),
    ...(label === 'xy'
      ? [
          Plot.text([at], {
            x: (d: number[]) => d[0],
            y: (d: number[]) => d[1],
            text: () => 'β̂ (closed form)',
            dy: -14,
            fill: color.fg,
            stroke: color.bg,
            strokeWidth: 3,
            paintOrder: 'stroke',
            fontWeight: 600,
          }),
        ]
      : []),
  ];
}

/** The point of the shown iteration: a ring (so the β̂ star stays visible when they meet) around a small dot. */
export function currentMarks(at: [number, number], hollow = false): Plot.Markish[] {
  const x = (d: number[]) => d[0];
  const y = (d: number[]) => d[1];
  return [
    Plot.dot([at], { x, y, r: 8, fill: 'none', stroke: color.bg, strokeWidth: 5, clip: true }),
    Plot.dot([at], { x, y, r: 8, fill: 'none', stroke: color.accent, strokeWidth: 2.5, clip: true }),
    ...(hollow ? [] : [Plot.dot([at], { x, y, r: 2.5, fill: color.accent, clip: true })]),
  ];
}
