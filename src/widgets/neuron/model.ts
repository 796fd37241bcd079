/**
 * The neuron widget's numbers: the output a = g(w₁x₁ + w₂x₂ + b) over the input plane
 * [−3, 3]², its 0.5 level line and a few sample points, all from the core.
 */
import { contourLines, type ContourLines } from '~/core/contour/contour-lines';
import { contourPolygonsInSteps, type ContourPolygon } from '~/core/contour/contour-polygons';
import { linearThresholds } from '~/core/contour/thresholds';
import { evaluateGridInSteps } from '~/core/grid/evaluate-grid';
import type { Grid } from '~/core/grid/grid';
import { activate, type ActivationId } from '~/core/nn/activation';
import type { InSteps } from '~/core/steps/in-steps';
import { cachedInSteps } from '~/widgets/kit/cachedInSteps';
import type { State } from './state';

export const INPUT_RANGE: readonly [number, number] = [-3, 3];
export const GRID_SIDE = 41;

const NO_LINES: ContourLines = {
  x: new Float64Array(0),
  y: new Float64Array(0),
  line: new Int32Array(0),
  value: new Float64Array(0),
  count: 0,
};

export interface NeuronModel {
  readonly grid: Grid;
  /** The level a = 0.5 (empty when the output never crosses 0.5 in the window). */
  readonly half: ContourLines;
  /** The output at the corners and centre of the window, for the table. */
  readonly samples: { x1: number; x2: number; z: number; a: number }[];
  /** The smallest and largest output in the window. */
  readonly range: readonly [number, number];
  /** Filled bands of the output (the shaded map) and the colour domain they use. */
  readonly bands: ContourPolygon[];
  readonly colorDomain: readonly [number, number];
}

/** The colour scale spans the activation's own range where it has one, so maps stay comparable. */
function colorDomain(act: State['act'], min: number, max: number): [number, number] {
  if (act === 'sigmoid') return [0, 1];
  if (act === 'tanh') return [-1, 1];
  return max > min ? [min, max] : [min - 1, max + 1];
}

export function neuronOutput(
  s: Pick<State, 'w1' | 'w2' | 'b' | 'act'>,
  x1: number,
  x2: number,
): { z: number; a: number } {
  const z = s.w1 * x1 + s.w2 * x2 + s.b;
  return { z, a: activate(s.act as ActivationId, z) };
}

type Neuron = Pick<State, 'w1' | 'w2' | 'b' | 'act'>;

/** The output over the input plane and its shaded bands. */
interface OutputMap {
  readonly grid: Grid;
  readonly bands: ContourPolygon[];
  readonly colorDomain: readonly [number, number];
}

function* outputMapInSteps(s: Neuron): InSteps<OutputMap> {
  const spec = { x: INPUT_RANGE, y: INPUT_RANGE, nx: GRID_SIDE, ny: GRID_SIDE };
  const grid = yield* evaluateGridInSteps((x1, x2) => neuronOutput(s, x1, x2).a, spec, 14);
  yield;
  const domain = colorDomain(s.act, grid.min, grid.max);
  const levels = linearThresholds(domain[0], domain[1], 9).filter((t) => t > grid.min && t < grid.max);
  const bands = yield* contourPolygonsInSteps(grid, [grid.min, ...levels]);
  return { grid, bands, colorDomain: domain };
}

/**
 * The output map of a neuron, cached; `outputMap.inSteps(s)` computes it in pieces (prepareModel):
 * the grid a third at a time, then a band at a time. In one piece, the page's first took a task
 * of 62 ms at 4× CPU.
 */
export const outputMap = cachedInSteps((s: Neuron) => `${s.w1}|${s.w2}|${s.b}|${s.act}`, outputMapInSteps, {
  size: 8,
});

export function model(s: State): NeuronModel {
  const { grid, bands, colorDomain: domain } = outputMap(s);
  const half = grid.min < 0.5 && grid.max > 0.5 ? contourLines(grid, [0.5]) : NO_LINES;
  const samples = [
    [0, 0],
    [-3, -3],
    [3, -3],
    [-3, 3],
    [3, 3],
  ].map(([x1, x2]) => ({ x1: x1!, x2: x2!, ...neuronOutput(s, x1!, x2!) }));
  return { grid, half, samples, range: [grid.min, grid.max], bands, colorDomain: domain };
}
