// Bench entry for tangent-explorer: a pointer drag of x along the curve (overlays of both
// panels, and the error curve, which depends on x) and a drag of the log-h slider.
import { dragAcross, dragSlider, thereAndBack } from '../drive.mjs';

export default {
  id: 'tangent-explorer',
  page: 'chapters/derivatives-and-gradients/',
  scenarios: {
    async 'point drag (x)'(page, widget) {
      await dragAcross(page, widget.locator('[data-kit-figure="curve"]'), 120, (t, box) => [
        box.x + 60 + thereAndBack(t) * (box.width - 90),
        box.y + box.height / 2,
      ]);
    },
    async 'slider drag (log h)'(page, widget) {
      await dragSlider(page, widget.locator('input[type="range"]').nth(1), 80, 0.9, 0.1);
    },
  },
};
