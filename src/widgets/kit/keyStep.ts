/** Keyboard → movement of a draggable value, for sliders and 2-D points alike. */

export type KeyMove =
  | { readonly kind: 'step'; readonly dx: number; readonly dy: number }
  | { readonly kind: 'to'; readonly to: 'min' | 'max' };

/**
 * The move a key asks for, in steps (×10 with Shift or PageUp/PageDown), or
 * null when the key is not ours. For a 1-D value (`'x'`) ↑/↓ move x too.
 */
export function keyToMove(key: string, shift: boolean, kind: 'x' | 'xy'): KeyMove | null {
  const big = shift ? 10 : 1;
  switch (key) {
    case 'ArrowRight':
      return { kind: 'step', dx: big, dy: 0 };
    case 'ArrowLeft':
      return { kind: 'step', dx: -big, dy: 0 };
    case 'ArrowUp':
      return kind === 'x' ? { kind: 'step', dx: big, dy: 0 } : { kind: 'step', dx: 0, dy: big };
    case 'ArrowDown':
      return kind === 'x' ? { kind: 'step', dx: -big, dy: 0 } : { kind: 'step', dx: 0, dy: -big };
    case 'PageUp':
      return kind === 'x' ? { kind: 'step', dx: 10, dy: 0 } : { kind: 'step', dx: 0, dy: 10 };
    case 'PageDown':
      return kind === 'x' ? { kind: 'step', dx: -10, dy: 0 } : { kind: 'step', dx: 0, dy: -10 };
    case 'Home':
      return kind === 'x' ? { kind: 'to', to: 'min' } : null;
    case 'End':
      return kind === 'x' ? { kind: 'to', to: 'max' } : null;
    default:
      return null;
  }
}
