/**
 * The numbers behind step-size-spectrum, all from src/core: chapter 5–6's ten points, the loss
 * ‖y − Xβ‖² stepped on with the halved gradient XᵀXβ − Xᵀy (so H = XᵀX), the error of the run
 * from (−8, −2) split into H's eigen-directions, and the convergence factor max|1 − ηλᵢ| against
 * η with its landmarks. Pure: no DOM, no Plot.
 */
import { tenPointLine } from '~/core/data/ten-point-line';
import { designMatrix } from '~/core/linalg/design-matrix';
import type { Matrix } from '~/core/linalg/matrix';
import { normalEquations } from '~/core/linalg/normal-equations';
import { leastSquaresLoss } from '~/core/loss/least-squares';
import { contractionFactorsOf } from '~/core/stability/contraction';
import { curvatures, type Curvatures } from '~/core/stability/curvature';
import {
  convergenceFactorCurve,
  convergenceFactorOf,
  errorSpectrum,
  steppedHessian,
  type ConvergenceCurve,
  type ErrorSpectrum,
} from '~/core/stability/spectrum';
import { runToEnd, type InSteps } from '~/core/steps/in-steps';
import { lruCache } from '~/widgets/kit/lruCache';
import { ETA_MAX, type State } from './state';

/** The start of chapter 6's runs. */
export const START: readonly [number, number] = [-8, -2];

export interface Problem {
  /** H = XᵀX: the Hessian of the halved gradient the runs step on. */
  readonly hessian: Matrix;
  /** λ_min, λ_max and their unit eigenvectors (ascending). */
  readonly curv: Curvatures;
  /** The factor curve over [0, ETA_MAX] with the landmarks. */
  readonly curve: ConvergenceCurve;
  /**
   * The curve's two branches, |1 − ηλ_min| and |1 − ηλ_max|, at its samples `curve.eta`
   * (`curve.factor` is the larger): columns, as the figure's one-path lines take them.
   */
  readonly branches: { readonly soft: Float64Array; readonly stiff: Float64Array };
  /** β̂, the least-squares fit. */
  readonly minimum: readonly [number, number];
  /** β⁽⁰⁾ − β̂. */
  readonly error0: readonly [number, number];
}

/** Curve samples whose branches are worked out in one piece of problemInSteps. */
const BRANCH_PIECE = 80;

/**
 * The problem in pieces: the data, the fit and H; the factor curve; its branches a few dozen
 * samples at a time. In one piece it was a task of 42 ms at 4× CPU while the widget hydrated
 * (docs/benchmarks.md, "Hydration", session 23).
 */
function* problemInSteps(): InSteps<Problem> {
  const d = tenPointLine();
  const x = designMatrix(d.x);
  const hessian = steppedHessian(leastSquaresLoss(x, d.y, { halfGradient: true }));
  const beta = normalEquations(x, d.y);
  const minimum: readonly [number, number] = [beta[0]!, beta[1]!];
  yield;
  const curve = convergenceFactorCurve(hessian, { etaMax: ETA_MAX, samples: 321 });
  const curv = curvatures(hessian);
  yield;
  const n = curve.eta.length;
  const branches = { soft: new Float64Array(n), stiff: new Float64Array(n) };
  for (let k = 0; k < n; k++) {
    const eta = curve.eta[k]!;
    const [soft, stiff] = eta > 0 ? contractionFactorsOf(eta, curv).map((f) => f.rate) : [1, 1];
    branches.soft[k] = soft!;
    branches.stiff[k] = stiff!;
    if ((k + 1) % BRANCH_PIECE === 0) yield;
  }
  return { hessian, curv, curve, branches, minimum, error0: [START[0] - minimum[0], START[1] - minimum[1]] };
}

let problem: Problem | undefined;

/** Everything that does not depend on η (computed once). */
export function getProblem(): Problem {
  problem ??= runToEnd(problemInSteps());
  return problem;
}

/** getProblem in pieces, for prepareModel: a task each. */
export function* getProblemInSteps(): InSteps<Problem> {
  problem ??= yield* problemInSteps();
  return problem;
}

/** One eigen-direction of XᵀX under the current η. */
export interface Direction {
  /** 'soft' (λ_min, almost pure intercept) or 'stiff' (λ_max, almost pure slope). */
  readonly name: 'soft' | 'stiff';
  readonly lambda: number;
  /** Unit eigenvector, sign fixed so that its larger entry is positive. */
  readonly v: readonly [number, number];
  /** 1 − ηλ: the component is multiplied by this every step. */
  readonly factor: number;
  /** The component cᵢ(1 − ηλᵢ)ᵏ for k = 0…steps, sign matching `v`. */
  readonly values: Float64Array;
}

export interface Model {
  readonly eta: number;
  readonly steps: number;
  readonly problem: Problem;
  /** [soft, stiff]. */
  readonly directions: readonly [Direction, Direction];
  /** max|1 − ηλᵢ|: the slowest direction's factor, the rate of the whole run. */
  readonly rate: number;
  /** ‖β⁽ᵏ⁾ − β̂‖ for k = 0…steps. */
  readonly errorNorm: Float64Array;
  readonly behaviour: 'converges' | 'oscillates' | 'bounces' | 'diverges';
}

const cache = lruCache<Model>({ size: 16 });

function direction(name: Direction['name'], s: ErrorSpectrum, i: number): Direction {
  const raw = s.directions[i]!;
  // Fix the sign so the picture does not depend on the eigen-solver's choice.
  const sign = Math.abs(raw[1]!) > Math.abs(raw[0]!) ? Math.sign(raw[1]!) || 1 : Math.sign(raw[0]!) || 1;
  const values = Float64Array.from(s.components[i]!, (c) => sign * c);
  return { name, lambda: s.lambdas[i]!, v: [sign * raw[0]!, sign * raw[1]!], factor: s.factors[i]!, values };
}

/** Everything the panels, summary and table show for a state. */
export function model(state: State): Model {
  return cache(`${state.eta}|${state.steps}`, () => {
    const p = getProblem();
    const t = p.curve.thresholds;
    const s = errorSpectrum(state.eta, p.hessian, p.error0, state.steps);
    const rate = convergenceFactorOf(state.eta, p.curv);
    const stiff = 1 - state.eta * t.lambdaMax;
    const behaviour = rate > 1 ? 'diverges' : stiff === -1 ? 'bounces' : stiff < 0 ? 'oscillates' : 'converges';
    return {
      eta: state.eta,
      steps: state.steps,
      problem: p,
      directions: [direction('soft', s, 0), direction('stiff', s, 1)],
      rate,
      errorNorm: s.errorNorm,
      behaviour,
    };
  });
}
