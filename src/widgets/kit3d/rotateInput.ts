/**
 * How keys and drags turn a 3-D view. "Grab the box" semantics: drag right
 * and the near side of the box follows the pointer to the right; drag down
 * and its top tilts towards you (a higher elevation).
 */
import { nudgeView, type View } from '~/core/project/camera';

/** Degrees per arrow-key press; Shift multiplies by 3, PageUp/PageDown tilt by 15. */
export const KEY_STEP = 5;

/** The view after a key press, or null when the key does not rotate. `home` is the view Home returns to. */
export function viewAfterKey(view: View, key: string, shift: boolean, home: View): View | null {
  const s = shift ? 3 * KEY_STEP : KEY_STEP;
  switch (key) {
    case 'ArrowRight':
      return nudgeView(view, -s, 0);
    case 'ArrowLeft':
      return nudgeView(view, s, 0);
    case 'ArrowUp':
      return nudgeView(view, 0, s);
    case 'ArrowDown':
      return nudgeView(view, 0, -s);
    case 'PageUp':
      return nudgeView(view, 0, 3 * KEY_STEP);
    case 'PageDown':
      return nudgeView(view, 0, -3 * KEY_STEP);
    case 'Home':
      return nudgeView(home, 0, 0);
    default:
      return null;
  }
}

/** The view after dragging by (dx, dy) CSS pixels on a figure `width` × `height` pixels. */
export function viewAfterDrag(view: View, dx: number, dy: number, width: number, height: number): View {
  const w = Math.max(100, width);
  const h = Math.max(100, height);
  return nudgeView(view, (-dx * 180) / w, (dy * 90) / h);
}
