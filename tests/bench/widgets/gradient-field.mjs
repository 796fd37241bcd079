// Bench entry for gradient-field: a pointer drag of the probe across the contour plot (only
// the probe layer redraws) and a toggle of the arrow style (the arrow-field layer redraws).
import { dragAcross, thereAndBack } from '../drive.mjs';

export default {
  id: 'gradient-field',
  page: 'chapters/derivatives-and-gradients/',
  scenarios: {
    async 'probe drag'(page, widget) {
      await dragAcross(page, widget.locator('[data-kit-figure="field"]'), 120, (t, box) => {
        const f = thereAndBack(t);
        return [box.x + 60 + f * (box.width - 90), box.y + 30 + f * (box.height - 80)];
      });
    },
    async 'arrow style toggle'(page, widget) {
      const sw = widget.getByRole('switch', { name: 'Arrows of equal length' });
      for (let i = 0; i < 20; i++) await sw.click();
    },
  },
};
