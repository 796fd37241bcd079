// Bench entry for loss-and-gradient-1d: a pointer drag of w across the loss
// panel (overlay layers only) and a drag of the x slider (every layer).
import { dragAcross, dragSlider, thereAndBack } from '../drive.mjs';

export default {
  id: 'loss-and-gradient-1d',
  page: 'chapters/loss-functions/',
  scenarios: {
    async 'point drag (w)'(page, widget) {
      await dragAcross(page, widget.locator('[data-kit-figure="loss"]'), 120, (t, box) => [
        box.x + 60 + thereAndBack(t) * (box.width - 90),
        box.y + box.height / 2,
      ]);
    },
    async 'slider drag (x)'(page, widget) {
      await dragSlider(page, widget.locator('input[type="range"]').nth(1), 80, 0.75, 0.15);
    },
  },
};
