import type { NameEntry, UnaryFunction } from './names';

/** The parsed formula. Constants are already numbers; names are already resolved. */
export type ExprNode =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'variable'; readonly index: 0 | 1 }
  | { readonly kind: 'negate'; readonly arg: ExprNode }
  | {
      readonly kind: 'binary';
      readonly op: '+' | '-' | '*' | '/' | '^';
      readonly left: ExprNode;
      readonly right: ExprNode;
    }
  | { readonly kind: 'unary-call'; readonly name: string; readonly fn: UnaryFunction; readonly arg: ExprNode }
  | {
      readonly kind: 'extremum';
      readonly which: Extract<NameEntry['kind'], 'min' | 'max'>;
      readonly args: readonly ExprNode[];
    };
