/**
 * What an optimiser needs from a loss: its value and gradient at a point.
 * Every loss in `src/core/loss/` implements this; optimisers in `src/core/optim/`
 * accept it. Points are plain arrays or typed arrays of length `dim`.
 */
export interface Objective {
  /** Number of parameters. */
  readonly dim: number;
  /** The loss at `p`. */
  value(p: ArrayLike<number>): number;
  /** The gradient at `p`, a fresh array of length `dim`. */
  gradient(p: ArrayLike<number>): Float64Array;
}

/**
 * A two-parameter loss the widgets can draw: the objective plus what a
 * figure needs to frame it.
 */
export interface Surface2D extends Objective {
  readonly dim: 2;
  /** Short id, stable in URLs (e.g. "round-bowl", "himmelblau"). */
  readonly id: string;
  /** Human-readable name. */
  readonly name: string;
  /** The formula in TeX, for captions. */
  readonly tex: string;
  /** A window that shows the interesting part of the surface. */
  readonly domain: { readonly x: readonly [number, number]; readonly y: readonly [number, number] };
  /** Known minimisers, if any, as [x, y]. */
  readonly minima: ReadonlyArray<readonly [number, number]>;
  /** f(x, y): the same as value([x, y]) without allocating. */
  f(x: number, y: number): number;
  /** Hessian at (x, y) as [[fxx, fxy], [fxy, fyy]], when it has a closed form. */
  hessian?(x: number, y: number): [[number, number], [number, number]];
}
