/**
 * The playground's model: the typed formula compiled (or, when the URL's text does not parse,
 * the default one drawn while the field shows the error), what the map is computed from, and
 * the descent runs the state asks for. The map (contours, greyed cells, arrows) and the runs
 * are second steps: the page has the map worker compute both for a new formula or window
 * (`mapAnswer`, map.worker.ts), so a keystroke's frame carries neither, and computes the runs
 * itself when only a start or a setting changes on the map on screen (`runsOf`, on
 * `modelOnMap`: a drag is answered in its own frame); the build and the tests compute both at
 * once (`withRuns`). Pure; heavy parts cached by their
 * inputs so that moving the start does not resample the map and typing does not rerun
 * unchanged paths.
 */
import { CoreError } from '~/core/errors';
import { parseExpression, type CompiledFormula, type ExpressionError } from '~/core/expr';
import type { Surface2D } from '~/core/loss/objective';
import type { Window2D } from '~/core/geometry/window';
import { lruCache } from '~/widgets/kit/lruCache';
import { descentRun, typedSurface, type Run, type RunSpec } from './descentRuns';
import { cachedMap, cachedRun, runsKeyOf } from './mapAnswer';
import { mapKey, type MapGeometry, type MapInput } from './mapGeometry';
import { DEFAULT_FORMULA, etaField, muField, rhoField, type OptimizerChoice, type State } from './state';

export interface Model {
  /** The text in the state (what the field shows). */
  readonly text: string;
  /** Why that text cannot be drawn, or null. */
  readonly textError: ExpressionError | null;
  /** The formula drawn: the state's, or the default while the state's has an error. */
  readonly drawn: string;
  readonly formula: CompiledFormula;
  readonly window: Window2D;
  /** What the map is computed from (`mapGeometry`, in the map worker on the page). */
  readonly mapInput: MapInput;
  /** Whether the map shows the downhill arrows. */
  readonly showArrows: boolean;
  readonly start: readonly [number, number];
  /** f and ∇f at the start (may be non-finite: the summary says so). */
  readonly atStart: readonly [number, number, number];
  /** The descent runs the state asks for (computed by `runsOf`). */
  readonly specs: readonly RunSpec[];
  readonly surface: Surface2D;
  /** The key of the map the runs are drawn on (formula and window). */
  readonly mapKey: string;
}

/** The model with its map and descent runs: what the summary, the table and the layers show. */
export interface ModelWithRuns extends Model {
  /** The map on screen: the current one, or the last one while the worker computes the next. */
  readonly map: MapGeometry;
  readonly runs: readonly Run[];
  /** `runsKey` of the model the runs were computed for (an earlier one while new runs are on their way). */
  readonly runsKey: string;
}

const compiled = lruCache<{ formula: CompiledFormula | null; error: ExpressionError | null }>({ size: 8 });

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
  const mapInput: MapInput = { formula: drawn, window };
  const start: [number, number] = [
    Math.min(window.x[1], Math.max(window.x[0], s.sx)),
    Math.min(window.y[1], Math.max(window.y[0], s.sy)),
  ];
  const out = [0, 0, 0];
  formula.evaluate(start[0], start[1], out);
  const surface = typedSurface(formula, window);
  return {
    text: s.f,
    textError: typed.error,
    drawn,
    formula,
    window,
    mapInput,
    showArrows: s.arrows,
    start,
    atStart: [out[0]!, out[1]!, out[2]!],
    specs: runSpecs(s, start),
    surface,
    mapKey: mapKey(mapInput),
  };
}

/**
 * The model of the formula and window a map was computed for, with the state's start and
 * paths: while the worker computes a new map, the paths stay those of the map on screen.
 */
export function modelOnMap(s: State, map: MapGeometry): Model {
  const [x0, x1] = map.window.x;
  const [y0, y1] = map.window.y;
  return model({ ...s, f: map.formula, x0, x1, y0, y1 });
}

/** Identity of the runs of a model: the map they are drawn on and every run's settings. */
export function runsKey(m: Model): string {
  return runsKeyOf(m.mapKey, m.specs);
}

/**
 * The descent runs of the model, one per spec (cached: an unchanged run is not rerun, and the
 * runs of the map worker's answers are in the same cache once adopted: `adoptAnswer`).
 */
export function runsOf(m: Model): Run[] {
  return m.specs.map((spec) => cachedRun(m.mapKey, spec, () => descentRun(m.surface, spec, m.window)));
}

/** The map of the model, computed now (cached): the build, the tests. */
export function mapOf(m: Model): MapGeometry {
  return cachedMap(m.mapInput);
}

/**
 * The model with its map and runs, computed now (the build, the tests) or passed in (the
 * page's map from the worker and its deferred runs).
 */
export function withRuns(
  m: Model,
  computed?: { readonly runs: readonly Run[]; readonly key: string },
  map?: MapGeometry,
): ModelWithRuns {
  const shown = map ?? mapOf(m);
  return computed
    ? { ...m, map: shown, runs: computed.runs, runsKey: computed.key }
    : { ...m, map: shown, runs: runsOf(m), runsKey: runsKey(m) };
}
