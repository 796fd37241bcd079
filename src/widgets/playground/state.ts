/**
 * URL state of the playground: the formula the student typed (text, untrusted), the window,
 * the common start of the paths, and up to four paths, each an optimiser with its
 * hyper-parameters (lists aligned by index). Default: Rosenbrock's valley, plain gradient
 * descent against Adam from (−1.5, 2).
 */
import { bool, choice, int, list, num, schema, text, type StateOf } from '~/widgets/kit/urlState';
import { DEFAULT_LIMITS } from '~/core/expr';

export const WIDGET_ID = 'playground';

export const OPTIMIZERS = [
  'gradient-descent',
  'momentum',
  'nesterov',
  'adagrad',
  'rmsprop',
  'adam',
  'backtracking',
] as const;
export type OptimizerChoice = (typeof OPTIMIZERS)[number];
export const OPTIMIZER_NAMES: Record<OptimizerChoice, string> = {
  'gradient-descent': 'Gradient descent',
  momentum: 'Momentum',
  nesterov: 'Nesterov',
  adagrad: 'AdaGrad',
  rmsprop: 'RMSProp',
  adam: 'Adam',
  backtracking: 'Line search (Armijo)',
};

export const DEFAULT_FORMULA = '(1 - x)^2 + 100*(y - x^2)^2';
export const MAX_PATHS = 4;
/** Coordinates the window may reach: far enough for any sensible function, finite for every computation. */
export const COORD_LIMIT = 1e4;

const coord = (d: number) => num({ default: d, min: -COORD_LIMIT, max: COORD_LIMIT, precision: 4 });
export const etaField = num({ default: 0.001, min: 1e-6, max: 10, precision: 3, scale: 'log' });
export const muField = num({ default: 0.9, min: 0, max: 0.999, digits: 3 });
export const rhoField = num({ default: 0.999, min: 0, max: 0.9999, digits: 4 });

export const stateSchema = schema({
  f: text({ default: DEFAULT_FORMULA, maxLength: DEFAULT_LIMITS.maxLength }),
  x0: coord(-2),
  x1: coord(2),
  y0: coord(-1),
  y1: coord(3),
  sx: coord(-1.5),
  sy: coord(2),
  opt: list(choice({ default: 'gradient-descent', options: OPTIMIZERS }), {
    default: ['gradient-descent', 'adam'],
    maxLength: MAX_PATHS,
  }),
  eta: list(etaField, { default: [0.001, 0.05], maxLength: MAX_PATHS }),
  mu: list(muField, { default: [0.9, 0.9], maxLength: MAX_PATHS }),
  rho: list(rhoField, { default: [0.999, 0.999], maxLength: MAX_PATHS }),
  steps: int({ default: 2000, min: 1, max: 10_000 }),
  arrows: bool({ default: true }),
  basins: bool({ default: false }),
});

export type State = StateOf<typeof stateSchema>;
