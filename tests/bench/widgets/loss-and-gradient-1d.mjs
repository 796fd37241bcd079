// Bench entry for loss-and-gradient-1d: a pointer drag of w across the loss
// panel (overlay layers only) and a drag of the x slider (every layer).
export default {
  id: 'loss-and-gradient-1d',
  page: 'chapters/loss-functions/',
  scenarios: {
    async 'point drag (w)'(page, widget) {
      const box = await widget.locator('[data-kit-figure="loss"]').boundingBox();
      const y = box.y + box.height / 2;
      await page.mouse.move(box.x + 60, y);
      await page.mouse.down();
      for (let i = 0; i <= 120; i++) {
        const f = i <= 60 ? i / 60 : 2 - i / 60; // there and back
        await page.mouse.move(box.x + 60 + f * (box.width - 90), y);
      }
      await page.mouse.up();
    },
    async 'slider drag (x)'(page, widget) {
      const box = await widget.locator('input[type="range"]').nth(1).boundingBox();
      const y = box.y + box.height / 2;
      await page.mouse.move(box.x + box.width * 0.75, y);
      await page.mouse.down();
      for (let i = 0; i <= 80; i++) {
        const f = i <= 40 ? i / 40 : 2 - i / 40;
        await page.mouse.move(box.x + box.width * (0.75 - 0.6 * f), y);
      }
      await page.mouse.up();
    },
  },
};
