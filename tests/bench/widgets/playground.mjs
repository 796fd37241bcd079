// Bench entry for the playground: typing in the formula field, one character at a time at a
// real key-repeat rate. Every keystroke here leaves a formula that reads (100 ↔ 1000 in the
// default Rosenbrock), so each one reparses f, resamples the 120 × 120 map, recomputes its
// contour levels and lines and the arrows, and reruns both 2000-step paths: the issue's
// "typing a character → redrawn map". A start drag (paths only) is the second scenario.
import { dragAcross, focusSettled, pressKeys, thereAndBack } from '../drive.mjs';

export default {
  id: 'playground',
  page: 'playground/',
  targets: { 'typing in the formula': 16, 'start drag': 16 },
  scenarios: {
    async 'typing in the formula'(page, widget) {
      const input = widget.locator('.pg-formula-input');
      await focusSettled(page, input);
      // Caret after "100" in "(1 - x)^2 + 100*(y - x^2)^2".
      await input.evaluate((el) => el.setSelectionRange(15, 15));
      const keys = [];
      for (let i = 0; i < 40; i++) keys.push('0', 'Backspace');
      await pressKeys(page, keys);
    },
    async 'start drag'(page, widget) {
      await dragAcross(page, widget.locator('[data-kit-figure="map"]'), 80, (t, box) => {
        const f = thereAndBack(t);
        return [box.x + 70 + f * (box.width - 120), box.y + 40 + 0.3 * f * (box.height - 90)];
      });
    },
  },
};
