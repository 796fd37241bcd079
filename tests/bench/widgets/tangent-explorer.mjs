// Bench entry for tangent-explorer: a pointer drag of x along the curve (overlays of both
// panels, and the error curve, which depends on x) and a drag of the log-h slider.
export default {
  id: 'tangent-explorer',
  page: 'chapters/derivatives-and-gradients/',
  scenarios: {
    async 'point drag (x)'(page, widget) {
      const box = await widget.locator('[data-kit-figure="curve"]').boundingBox();
      const y = box.y + box.height / 2;
      await page.mouse.move(box.x + 60, y);
      await page.mouse.down();
      for (let i = 0; i <= 120; i++) {
        const f = i <= 60 ? i / 60 : 2 - i / 60;
        await page.mouse.move(box.x + 60 + f * (box.width - 90), y);
      }
      await page.mouse.up();
    },
    async 'slider drag (log h)'(page, widget) {
      const box = await widget.locator('input[type="range"]').nth(1).boundingBox();
      const y = box.y + box.height / 2;
      await page.mouse.move(box.x + box.width * 0.9, y);
      await page.mouse.down();
      for (let i = 0; i <= 80; i++) {
        const f = i <= 40 ? i / 40 : 2 - i / 40;
        await page.mouse.move(box.x + box.width * (0.9 - 0.8 * f), y);
      }
      await page.mouse.up();
    },
  },
};
