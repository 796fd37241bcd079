// Benchmark: convex-vs-nonconvex. Turning one 3-D view turns both (linked), so each
// step re-projects and redraws two 30 × 30-face surfaces. Target ≤ 33 ms per rotation step.
import { dragAcross, focusSettled, pressKeys } from '../drive.mjs';

export default {
  id: 'convex-vs-nonconvex',
  page: 'chapters/loss-functions/',
  targets: { 'rotate-keys': 33, 'rotate-drag': 33 },
  scenarios: {
    async 'rotate-keys'(page, widget) {
      await focusSettled(page, widget.locator('.kit3d-rotor').first());
      await pressKeys(
        page,
        Array.from({ length: 60 }, (_, i) => (i % 12 < 9 ? 'ArrowLeft' : 'ArrowDown')),
      );
    },
    async 'rotate-drag'(page, widget) {
      await dragAcross(page, widget.locator('.kit3d-rotor').nth(1), 60, (t, box) => [
        box.x + box.width * (0.2 + 0.6 * t),
        box.y + box.height / 2 + 15 * Math.sin(t * 7.5),
      ]);
    },
  },
};
