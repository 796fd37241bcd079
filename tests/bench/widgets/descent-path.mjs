// Benchmark: drag the start of the descent across the round bowl's map (~60 inputs); each
// input recomputes the 15-step path and redraws the path and player layers.
export default {
  id: 'descent-path',
  page: 'chapters/gradient-descent/',
  async drive(page, widget) {
    const fig = widget.locator('[data-kit-figure="map"]');
    // the widget is taller than the window: bring the figure itself to the middle first
    await fig.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
    await page.waitForTimeout(200);
    const box = await fig.boundingBox();
    const y0 = box.y + box.height * 0.5;
    await page.mouse.move(box.x + box.width * 0.15, y0);
    await page.mouse.down();
    for (let i = 0; i <= 60; i++) {
      await page.mouse.move(box.x + box.width * (0.15 + (0.7 * i) / 60), y0 + box.height * 0.3 * Math.sin(i / 10));
    }
    await page.mouse.up();
  },
};
