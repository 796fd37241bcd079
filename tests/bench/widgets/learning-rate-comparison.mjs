// Benchmark: drag η along the zone strip (~60 inputs): each input moves the η marker and
// re-classifies it (the runs' maps and loss curves are cached and not redrawn).
export default {
  id: 'learning-rate-comparison',
  page: 'chapters/learning-rate/',
  async drive(page, widget) {
    const fig = widget.locator('[data-kit-figure="zones"]');
    // the widget is taller than the window: bring the figure itself to the middle first
    await fig.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
    await page.waitForTimeout(200);
    const box = await fig.boundingBox();
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width * 0.1, y);
    await page.mouse.down();
    for (let i = 0; i <= 60; i++) await page.mouse.move(box.x + box.width * (0.1 + (0.8 * i) / 60), y);
    await page.mouse.up();
  },
};
