import type { ExprNode } from './ast';

/**
 * A parsed formula ready to evaluate. `value` computes f alone (for maps); `evaluate` computes
 * f and its exact gradient by forward-mode automatic differentiation: every intermediate
 * quantity u carries (u, ∂u/∂x, ∂u/∂y) — a dual number with two tangents — and each operation
 * applies its own derivative rule, so the gradient is exact up to rounding (no finite steps).
 */
export interface CompiledFormula {
  /** f(x, y). */
  value(x: number, y: number): number;
  /** Writes f(x, y), ∂f/∂x, ∂f/∂y into out[0], out[1], out[2]. */
  evaluate(x: number, y: number, out: { [k: number]: number }): void;
  /** Whether f depends on x, on y (after folding constants). */
  readonly usesX: boolean;
  readonly usesY: boolean;
}

type Value = (x: number, y: number) => number;

/**
 * c·t, except that a zero tangent contributes zero even where c is not finite: ∂(√y)/∂x at
 * y = 0 is 0, not 0·∞ = NaN.
 */
const times = (c: number, t: number): number => (t === 0 ? 0 : c * t);

/** Replaces every operation whose operands are all numbers by its value. */
function fold(node: ExprNode): ExprNode {
  switch (node.kind) {
    case 'number':
    case 'variable':
      return node;
    case 'negate': {
      const arg = fold(node.arg);
      return arg.kind === 'number' ? { kind: 'number', value: -arg.value } : { kind: 'negate', arg };
    }
    case 'unary-call': {
      const arg = fold(node.arg);
      return arg.kind === 'number' ? { kind: 'number', value: node.fn.f(arg.value) } : { ...node, arg };
    }
    case 'binary': {
      const left = fold(node.left);
      const right = fold(node.right);
      const folded = { ...node, left, right };
      return left.kind === 'number' && right.kind === 'number'
        ? { kind: 'number', value: valueOf(folded)(0, 0) }
        : folded;
    }
    case 'extremum': {
      const args = node.args.map(fold);
      const folded = { ...node, args };
      return args.every((a) => a.kind === 'number') ? { kind: 'number', value: valueOf(folded)(0, 0) } : folded;
    }
  }
}

/** A closure per node computing its value only. */
function valueOf(node: ExprNode): Value {
  switch (node.kind) {
    case 'number': {
      const c = node.value;
      return () => c;
    }
    case 'variable':
      return node.index === 0 ? (x) => x : (_x, y) => y;
    case 'negate': {
      const a = valueOf(node.arg);
      return (x, y) => -a(x, y);
    }
    case 'unary-call': {
      const a = valueOf(node.arg);
      const f = node.fn.f;
      return (x, y) => f(a(x, y));
    }
    case 'binary':
      return binaryValue(node);
    case 'extremum': {
      const parts = node.args.map(valueOf);
      const pick = node.which === 'min' ? Math.min : Math.max;
      return (x, y) => {
        let best = parts[0]!(x, y);
        for (let k = 1; k < parts.length; k++) best = pick(best, parts[k]!(x, y));
        return best;
      };
    }
  }
}

function binaryValue(node: Extract<ExprNode, { kind: 'binary' }>): Value {
  const a = valueOf(node.left);
  const b = valueOf(node.right);
  switch (node.op) {
    case '+':
      return (x, y) => a(x, y) + b(x, y);
    case '-':
      return (x, y) => a(x, y) - b(x, y);
    case '*':
      return (x, y) => a(x, y) * b(x, y);
    case '/':
      return (x, y) => a(x, y) / b(x, y);
    case '^':
      if (node.right.kind === 'number' && node.right.value === 2) {
        return (x, y) => {
          const u = a(x, y);
          return u * u;
        };
      }
      return (x, y) => Math.pow(a(x, y), b(x, y));
  }
}

/**
 * The gradient program: nodes in evaluation order, each a closure that reads its operands'
 * slots in three Float64Arrays (value, ∂/∂x, ∂/∂y) and writes its own. Slots 0 and 1 hold x
 * and y; number slots are filled once here.
 */
