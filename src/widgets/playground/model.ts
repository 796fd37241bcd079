/**
 * The playground's model: the typed formula compiled (or, when the URL's text does not parse,
 * the default one drawn while the field shows the error), the map over the window, the
 * downhill arrows, and the descent runs the state asks for. The runs are a second step
 * (`runsOf`): the widget computes them after the frame that redraws the map, so a keystroke's
 * frame carries only the map. Pure; heavy parts cached by their inputs so that moving the
 * start does not resample the map and typing does not rerun unchanged paths.
 */
import { CoreError } from '~/core/errors';
import { formulaSurface, parseExpression, type CompiledFormula, type ExpressionError } from '~/core/expr';
import type { Surface2D } from '~/core/loss/objective';
import type { Window2D } from '~/core/geometry/window';
import { lruCache } from '~/widgets/kit/lruCache';
import { descentRun, type Run, type RunSpec } from './descentRuns';
import { formulaMap, type FormulaMap } from './formulaMap';
import { gradientArrows, type GradientArrows } from './gradientArrows';
import { DEFAULT_FORMULA, etaField, muField, rhoField, type OptimizerChoice, type State } from './state';

/** Samples per side of the map: smooth (interpolated) contours at 640 px for a few ms per keystroke. */
export const MAP_SIDE = 80;
/** Arrows per side of the gradient field. */
export const ARROWS_SIDE = 15;

export interface Model {
  /** The text in the state (what the field shows). */
  readonly text: string;
  /** Why that text cannot be drawn, or null. */
  readonly textError: ExpressionError | null;
  /** The formula drawn: the state's, or the default while the state's has an error. */
  readonly drawn: string;
  readonly formula: CompiledFormula;
  readonly window: Window2D;
  readonly map: FormulaMap;
  readonly arrows: GradientArrows | null;
  readonly start: readonly [number, number];
  /** f and ∇f at the start (may be non-finite: the summary says so). */
  readonly atStart: readonly [number, number, number];
  /** The descent runs the state asks for (computed by `runsOf`). */
  readonly specs: readonly RunSpec[];
  readonly surface: Surface2D;
  /** The key of the map the runs are drawn on (formula and window). */
  readonly mapKey: string;
}

/** The model with its descent runs: what the summary, the table and the paths layer show. */
export interface ModelWithRuns extends Model {
  readonly runs: readonly Run[];
  /** `runsKey` of the model the runs were computed for (an earlier one while new runs are on their way). */
  readonly runsKey: string;
}

const compiled = lruCache<{ formula: CompiledFormula | null; error: ExpressionError | null }>({ size: 8 });
const maps = lruCache<FormulaMap>({ size: 4 });
const fields = lruCache<GradientArrows>({ size: 4 });
const runs = lruCache<Run>({ size: 16 });

function compile(text: string): { formula: CompiledFormula | null; error: ExpressionError | null } {
  return compiled(text, () => {
    const r = parseExpression(text);
    return r.ok ? { formula: r.formula, error: null } : { formula: null, error: r.error };
  });
}

/** The window of the state; CoreError when it is empty or inverted (useModel keeps the last good one). */
export function windowOf(s: State): Window2D {
  if (!(s.x0 < s.x1) || !(s.y0 < s.y1)) {
    throw new CoreError(
      'invalid',
      `the window needs x from < x to and y from < y to (got x ${s.x0} … ${s.x1}, y ${s.y0} … ${s.y1})`,
    );
  }
  const span = Math.max(s.x1 - s.x0, s.y1 - s.y0);
  if ((s.x1 - s.x0) / span < 1e-3 || (s.y1 - s.y0) / span < 1e-3) {
    throw new CoreError(
      'invalid',
      'the window is over 1000 times wider than it is tall (or the other way round): widen its short side',
    );
  }
  return { x: [s.x0, s.x1], y: [s.y0, s.y1] };
}

/** The runs the state asks for: one per optimiser in `opt`, the other lists padded with their defaults. */
export function runSpecs(s: State, start: readonly [number, number]): RunSpec[] {
  return s.opt.map((optimizer, k) => ({
    optimizer: optimizer as OptimizerChoice,
    learningRate: s.eta[k] ?? etaField.default,
    momentum: s.mu[k] ?? muField.default,
    decay: s.rho[k] ?? rhoField.default,
    start,
    maxSteps: s.steps,
  }));
}

export function model(s: State): Model {
  const window = windowOf(s);
  const typed = compile(s.f);
  const drawn = typed.formula !== null ? s.f : DEFAULT_FORMULA;
  const formula = typed.formula ?? compile(DEFAULT_FORMULA).formula!;
  const wkey = `${drawn}|${window.x[0]}|${window.x[1]}|${window.y[0]}|${window.y[1]}`;
  const map = maps(wkey, () => formulaMap(formula, window, MAP_SIDE));
  const arrows = s.arrows ? fields(wkey, () => gradientArrows(formula, window, ARROWS_SIDE)) : null;
  const start: [number, number] = [
    Math.min(window.x[1], Math.max(window.x[0], s.sx)),
    Math.min(window.y[1], Math.max(window.y[0], s.sy)),
  ];
  const out = [0, 0, 0];
  formula.evaluate(start[0], start[1], out);
  const surface = formulaSurface(formula, {
    id: 'playground',
    name: 'your function',
    tex: '',
    domain: window,
    minima: [],
  });
  return {
    text: s.f,
    textError: typed.error,
    drawn,
    formula,
    window,
    map,
    arrows,
    start,
    atStart: [out[0]!, out[1]!, out[2]!],
    specs: runSpecs(s, start),
    surface,
    mapKey: wkey,
  };
}

function specKey(m: Model, spec: RunSpec): string {
  return `${m.mapKey}|${spec.optimizer}|${spec.learningRate}|${spec.momentum}|${spec.decay}|${spec.start[0]}|${spec.start[1]}|${spec.maxSteps}`;
}

/** Identity of the runs of a model: the map they are drawn on and every run's settings. */
export function runsKey(m: Model): string {
  return m.specs.map((spec) => specKey(m, spec)).join(';');
}

/** The descent runs of the model, one per spec (cached: an unchanged run is not rerun). */
export function runsOf(m: Model): Run[] {
  return m.specs.map((spec) => runs(specKey(m, spec), () => descentRun(m.surface, spec, m.window)));
}

/** The model and its runs, computed now (the build, the tests) or passed in (the page's deferred runs). */
export function withRuns(m: Model, computed?: { readonly runs: readonly Run[]; readonly key: string }): ModelWithRuns {
  return computed
    ? { ...m, runs: computed.runs, runsKey: computed.key }
    : { ...m, runs: runsOf(m), runsKey: runsKey(m) };
}
