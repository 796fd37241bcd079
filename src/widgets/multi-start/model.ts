/**
 * The main-thread part of the multi-start figure: the surface, its window and contour lines,
 * and the path of the single dropped start. The basin map itself comes from the worker task
 * (basinTask.ts). Pure: no DOM, no Plot.
 */
import type { ContourLines } from '~/core/contour/contour-lines';
import type { InSteps } from '~/core/steps/in-steps';
import { clipPath, type ClippedPath } from '~/core/geometry/clip-path';
import { descentPath, type DescentStatus } from '~/core/optim/descent-path';
import { SURFACES } from './surfaces';
import type { CatalogueSurface, SurfaceWindow } from '~/core/surfaces/entry';
import { surfaceContourLines } from '~/widgets/kit/surfaceContourLines';
import { configuredOptimizer, type BasinInput } from './basinTask';
import type { State } from './state';

export const OPTIMIZER_NAMES: Record<State['opt'], string> = {
  'gradient-descent': 'gradient descent',
  momentum: 'momentum',
  nesterov: 'Nesterov',
  adagrad: 'AdaGrad',
  rmsprop: 'RMSProp',
  adam: 'Adam',
};

export interface Probe {
  readonly start: readonly [number, number];
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  readonly clipped: ClippedPath;
  readonly status: DescentStatus;
  readonly steps: number;
  /** The index of the minimum the probe ended at (within 1e-3), or null. */
  readonly minimum: number | null;
  readonly finalLoss: number;
}

export interface Model {
  readonly surface: CatalogueSurface;
  readonly window: SurfaceWindow;
  readonly contours: ContourLines;
  readonly input: BasinInput;
  /** The key of the basin map for these settings (the worker task's key). */
  readonly mapKey: string;
  readonly probe: Probe;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** The map's contour lines for a surface (cached: they depend on nothing else). */
export function contoursOf(id: State['surface']): ContourLines {
  return surfaceContourLines(SURFACES[id], 12);
}

/** contoursOf in steps, for prepareModel. */
export function contoursOfInSteps(id: State['surface']): InSteps<ContourLines> {
  return surfaceContourLines.inSteps(SURFACES[id], 12);
}

export function model(s: State): Model {
  const surface = SURFACES[s.surface];
  const window = surface.window;
  const contours = contoursOf(s.surface);
  const input: BasinInput = { surface: s.surface, opt: s.opt, eta: s.eta, mu: s.mu, n: Number(s.n), steps: s.steps };
  const mapKey = `${input.surface}|${input.opt}|${input.eta}|${input.opt === 'momentum' || input.opt === 'nesterov' ? input.mu : ''}|${input.n}|${input.steps}`;
  const start: [number, number] = [clamp(s.x, window.x[0], window.x[1]), clamp(s.y, window.y[0], window.y[1])];
  const run = descentPath(surface, configuredOptimizer(s), start, { maxSteps: s.steps, gradTolerance: 1e-6 });
  const n = run.points.length;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    xs[k] = run.points[k]![0]!;
    ys[k] = run.points[k]![1]!;
  }
  const converged = run.status === 'converged' || run.status === 'converged-with-oscillation';
  const last = n - 1;
  const found = surface.minima.findIndex(([mx, my]) => Math.hypot(mx - xs[last]!, my - ys[last]!) < 1e-3);
  return {
    surface,
    window,
    contours,
    input,
    mapKey,
    probe: {
      start,
      xs,
      ys,
      clipped: clipPath(run.points, window, { stopped: run.status === 'diverged' && run.steps < s.steps }),
      status: run.status,
      steps: run.steps,
      minimum: converged && found >= 0 ? found : null,
      finalLoss: run.losses[last]!,
    },
  };
}
