// Bench entry for loss-surface-explorer: a pointer drag of (b, w) across the contour plot
// (overlays of all four panels redraw: point, line + 80 residuals, two cross-sections) and a
// drag of the b slider.
import { dragAcross, dragSlider, thereAndBack } from '../drive.mjs';

export default {
  id: 'loss-surface-explorer',
  page: 'chapters/loss-surface/',
  scenarios: {
    async 'point drag (b, w)'(page, widget) {
      await dragAcross(page, widget.locator('[data-kit-figure="surface"]'), 120, (t, box) => {
        const f = thereAndBack(t); // there and back, diagonally
        return [box.x + 60 + f * (box.width - 100), box.y + box.height - 70 - f * (box.height - 110)];
      });
    },
    async 'slider drag (b)'(page, widget) {
      await dragSlider(page, widget.locator('input[type="range"]').first(), 80, 0.2, 0.8);
    },
  },
};
