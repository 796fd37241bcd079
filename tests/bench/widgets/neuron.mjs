// Bench entry for neuron: a drag of the w₁ slider (every input recomputes the 41 × 41 map, its
// bands and the 0.5 line) and held arrow keys on the bias slider.
import { dragSlider, focusSettled, pressKeys, repeat } from '../drive.mjs';

export default {
  id: 'neuron',
  page: 'chapters/neurons-and-networks/',
  scenarios: {
    async 'slider drag (w₁)'(page, widget) {
      await dragSlider(page, widget.locator('input[type="range"]').first(), 80, 0.3, 0.9);
    },
    async 'arrow keys (b)'(page, widget) {
      const range = widget.locator('input[type="range"]').nth(2);
      await focusSettled(page, range);
      await pressKeys(page, repeat('ArrowRight', 40));
    },
  },
};