function gradientProgram(root: ExprNode): {
  steps: Array<() => void>;
  v: Float64Array;
  gx: Float64Array;
  gy: Float64Array;
  result: number;
} {
  const steps: Array<() => void> = [];
  const constants: Array<[number, number]> = [];
  let slots = 2;
  const place = (node: ExprNode): number => {
    if (node.kind === 'variable') return node.index;
    if (node.kind === 'number') {
      constants.push([slots, node.value]);
      return slots++;
    }
    let emit: (k: number) => () => void;
    switch (node.kind) {
      case 'negate': {
        const a = place(node.arg);
        emit = (k) => () => {
          v[k] = -v[a]!;
          gx[k] = -gx[a]!;
          gy[k] = -gy[a]!;
        };
        break;
      }
      case 'unary-call': {
        const a = place(node.arg);
        const { f, d } = node.fn;
        emit = (k) => () => {
          const A = v[a]!;
          const V = f(A);
          v[k] = V;
          const D = d(A, V);
          gx[k] = times(D, gx[a]!);
          gy[k] = times(D, gy[a]!);
        };
        break;
      }
      case 'extremum': {
        const args = node.args.map(place);
        const less = node.which === 'min';
        emit = (k) => () => {
          // The selected argument's tangents (the first one on ties); NaN if any argument is NaN, like Math.min.
          let best = args[0]!;
          let nan = Number.isNaN(v[best]!);
          for (let m = 1; m < args.length; m++) {
            const c = args[m]!;
            if (Number.isNaN(v[c]!)) nan = true;
            else if (less ? v[c]! < v[best]! : v[c]! > v[best]!) best = c;
          }
          v[k] = nan ? NaN : v[best]!;
          gx[k] = nan ? NaN : gx[best]!;
          gy[k] = nan ? NaN : gy[best]!;
        };
        break;
      }
      case 'binary': {
        const a = place(node.left);
        const b = place(node.right);
        switch (node.op) {
          case '+':
            emit = (k) => () => {
              v[k] = v[a]! + v[b]!;
              gx[k] = gx[a]! + gx[b]!;
              gy[k] = gy[a]! + gy[b]!;
            };
            break;
          case '-':
            emit = (k) => () => {
              v[k] = v[a]! - v[b]!;
              gx[k] = gx[a]! - gx[b]!;
              gy[k] = gy[a]! - gy[b]!;
            };
            break;
          case '*':
            emit = (k) => () => {
              const A = v[a]!;
              const B = v[b]!;
              v[k] = A * B;
              gx[k] = times(B, gx[a]!) + times(A, gx[b]!);
              gy[k] = times(B, gy[a]!) + times(A, gy[b]!);
            };
            break;
          case '/':
            emit = (k) => () => {
              const A = v[a]!;
              const B = v[b]!;
              const Q = A / B;
              v[k] = Q;
              gx[k] = (gx[a]! - times(Q, gx[b]!)) / B;
              gy[k] = (gy[a]! - times(Q, gy[b]!)) / B;
            };
            break;
          case '^':
            if (node.right.kind === 'number') {
              // Power rule with a fixed exponent: d(u^c) = c·u^(c−1)·du (and 0 for c = 0, even at u = 0).
              const c = node.right.value;
              emit = (k) => () => {
                const A = v[a]!;
                v[k] = c === 2 ? A * A : Math.pow(A, c);
                const D = c === 0 ? 0 : c === 2 ? 2 * A : c * Math.pow(A, c - 1);
                gx[k] = times(D, gx[a]!);
                gy[k] = times(D, gy[a]!);
              };
            } else {
              // d(u^w) = w·u^(w−1)·du + u^w·ln(u)·dw; the second term is 0 where u^w = 0.
              emit = (k) => () => {
                const A = v[a]!;
                const B = v[b]!;
                const V = Math.pow(A, B);
                v[k] = V;
                const Du = B === 0 ? 0 : B * Math.pow(A, B - 1);
                const Dw = V === 0 ? 0 : V * Math.log(A);
                gx[k] = times(Du, gx[a]!) + times(Dw, gx[b]!);
                gy[k] = times(Du, gy[a]!) + times(Dw, gy[b]!);
              };
            }
            break;
        }
        break;
      }
    }
    const k2 = slots++;
    steps.push(emit(k2));
    return k2;
  };
  const result = place(root);
  const v = new Float64Array(slots);
  const gx = new Float64Array(slots);
  const gy = new Float64Array(slots);
  gx[0] = 1;
  gy[1] = 1;
  for (const [k, c] of constants) v[k] = c;
  return { steps, v, gx, gy, result };
}

function uses(node: ExprNode, index: 0 | 1): boolean {
  switch (node.kind) {
    case 'number':
      return false;
    case 'variable':
      return node.index === index;
    case 'negate':
    case 'unary-call':
      return uses(node.arg, index);
    case 'binary':
      return uses(node.left, index) || uses(node.right, index);
    case 'extremum':
      return node.args.some((a) => uses(a, index));
  }
}

/** Compiles a parsed formula (see CompiledFormula). */
export function compileFormula(ast: ExprNode): CompiledFormula {
  const root = fold(ast);
  const value = valueOf(root);
  const { steps, v, gx, gy, result } = gradientProgram(root);
  const n = steps.length;
  return {
    value,
    evaluate(x, y, out) {
      v[0] = x;
      v[1] = y;
      for (let s = 0; s < n; s++) steps[s]!();
      out[0] = v[result]!;
      out[1] = gx[result]! + 0; // + 0 turns −0 into 0, which nobody wants to read
      out[2] = gy[result]! + 0;
    },
    usesX: uses(root, 0),
    usesY: uses(root, 1),
  };
}
