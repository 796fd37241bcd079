/**
 * The only names a formula can use. A name resolves through this fixed Map and nothing else:
 * no object property is ever read with text from the formula, so `constructor`, `__proto__`
 * or `toString` are unknown names like any other. Every function here is differentiable
 * almost everywhere; at the points where it is not (abs and relu at 0, sqrt at 0, log at 0 …)
 * the derivative given is a one-sided one or is not finite, and the playground masks
 * non-finite points.
 */
export interface UnaryFunction {
  readonly kind: 'unary';
  /** The value. */
  readonly f: (a: number) => number;
  /** The derivative at `a`, given the value `v` = f(a) (often cheaper from v). */
  readonly d: (a: number, v: number) => number;
  readonly doc: string;
}

export type NameEntry =
  | { readonly kind: 'variable'; readonly index: 0 | 1; readonly doc: string }
  | { readonly kind: 'constant'; readonly value: number; readonly doc: string }
  | UnaryFunction
  | { readonly kind: 'pow'; readonly doc: string }
  | { readonly kind: 'min' | 'max'; readonly doc: string };

/** Numerically stable logistic function 1 / (1 + e^(−a)). */
export function sigmoid(a: number): number {
  if (a >= 0) return 1 / (1 + Math.exp(-a));
  const e = Math.exp(a);
  return e / (1 + e);
}

/** Numerically stable softplus ln(1 + e^a). */
export function softplus(a: number): number {
  return Math.max(a, 0) + Math.log1p(Math.exp(-Math.abs(a)));
}

const unary = (f: (a: number) => number, d: (a: number, v: number) => number, doc: string): UnaryFunction => ({
  kind: 'unary',
  f,
  d,
  doc,
});

const log = unary(Math.log, (a) => 1 / a, 'natural logarithm ln a (not finite for a ≤ 0)');

const entries: ReadonlyArray<readonly [string, NameEntry]> = [
  ['x', { kind: 'variable', index: 0, doc: 'the first coordinate' }],
  ['y', { kind: 'variable', index: 1, doc: 'the second coordinate' }],
  ['pi', { kind: 'constant', value: Math.PI, doc: 'π = 3.14159…' }],
  ['e', { kind: 'constant', value: Math.E, doc: "Euler's number e = 2.71828…" }],
  ['sin', unary(Math.sin, (a) => Math.cos(a), 'sine (radians)')],
  ['cos', unary(Math.cos, (a) => -Math.sin(a), 'cosine (radians)')],
  ['tan', unary(Math.tan, (_a, v) => 1 + v * v, 'tangent (radians)')],
  ['asin', unary(Math.asin, (a) => 1 / Math.sqrt(1 - a * a), 'inverse sine, for −1 ≤ a ≤ 1')],
  ['acos', unary(Math.acos, (a) => -1 / Math.sqrt(1 - a * a), 'inverse cosine, for −1 ≤ a ≤ 1')],
  ['atan', unary(Math.atan, (a) => 1 / (1 + a * a), 'inverse tangent')],
  ['sinh', unary(Math.sinh, (a) => Math.cosh(a), 'hyperbolic sine')],
  ['cosh', unary(Math.cosh, (a) => Math.sinh(a), 'hyperbolic cosine')],
  ['tanh', unary(Math.tanh, (_a, v) => 1 - v * v, 'hyperbolic tangent')],
  ['exp', unary(Math.exp, (_a, v) => v, 'e to the power a')],
  ['log', log],
  ['ln', log],
  ['log10', unary(Math.log10, (a) => 1 / (a * Math.LN10), 'base-10 logarithm')],
  ['log2', unary(Math.log2, (a) => 1 / (a * Math.LN2), 'base-2 logarithm')],
  ['sqrt', unary(Math.sqrt, (_a, v) => 0.5 / v, 'square root (its slope is not finite at 0)')],
  ['abs', unary(Math.abs, (a) => (a > 0 ? 1 : a < 0 ? -1 : 0), 'absolute value |a| (slope 0 taken at a = 0)')],
  ['sigmoid', unary(sigmoid, (_a, v) => v * (1 - v), 'logistic function 1 / (1 + e^(−a))')],
  ['softplus', unary(softplus, (a) => sigmoid(a), 'smooth ReLU ln(1 + e^a)')],
  [
    'relu',
    unary(
      (a) => (a > 0 ? a : 0),
      (a) => (a > 0 ? 1 : 0),
      'max(a, 0) (slope 0 taken at a = 0)',
    ),
  ],
  ['pow', { kind: 'pow', doc: 'pow(a, b) = a^b' }],
  ['min', { kind: 'min', doc: 'the smallest of two or more arguments' }],
  ['max', { kind: 'max', doc: 'the largest of two or more arguments' }],
];

const table: ReadonlyMap<string, NameEntry> = new Map(entries);

/** The entry for `name`, or undefined: a Map lookup, never a property read. */
export function lookupName(name: string): NameEntry | undefined {
  return table.get(name);
}

/** Every allowed name with what it is, in a stable order (for help text and docs). */
export function allowedNames(): ReadonlyArray<{
  readonly name: string;
  readonly kind: NameEntry['kind'];
  readonly doc: string;
}> {
  return entries.map(([name, entry]) => ({ name, kind: entry.kind, doc: entry.doc }));
}
