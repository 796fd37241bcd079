/**
 * The numbers both panels draw, from the core's one-weight squared loss:
 * the sampled curves (cached per data point) and the values at w.
 */
import { oneWeightSquaredLoss, type OneWeightSquaredLoss } from '~/core/loss/one-weight';
import { tangentLine, type TangentLine } from '~/core/loss/tangent-line';
import { lruCache } from '~/widgets/kit/lruCache';
import { W_DOMAIN, type State } from './state';

export interface CurvePoint {
  readonly w: number;
  readonly loss: number;
  readonly slope: number;
}

export interface Curves {
  readonly fn: OneWeightSquaredLoss;
  readonly points: readonly CurvePoint[];
  /** y domains that hold the whole curves (with a margin). */
  readonly lossDomain: readonly [number, number];
  readonly slopeDomain: readonly [number, number];
  /** The minimiser y/x when it lies inside the w axis, else null. */
  readonly minimiser: number | null;
}

const SAMPLES = 201;
const cache = lruCache<Curves>({ size: 8 });

/**
 * [lo, hi] with a margin, more of it above: the read-out sits at the top centre, and when every
 * slope is negative the zero line and the bar from it run along the top (8% put them under it).
 */
function pad(lo: number, hi: number): [number, number] {
  if (!(hi > lo)) return [lo - 1, hi + 1];
  const m = (hi - lo) * 0.08;
  return [lo - m, hi + 2.5 * m];
}

/** Curves of L(w) = (w·x − y)² and dL/dw over the w axis. */
export function curves(x: number, y: number): Curves {
  return cache(`${x},${y}`, () => {
    const fn = oneWeightSquaredLoss(x, y);
    const [a, b] = W_DOMAIN;
    const points: CurvePoint[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      const w = a + ((b - a) * i) / (SAMPLES - 1);
      points.push({ w, loss: fn.value(w), slope: fn.derivative(w) });
    }
    const lossMax = Math.max(...points.map((p) => p.loss));
    const slopes = points.map((p) => p.slope);
    const lossDomain: [number, number] = lossMax > 0 ? [0, lossMax * 1.08] : [0, 1];
    const m = fn.minimiser;
    return {
      fn,
      points,
      lossDomain,
      slopeDomain: pad(Math.min(0, ...slopes), Math.max(0, ...slopes)),
      minimiser: m !== null && m >= a && m <= b ? m : null,
    };
  });
}

export interface AtW {
  readonly w: number;
  readonly loss: number;
  readonly slope: number;
  readonly tangent: TangentLine;
  /** Which way a gradient-descent step moves w: +1 right, −1 left, 0 not at all. */
  readonly direction: -1 | 0 | 1;
}

/** Values at the current w. */
export function at(c: Curves, w: number): AtW {
  const tangent = tangentLine(c.fn, w);
  const slope = tangent.slope;
  const direction = Math.abs(slope) < 1e-9 ? 0 : slope > 0 ? -1 : 1;
  return { w, loss: tangent.y0, slope, tangent, direction };
}

export interface Model {
  readonly curves: Curves;
  readonly at: AtW;
}

/** Everything the panels, summary and table show for a state. */
export function model(state: State): Model {
  const c = curves(state.x, state.y);
  return { curves: c, at: at(c, state.w) };
}
