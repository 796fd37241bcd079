// Benchmark: regression-descent.
//  - scrub: 60 key presses on the iteration scrubber; each redraws the overlay layer of
//    all four linked views (path on contours, log-loss marker, fitted line, path on the 3-D
//    surface). Target p95 ≤ 16 ms.
//  - rotate-keys: 60 arrow-key turns of the 3-D view; each re-projects, depth-sorts and
//    redraws the surface and the path. Target ≤ 33 ms per rotation step.
//  - rotate-drag: a 60-move mouse drag across the 3-D view (same work per move).
import { dragAcross, focusSettled, pressKeys, repeat } from '../drive.mjs';

export default {
  id: 'regression-descent',
  page: 'chapters/regression-descent/',
  scenarios: {
    async scrub(page, widget) {
      await focusSettled(page, widget.locator('.kit-player input[type="range"]'));
      await pressKeys(page, [...repeat('ArrowLeft', 30), ...repeat('PageDown', 30)]);
    },
    async 'rotate-keys'(page, widget) {
      await focusSettled(page, widget.locator('.kit3d-rotor'));
      await pressKeys(
        page,
        Array.from({ length: 60 }, (_, i) => (i % 12 < 9 ? 'ArrowRight' : 'ArrowUp')),
      );
    },
    async 'rotate-drag'(page, widget) {
      await dragAcross(page, widget.locator('.kit3d-rotor'), 60, (t, box) => [
        box.x + box.width * (0.2 + 0.6 * t),
        box.y + box.height / 2 + 20 * Math.sin(t * 7.5),
      ]);
    },
  },
  targets: { 'rotate-keys': 33, 'rotate-drag': 33 },
};
