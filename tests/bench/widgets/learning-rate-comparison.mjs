// Benchmark: drag η along the zone strip (~60 inputs): each input moves the η marker and
// re-classifies it (the runs' maps and loss curves are cached and not redrawn).
import { dragAcross } from '../drive.mjs';

export default {
  id: 'learning-rate-comparison',
  page: 'chapters/learning-rate/',
  async drive(page, widget) {
    const fig = widget.locator('[data-kit-figure="zones"]');
    await fig.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
    await page.waitForTimeout(200);
    await dragAcross(page, fig, 60, (t, box) => [box.x + box.width * (0.1 + 0.8 * t), box.y + box.height / 2]);
  },
};
