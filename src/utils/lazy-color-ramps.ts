/**
 * Vite plugin for the build: d3-scale-chromatic (which Plot imports whole, for its named colour
 * schemes) builds 31 colour interpolators when it is imported: 27 B-spline ramps through a
 * scheme's colours (`ramp$1(scheme)`, each parsing its colours and fitting three splines) and
 * four 256-colour tables (`ramp(colors("…"))`: viridis, magma, inferno, plasma). That is 15–20 ms
 * of the task that evaluates a page's widget code at 4× CPU slowdown (docs/benchmarks.md,
 * "Hydration"), for schemes our figures never use: they set their colours themselves. The
 * plugin has each interpolator built on its first call instead. Same colours; the build fails if
 * the module no longer reads as expected (a new d3-scale-chromatic: look again).
 */
import type { Plugin } from 'vite';
import { moduleRewrite } from './module-rewrite';

/** A B-spline ramp through a scheme's colours, as d3-scale-chromatic 3.1 writes its 27. */
const SPLINE_RAMP = /^var (\w+) = ramp\$1\((scheme(?:\$\w+)?)\);$/gm;
/** A 256-colour table, as it writes its four. */
const TABLE_RAMP = /^var (\w+) = ramp\((colors\("[0-9a-f]+"\))\);$/gm;

/** How many of each the installed version has; another count means another version. */
export const SPLINE_RAMPS = 27;
export const TABLE_RAMPS = 4;

/** Put before the first interpolator: makes one on its first call, then calls it. */
export const LAZY_INTERPOLATOR = `function lazyInterpolator(make) {
  var interpolate;
  return function(t) {
    return (interpolate || (interpolate = make()))(t);
  };
}
`;

const SCALE_CHROMATIC = /[\\/]d3-scale-chromatic[\\/]dist[\\/]d3-scale-chromatic\.mjs$/;

/**
 * d3-scale-chromatic's module with every interpolator made on first use; throws if the module
 * reads otherwise.
 */
export function lazyRampsSource(code: string): string {
  const splines = code.match(SPLINE_RAMP)?.length ?? 0;
  const tables = code.match(TABLE_RAMP)?.length ?? 0;
  const first = code.indexOf('var ramp$1 = ');
  if (splines !== SPLINE_RAMPS || tables !== TABLE_RAMPS || first < 0) {
    throw new Error(
      `lazy-color-ramps: d3-scale-chromatic no longer builds its interpolators as this plugin expects (${splines} spline ramps, ${tables} tables); check whether it still builds them when imported and update src/utils/lazy-color-ramps.ts`,
    );
  }
  return (code.slice(0, first) + LAZY_INTERPOLATOR + '\n' + code.slice(first))
    .replace(SPLINE_RAMP, 'var $1 = lazyInterpolator(() => ramp$$1($2));')
    .replace(TABLE_RAMP, 'var $1 = lazyInterpolator(() => ramp($2));');
}

export function lazyColorRamps(): Plugin {
  return moduleRewrite('downhill:lazy-color-ramps', SCALE_CHROMATIC, lazyRampsSource);
}
