// Bench entry for step-size-spectrum: a pointer drag of η along the factor curve and a drag of
// the η slider. Each input recomputes the two error components (cached per η) and redraws both
// component panels and the η marker; the factor curve itself is a cached background layer.
import { dragAcross, dragSlider, thereAndBack } from '../drive.mjs';

export default {
  id: 'step-size-spectrum',
  page: 'chapters/learning-rate/',
  targets: { 'curve drag (η)': 16, 'slider drag (η)': 16 },
  scenarios: {
    async 'curve drag (η)'(page, widget) {
      await dragAcross(page, widget.locator('[data-kit-figure="factor"]'), 120, (t, box) => [
        box.x + 60 + thereAndBack(t) * (box.width - 90),
        box.y + box.height / 2,
      ]);
    },
    async 'slider drag (η)'(page, widget) {
      await dragSlider(page, widget.locator('input[type="range"]').first(), 80, 0.2, 0.9);
    },
  },
};
