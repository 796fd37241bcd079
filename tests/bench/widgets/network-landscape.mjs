// Bench entry for network-landscape. Scenario 'η keys while training': "Train again", then held
// arrow keys on the learning-rate slider while the worker trains (each key restarts training;
// the page must keep answering). Scenario 'train and landscape': one full run of the default
// network (1000 steps, then the 41 × 41 landscape) with no input, recording the main thread's
// long tasks (PerformanceObserver 'longtask', > 50 ms) from the click to the finished landscape;
// it prints them on its own line, since the response table has no input to time.
import { focusSettled, pressKeys, repeat } from '../drive.mjs';

const idle = (page) =>
  page.waitForFunction(() => document.querySelector('#network-landscape [data-kit-pending]') === null, undefined, {
    timeout: 120_000,
  });

export default {
  id: 'network-landscape',
  page: 'chapters/neurons-and-networks/',
  targets: { 'η keys while training': 50 },
  scenarios: {
    async 'η keys while training'(page, widget) {
      await idle(page);
      await widget.getByRole('button', { name: 'Train again' }).click();
      const range = widget.locator('input[type="range"]').first();
      await focusSettled(page, range);
      await pressKeys(page, repeat('ArrowRight', 30));
      await idle(page);
    },
    async 'train and landscape'(page, widget) {
      await idle(page);
      await page.evaluate(() => {
        window.__longTasks = [];
        new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe(
          { type: 'longtask' },
        );
      });
      const t0 = Date.now();
      await widget.getByRole('button', { name: 'Train again' }).click();
      await page
        .waitForFunction(() => document.querySelector('#network-landscape [data-kit-pending]') !== null, undefined, {
          timeout: 5000,
        })
        .catch(() => {});
      await idle(page);
      const wall = Date.now() - t0;
      const long = await page.evaluate(() => window.__longTasks);
      const max = long.length > 0 ? Math.max(...long) : 0;
      console.log(
        `network-landscape 'train and landscape': ${wall} ms from click to finished landscape; main-thread long tasks (> 50 ms): ${long.length}, longest ${max.toFixed(0)} ms`,
      );
    },
  },
};
