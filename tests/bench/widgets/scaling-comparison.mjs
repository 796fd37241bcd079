// Benchmark: drag the start across the scaled panel (~60 inputs); each input maps the start
// to both panels, reruns the four drawn paths (300 steps each) and redraws the paths layers;
// the steps to the tolerance (up to ~200,000 quadratic steps on the raw panel) are recounted
// after that frame (useDeferred), so the response measured is the paths' frame.
import { dragAcross, thereAndBack } from '../drive.mjs';

export default {
  id: 'scaling-comparison',
  page: 'chapters/feature-scaling/',
  async drive(page, widget) {
    const fig = widget.locator('[data-kit-figure="scaled-map"]');
    await fig.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
    await page.waitForTimeout(200);
    await dragAcross(page, fig, 60, (t, box) => [
      box.x + box.width * (0.3 + 0.4 * thereAndBack(t)),
      box.y + box.height * (0.4 + 0.2 * Math.sin(t * 6)),
    ]);
  },
};
