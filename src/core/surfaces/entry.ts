import { CoreError } from '../errors';
import type { Window2D } from '../geometry/window';
import type { Surface2D } from '../loss/objective';
import { makeSurface2D, type SurfaceFormula } from '../loss/surface-2d';

/** A rectangle of the (x, y) plane: x ∈ [x[0], x[1]], y ∈ [y[0], y[1]]. */
export type SurfaceWindow = Window2D;

/** A point where the gradient is zero, with the value there. */
export interface CriticalPoint {
  readonly x: number;
  readonly y: number;
  readonly f: number;
}

/** A known minimum; `global` when no known minimum is lower (to 1e-9 relative). */
export interface KnownMinimum extends CriticalPoint {
  readonly global: boolean;
}

/**
 * One entry of the surface catalogue: a Surface2D (f, value, gradient, id, name, tex, domain,
 * minima as [x, y] pairs) plus what a playground or a basin map needs.
 */
export interface CatalogueSurface extends Surface2D {
  /**
   * The formula as a student would type it, in the playground's grammar: numbers, x, y,
   * + − * / ^ (right-associative), parentheses, pi, and sin cos tan exp log sqrt abs tanh
   * min max pow. No "f(x, y) =" in front.
   */
  readonly formula: string;
  /** The default window: the same rectangle as `domain`. */
  readonly window: SurfaceWindow;
  /**
   * The known critical points inside the window. `minima[i]` is `minima` of the Surface2D
   * (same order, so a basin label i names both); global minima are flagged.
   */
  readonly criticalPoints: {
    readonly minima: readonly KnownMinimum[];
    readonly saddles: readonly CriticalPoint[];
    readonly maxima: readonly CriticalPoint[];
  };
  /** Other ids this surface was known by (old URLs map through `resolveSurfaceId`). */
  readonly aliases: readonly string[];
  /** ∇f at (x, y) as [fx, fy]: `gradient([x, y])` without the array or the dimension check. */
  grad(x: number, y: number): [number, number];
  hessian(x: number, y: number): [[number, number], [number, number]];
}

export interface CatalogueMeta {
  readonly id: string;
  readonly name: string;
  readonly formula: string;
  readonly tex: string;
  readonly window: SurfaceWindow;
  readonly minima: ReadonlyArray<readonly [number, number]>;
  readonly saddles?: ReadonlyArray<readonly [number, number]>;
  readonly maxima?: ReadonlyArray<readonly [number, number]>;
  readonly aliases?: readonly string[];
}

/**
 * Builds a catalogue entry: validates the window, evaluates f at the critical points, flags the
 * global minima. The critical points are worked out when the entry's `minima` or
 * `criticalPoints` is first read, so a meta whose points are themselves worked out on first read
 * (Rastrigin's getters) costs nothing when the catalogue loads; a meta with its points as data
 * is checked at once.
 */
export function defineSurface(
  meta: CatalogueMeta,
  formula: SurfaceFormula & Required<Pick<SurfaceFormula, 'hessian'>>,
): CatalogueSurface {
  if (meta.formula.trim().length === 0) throw new CoreError('invalid', `surface ${meta.id} needs a plain-text formula`);
  const minimaOf = (): CatalogueMeta['minima'] => {
    const minima = meta.minima;
    if (minima.length === 0) throw new CoreError('empty', `surface ${meta.id} needs at least one known minimum`);
    return minima;
  };
  if ('value' in (Object.getOwnPropertyDescriptor(meta, 'minima') ?? {})) minimaOf();
  const surface = makeSurface2D(
    { id: meta.id, name: meta.name, tex: meta.tex, domain: meta.window, minima: [] },
    formula,
  );
  let critical: CatalogueSurface['criticalPoints'] | undefined;
  const criticalPoints = (): CatalogueSurface['criticalPoints'] => {
    if (critical !== undefined) return critical;
    const at = ([x, y]: readonly [number, number]): CriticalPoint => ({ x, y, f: formula.f(x, y) });
    const minima = minimaOf().map(at);
    const lowest = Math.min(...minima.map((m) => m.f));
    const slack = 1e-9 * (1 + Math.abs(lowest));
    critical = {
      minima: minima.map((m) => ({ ...m, global: m.f <= lowest + slack })),
      saddles: (meta.saddles ?? []).map(at),
      maxima: (meta.maxima ?? []).map(at),
    };
    return critical;
  };
  const entry = {
    ...surface,
    grad: formula.grad,
    hessian: formula.hessian,
    formula: meta.formula,
    window: meta.window,
    aliases: meta.aliases ?? [],
  };
  return Object.defineProperties(entry, {
    minima: { get: minimaOf, enumerable: true },
    criticalPoints: { get: criticalPoints, enumerable: true },
  }) as typeof entry & Pick<CatalogueSurface, 'minima' | 'criticalPoints'>;
}
