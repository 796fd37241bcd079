// Bench entry for loss-surface-explorer: a pointer drag of (b, w) across the contour plot
// (overlays of all four panels redraw: point, line + 80 residuals, two cross-sections) and a
// drag of the b slider.
export default {
  id: 'loss-surface-explorer',
  page: 'chapters/loss-surface/',
  scenarios: {
    async 'point drag (b, w)'(page, widget) {
      const box = await widget.locator('[data-kit-figure="surface"]').boundingBox();
      const x0 = box.x + 60;
      const y0 = box.y + box.height - 70;
      await page.mouse.move(x0, y0);
      await page.mouse.down();
      for (let i = 0; i <= 120; i++) {
        const f = i <= 60 ? i / 60 : 2 - i / 60; // there and back, diagonally
        await page.mouse.move(x0 + f * (box.width - 100), y0 - f * (box.height - 110));
      }
      await page.mouse.up();
    },
    async 'slider drag (b)'(page, widget) {
      const range = widget.locator('input[type="range"]').first();
      await range.scrollIntoViewIfNeeded();
      const box = await range.boundingBox();
      const y = box.y + box.height / 2;
      await page.mouse.move(box.x + box.width * 0.2, y);
      await page.mouse.down();
      for (let i = 0; i <= 80; i++) {
        const f = i <= 40 ? i / 40 : 2 - i / 40;
        await page.mouse.move(box.x + box.width * (0.2 + 0.6 * f), y);
      }
      await page.mouse.up();
    },
  },
};
