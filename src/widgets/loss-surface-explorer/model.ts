/**
 * The numbers loss-surface-explorer draws, all from the core: notebook recipe 000's training data,
 * its sufficient statistics, the 101 × 101 MSE grid over (b, w), filled contours, the
 * least-squares line, and — for the current (b, w) — the loss, gradient, predictions,
 * residuals and the two cross-sections. The static parts are computed once and cached.
 */
import { contourPolygonsInSteps, type ContourPolygon } from '~/core/contour/contour-polygons';
import { runToEnd, type InSteps } from '~/core/steps/in-steps';
import { logThresholds } from '~/core/contour/thresholds';
import { noisyLineSplit } from '~/core/data/noisy-line-split';
import { crossSection } from '~/core/grid/cross-section';
import type { Grid } from '~/core/grid/grid';
import { mseGridFromStats } from '~/core/grid/mse-grid';
import { leastSquaresLine, sseFromStats, sufficientStats, type SufficientStats } from '~/core/grid/sufficient-stats';
import { linearRegressionLoss } from '~/core/loss/linear-regression';
import type { Surface2D } from '~/core/loss/objective';
import { B_DOMAIN, GRID_N, W_DOMAIN, type State } from './state';

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Static {
  readonly xTrain: Float64Array;
  readonly yTrain: Float64Array;
  readonly stats: SufficientStats;
  readonly surface: Surface2D;
  readonly grid: Grid;
  readonly thresholds: readonly number[];
  readonly bands: readonly ContourPolygon[];
  /** The least-squares line (the exact minimum of the training MSE). */
  readonly best: { readonly b: number; readonly w: number; readonly mse: number };
  readonly truth: { readonly b: number; readonly w: number; readonly mse: number };
  readonly start: { readonly b: number; readonly w: number; readonly mse: number };
  /** y range of the data panel. */
  readonly yDomain: readonly [number, number];
  /** Loss range of the cross-section panels (the whole grid). */
  readonly lossDomain: readonly [number, number];
  /** Where some contour levels cross the line w = best.w to the right of the minimum: labels. */
  readonly levelLabels: readonly { readonly b: number; readonly w: number; readonly value: number }[];
}

let memo: Static | undefined;
let contoursMemo: Pick<Static, 'grid' | 'thresholds' | 'bands'> | undefined;

/** Recipe 000's data split and the training set's sufficient statistics. */
interface Training {
  readonly d: ReturnType<typeof noisyLineSplit>;
  readonly stats: SufficientStats;
}
let trainingMemo: Training | undefined;

/** The training data (computed once). */
function training(): Training {
  if (trainingMemo) return trainingMemo;
  const d = noisyLineSplit();
  trainingMemo = { d, stats: sufficientStats(d.xTrain, d.yTrain) };
  return trainingMemo;
}

/** Number of contour levels drawn on the surface. */
export const LEVELS = 14;
/** Samples along each cross-section. */
export const SECTION_N = GRID_N;

/** The training data's MSE over the (b, w) grid and its filled contours (computed once). */
export function surfaceContours(): Pick<Static, 'grid' | 'thresholds' | 'bands'> {
  return runToEnd(surfaceContoursInSteps());
}

/** surfaceContours in steps (data, grid, then a contour level per piece), for prepareModel. */
export function* surfaceContoursInSteps(): InSteps<Pick<Static, 'grid' | 'thresholds' | 'bands'>> {
  if (contoursMemo) return contoursMemo;
  const { stats } = training();
  yield;
  const grid = mseGridFromStats(stats, { x: B_DOMAIN, y: W_DOMAIN, nx: GRID_N, ny: GRID_N });
  const thresholds = logThresholds(grid.min, grid.max, LEVELS, 3);
  yield;
  const bands = yield* contourPolygonsInSteps(grid, thresholds);
  contoursMemo ??= { grid, thresholds, bands };
  return contoursMemo;
}

export function staticModel(): Static {
  if (memo) return memo;
  const { d, stats } = training();
  const surface = linearRegressionLoss(d.xTrain, d.yTrain);
  const { grid, thresholds, bands } = surfaceContours();
  const ls = leastSquaresLine(stats) ?? { b: stats.meanY, w: 0 };
  const mse = (b: number, w: number): number => sseFromStats(stats, b, w) / stats.n;
  // Label every other level where it crosses the vertical line above the minimum (the surface
  // is flattest along w, so the levels are furthest apart there).
  const ray = crossSection(mse, { through: [ls.b, ls.w], vary: 'y', range: [ls.w, W_DOMAIN[1]], n: 400 });
  const levelLabels = thresholds
    .filter((t, k) => k % 2 === 1 && t > 0.05)
    .flatMap((t) => {
      for (let k = 1; k < ray.t.length; k++) {
        const v0 = ray.values[k - 1]!;
        const v1 = ray.values[k]!;
        if (v0 < t && v1 >= t) {
          const w = ray.t[k - 1]! + ((t - v0) / (v1 - v0)) * (ray.t[k]! - ray.t[k - 1]!);
          return [{ b: ls.b, w, value: t }];
        }
      }
      return [];
    });
  memo = {
    xTrain: d.xTrain,
    yTrain: d.yTrain,
    stats,
    surface,
    grid,
    thresholds,
    bands,
    best: { ...ls, mse: mse(ls.b, ls.w) },
    truth: { b: d.trueB, w: d.trueW, mse: mse(d.trueB, d.trueW) },
    start: { b: d.initialB, w: d.initialW, mse: mse(d.initialB, d.initialW) },
    yDomain: [-1, 5],
    lossDomain: [0, grid.max * 1.04],
    levelLabels,
  };
  return memo;
}

export interface Residual {
  readonly x: number;
  readonly y: number;
  readonly yhat: number;
  readonly r: number;
}

export interface AtPoint {
  readonly b: number;
  readonly w: number;
  readonly mse: number;
  /** ∇MSE = (∂/∂b, ∂/∂w). */
  readonly grad: readonly [number, number];
  readonly residuals: readonly Residual[];
  /** MSE(b, ·) over W_DOMAIN (b fixed, w varies). */
  readonly alongW: { readonly t: Float64Array; readonly values: Float64Array };
  /** MSE(·, w) over B_DOMAIN (w fixed, b varies). */
  readonly alongB: { readonly t: Float64Array; readonly values: Float64Array };
}

/** Everything that depends on the current (b, w). */
export function atPoint(s: Static, b: number, w: number): AtPoint {
  const f = (bb: number, ww: number): number => sseFromStats(s.stats, bb, ww) / s.stats.n;
  const g = s.surface.gradient([b, w]);
  const residuals: Residual[] = [];
  for (let i = 0; i < s.xTrain.length; i++) {
    const x = s.xTrain[i]!;
    const y = s.yTrain[i]!;
    const yhat = b + w * x;
    residuals.push({ x, y, yhat, r: yhat - y });
  }
  const alongW = crossSection(f, { through: [b, w], vary: 'y', range: W_DOMAIN, n: SECTION_N });
  const alongB = crossSection(f, { through: [b, w], vary: 'x', range: B_DOMAIN, n: SECTION_N });
  return { b, w, mse: f(b, w), grad: [g[0]!, g[1]!], residuals, alongW, alongB };
}

export interface Model {
  readonly fixed: Static;
  readonly at: AtPoint;
  /** Whether the residuals are drawn. */
  readonly residuals: boolean;
}

export function model(state: State): Model {
  const fixed = staticModel();
  return { fixed, at: atPoint(fixed, state.b, state.w), residuals: state.res };
}
