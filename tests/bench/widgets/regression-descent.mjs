// Benchmark: regression-descent.
//  - scrub: 60 arrow-key steps on the iteration scrubber; each redraws the overlay layer of
//    all four linked views (path on contours, log-loss marker, fitted line, path on the 3-D
//    surface). Target p95 ≤ 16 ms.
//  - rotate-keys: 60 arrow-key turns of the 3-D view; each re-projects, depth-sorts and
//    redraws the 30 × 30-face surface and the path. Target ≤ 33 ms per rotation step.
//  - rotate-drag: a 60-move mouse drag across the 3-D view (same work per move).
export default {
  id: 'regression-descent',
  page: 'chapters/regression-descent/',
  scenarios: {
    async scrub(page, widget) {
      const range = widget.locator('.kit-player input[type="range"]');
      await range.focus();
      for (let i = 0; i < 60; i++) await page.keyboard.press(i < 30 ? 'ArrowLeft' : 'PageDown');
    },
    async 'rotate-keys'(page, widget) {
      const rotor = widget.locator('.kit3d-rotor');
      await rotor.focus();
      for (let i = 0; i < 60; i++) await page.keyboard.press(i % 12 < 9 ? 'ArrowRight' : 'ArrowUp');
    },
    async 'rotate-drag'(page, widget) {
      const box = await widget.locator('.kit3d-rotor').boundingBox();
      const y = box.y + box.height / 2;
      await page.mouse.move(box.x + box.width * 0.2, y);
      await page.mouse.down();
      for (let i = 0; i <= 60; i++) await page.mouse.move(box.x + box.width * (0.2 + (0.6 * i) / 60), y + 20 * Math.sin(i / 8));
      await page.mouse.up();
    },
  },
};
