// Bench entry for gradient-field: a pointer drag of the probe across the contour plot (only
// the probe layer redraws) and a toggle of the arrow style (the arrow-field layer redraws).
export default {
  id: 'gradient-field',
  page: 'chapters/derivatives-and-gradients/',
  scenarios: {
    async 'probe drag'(page, widget) {
      const box = await widget.locator('[data-kit-figure="field"]').boundingBox();
      const x0 = box.x + 60;
      const y0 = box.y + 30;
      await page.mouse.move(x0, y0);
      await page.mouse.down();
      for (let i = 0; i <= 120; i++) {
        const f = i <= 60 ? i / 60 : 2 - i / 60;
        await page.mouse.move(x0 + f * (box.width - 90), y0 + f * (box.height - 80));
      }
      await page.mouse.up();
    },
    async 'arrow style toggle'(page, widget) {
      const sw = widget.getByRole('switch', { name: 'Arrows of equal length' });
      for (let i = 0; i < 20; i++) await sw.click();
    },
  },
};
