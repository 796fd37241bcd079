// Benchmark, two scenarios.
// - probe: drag the single start across the basin map (~60 inputs); each input reruns one
//   descent path on the main thread and redraws the path layer (2-D interaction, p95 ≤ 16 ms).
// - map: change η with the keyboard (10 presses on the η slider); each press starts a new
//   64 × 64 basin map (4,096 runs) in the worker. Measured besides the response: the time from
//   the last press to the complete map, and the longest main-thread task while it computes
//   (PerformanceObserver 'longtask', which reports tasks over 50 ms) — printed as a line of
//   its own.
import { dragAcross, focusSettled, pressKeys, repeat } from '../drive.mjs';

export default {
  id: 'multi-start',
  page: 'chapters/complex-surfaces/',
  targets: { probe: 16, map: 16 },
  scenarios: {
    async probe(page, widget) {
      const fig = widget.locator('[data-kit-figure="basins"]');
      await fig.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
      await page.waitForTimeout(500);
      await dragAcross(page, fig, 60, (t, box) => [
        box.x + box.width * (0.15 + 0.7 * t),
        box.y + box.height * (0.5 + 0.3 * Math.sin(t * 6)),
      ]);
    },
    async map(page, widget) {
      await page.evaluate(() => {
        window.__longTasks = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) window.__longTasks.push(e.duration);
        }).observe({ type: 'longtask', buffered: false });
      });
      const eta = widget.locator('.kit-slider input[type="range"]').first();
      await eta.scrollIntoViewIfNeeded();
      await focusSettled(page, eta);
      await pressKeys(page, repeat('ArrowRight', 10));
      const t0 = await page.evaluate(() => performance.now());
      await page.waitForFunction(
        () => /done\./.test(document.querySelector('#multi-start .ms-status')?.textContent ?? ''),
        null,
        { timeout: 30_000 },
      );
      const t1 = await page.evaluate(() => performance.now());
      const longest = await page.evaluate(() => Math.max(0, ...window.__longTasks));
      console.log(
        `multi-start map: complete ${(t1 - t0).toFixed(0)} ms after the last key press; longest main-thread task ${longest.toFixed(0)} ms (0 = none over 50 ms)`,
      );
    },
  },
};
