// Benchmark: scrub the shared iteration with the arrow keys and by dragging the scrubber
// (~60 inputs each); every input redraws the six paths up to that iteration and the cursor
// on the loss chart (the runs themselves are not recomputed).
import { dragSlider, focusSettled, pressKeys, repeat } from '../drive.mjs';

export default {
  id: 'optimizer-race',
  page: 'chapters/complex-surfaces/',
  scenarios: {
    async scrub(page, widget) {
      await dragSlider(page, widget.locator('.or-player input[type="range"]'), 60, 0.05, 0.6);
    },
    async keys(page, widget) {
      const range = widget.locator('.or-player input[type="range"]');
      await range.scrollIntoViewIfNeeded();
      await focusSettled(page, range);
      await page.keyboard.press('Home');
      await pressKeys(page, repeat('ArrowRight', 60));
    },
  },
};
