// Benchmark: drag the start of the descent across the round bowl's map (~60 inputs); each
// input recomputes the 15-step path and redraws the path and player layers.
import { dragAcross } from '../drive.mjs';

export default {
  id: 'descent-path',
  page: 'chapters/gradient-descent/',
  async drive(page, widget) {
    const fig = widget.locator('[data-kit-figure="map"]');
    await fig.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
    await page.waitForTimeout(200);
    await dragAcross(page, fig, 60, (t, box) => [
      box.x + box.width * (0.15 + 0.7 * t),
      box.y + box.height * (0.5 + 0.3 * Math.sin(t * 6)),
    ]);
  },
};
