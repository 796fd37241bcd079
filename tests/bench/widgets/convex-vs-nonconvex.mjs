// Benchmark: convex-vs-nonconvex. Turning one 3-D view turns both (linked), so each
// step re-projects and redraws two 30 × 30-face surfaces. Target ≤ 33 ms per rotation step.
export default {
  id: 'convex-vs-nonconvex',
  page: 'chapters/loss-functions/',
  scenarios: {
    async 'rotate-keys'(page, widget) {
      const rotor = widget.locator('.kit3d-rotor').first();
      await rotor.focus();
      for (let i = 0; i < 60; i++) await page.keyboard.press(i % 12 < 9 ? 'ArrowLeft' : 'ArrowDown');
    },
    async 'rotate-drag'(page, widget) {
      const box = await widget.locator('.kit3d-rotor').nth(1).boundingBox();
      const y = box.y + box.height / 2;
      await page.mouse.move(box.x + box.width * 0.2, y);
      await page.mouse.down();
      for (let i = 0; i <= 60; i++) await page.mouse.move(box.x + box.width * (0.2 + (0.6 * i) / 60), y + 15 * Math.sin(i / 8));
      await page.mouse.up();
    },
  },
};
