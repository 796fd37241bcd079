/**
 * The numbers tangent-explorer draws, from the core: f(x) = 3x² − 4x + 5 (notebook recipe 004), its
 * tangent at x, and the forward difference quotient (f(x + h) − f(x))/h computed in floating
 * point exactly as a program would, so its error shows both the 3h truncation error and,
 * for tiny h, rounding error.
 */
import { forwardDifference } from '~/core/loss/difference-quotient';
import { lectureQuadratic } from '~/core/loss/quadratic-polynomial';
import { tangentLine, type TangentLine } from '~/core/loss/tangent-line';
import { lruCache } from '~/widgets/kit/lruCache';
import { H_DOMAIN, X_DOMAIN, type State } from './state';

export const f = lectureQuadratic;

/** y window of the curve panel. */
export const Y_DOMAIN: readonly [number, number] = [-10, 75];
/** Smallest error drawn on the log axis (errors that come out exactly 0 sit on this floor). */
export const ERROR_FLOOR = 1e-16;
export const ERROR_DOMAIN: readonly [number, number] = [ERROR_FLOOR, 20];

export interface XY {
  readonly x: number;
  readonly y: number;
}

const CURVE: readonly XY[] = Array.from({ length: 241 }, (_, i) => {
  const x = X_DOMAIN[0] + ((X_DOMAIN[1] - X_DOMAIN[0]) * i) / 240;
  return { x, y: f.value(x) };
});

/** f over the x window. */
export function curve(): readonly XY[] {
  return CURVE;
}

export interface At {
  readonly x: number;
  readonly fx: number;
  readonly slope: number;
  readonly tangent: TangentLine;
  readonly h: number;
  readonly x2: number;
  readonly fx2: number;
  /** (f(x + h) − f(x)) / h in floating point. */
  readonly quotient: number;
  /** quotient − f′(x). */
  readonly error: number;
}

export function at(x: number, h: number): At {
  const tangent = tangentLine(f, x);
  const quotient = forwardDifference(f.value, x, h);
  const x2 = x + h;
  return {
    x,
    fx: tangent.y0,
    slope: tangent.slope,
    tangent,
    h,
    x2,
    fx2: f.value(x2),
    quotient,
    error: quotient - tangent.slope,
  };
}

export interface ErrorPoint {
  readonly h: number;
  /** |quotient − f′(x)|, floored at ERROR_FLOOR for the log axis. */
  readonly err: number;
  /** The truncation error alone, 3h (exact for this quadratic). */
  readonly trunc: number;
}

const errorCache = lruCache<readonly ErrorPoint[]>({ size: 16 });
const SAMPLES = 217;

/** |error| of the difference quotient at x for h log-spaced over H_DOMAIN. */
export function errorCurve(x: number): readonly ErrorPoint[] {
  return errorCache(String(x), () => {
    const lo = Math.log10(H_DOMAIN[0]);
    const hi = Math.log10(H_DOMAIN[1]);
    const slope = f.derivative(x);
    return Array.from({ length: SAMPLES }, (_, i) => {
      const h = 10 ** (lo + ((hi - lo) * i) / (SAMPLES - 1));
      const err = Math.abs(forwardDifference(f.value, x, h) - slope);
      return { h, err: Math.max(ERROR_FLOOR, err), trunc: f.a * h };
    });
  });
}

/** Powers of ten of h for the data table, from 1 down to 1e−12. */
export const TABLE_HS: readonly number[] = Array.from({ length: 13 }, (_, k) => 10 ** -k);

/** What the panels, summary and table show for a state: the values at x for the step h. */
export function model(state: State): At {
  return at(state.x, state.h);
}
