import { CoreError } from '../errors';
import { assertWindow } from '../geometry/window';
import type { Surface2D } from './objective';
import { assertDim } from './point';

/** What describes a two-parameter surface besides its formula. */
export interface SurfaceMeta {
  readonly id: string;
  readonly name: string;
  readonly tex: string;
  readonly domain: { readonly x: readonly [number, number]; readonly y: readonly [number, number] };
  readonly minima: ReadonlyArray<readonly [number, number]>;
}

/** The formula of a surface: f, its gradient and (optionally) its Hessian, all in (x, y). */
export interface SurfaceFormula {
  f(x: number, y: number): number;
  grad(x: number, y: number): [number, number];
  hessian?(x: number, y: number): [[number, number], [number, number]];
}

/** Throws unless a domain is a finite, non-empty rectangle (x0 < x1, y0 < y1). */
export function assertDomain(domain: SurfaceMeta['domain'], what = 'domain'): void {
  assertWindow(domain, what);
}

/**
 * Builds a Surface2D from a formula in (x, y) and its description. value/gradient take a
 * point [x, y] (what optimisers use); f takes the two numbers (what grids use).
 */
export function makeSurface2D(meta: SurfaceMeta, formula: SurfaceFormula): Surface2D {
  if (meta.id.length === 0) throw new CoreError('invalid', 'a surface needs a non-empty id');
  assertDomain(meta.domain, `domain of ${meta.id}`);
  const { f, grad, hessian } = formula;
  const surface: Surface2D = {
    dim: 2,
    id: meta.id,
    name: meta.name,
    tex: meta.tex,
    domain: meta.domain,
    minima: meta.minima,
    f,
    value(p) {
      assertDim(p, 2);
      return f(p[0]!, p[1]!);
    },
    gradient(p) {
      assertDim(p, 2);
      const [gx, gy] = grad(p[0]!, p[1]!);
      return Float64Array.of(gx, gy);
    },
  };
  return hessian === undefined ? surface : { ...surface, hessian };
}
