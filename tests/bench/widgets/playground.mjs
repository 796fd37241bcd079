// Bench entry for the playground: typing in the formula field, one character at a time at a
// real key-repeat rate, and a start drag (paths only).
//
// - typing in the formula: "0", Backspace, … after "100" in the default Rosenbrock (100 ↔ 1000):
//   every key leaves a formula that reads, but only two formulas alternate, so the page's caches
//   answer most keys (the paths' LRU; before the map moved to a worker, the map's too).
// - typing new digits: ".", then digits after "100" (100.1, 100.12, …): every key is a formula
//   not seen before, so every key costs a new map (worker) and new paths (main thread, after the
//   keystroke's frame): what a student typing a formula gets.
//
// Both typing scenarios also measure, per keystroke (the issue's "typing a character →
// redrawn map"), returned as scenario measures:
//   - echo frame: from the start of the first frame after the keystroke to that frame painted
//     (the frame that shows the typed character; the map may still be the previous one), and
//     the same from the key's dispatch (includes the wait for that frame to begin);
//   - new map: from the key's dispatch to the frame that paints a map at least as new as the
//     formula typed (the worker's round trip included). A key whose map is overtaken by the next
//     key's before it arrives is answered by that newer map.
import { dragAcross, focusSettled, pressKeys, thereAndBack } from '../drive.mjs';

/** In the page: records the echo frame and the new map of every keystroke in the formula field. */
function recordTyping() {
  const fig = document.querySelector('#playground [data-kit-figure="map"]');
  // Layer 1 is the map (contours, greyed cells): Plot draws it anew, or its marks get new
  // geometry in place; its figure's label names the formula drawn.
  const mapLayer = fig.querySelectorAll(':scope > .kit-layer')[1];
  const labelled = fig.matches('[aria-label]') ? fig : fig.querySelector('[aria-label]');
  const rec = { echo: [], echoFromDispatch: [], newMap: [], waiting: [] };
  window.__typing = rec;
  const bench = window.__bench;
  let lastKey = 0;
  addEventListener('keydown', () => (lastKey = performance.now()), true);
  addEventListener(
    'input',
    (e) => {
      if (!(e.target instanceof HTMLInputElement) || !e.target.matches('.pg-formula-input')) return;
      const h = lastKey || performance.now();
      rec.waiting.push({ h, value: e.target.value });
      requestAnimationFrame(() => {
        const start = performance.now();
        bench.whenPainted((t) => {
          rec.echo.push(t - Math.max(h, Math.min(start, bench.frameNow)));
          rec.echoFromDispatch.push(t - h);
          // A key typed back to the formula whose map is on screen (its map kept, not redrawn).
          for (const k of answered()) rec.newMap.push(t - k.h);
        });
      });
    },
    true,
  );
  /** The keys the map on screen answers: the last whose formula it draws, and every earlier one. */
  const answered = () => {
    const m = /^Contour map of f\(x, y\) = (.*) with \d+ descent paths?\./.exec(labelled.getAttribute('aria-label'));
    let last = -1;
    if (m) rec.waiting.forEach((k, i) => k.value === m[1] && (last = i));
    return rec.waiting.splice(0, last + 1);
  };
  new MutationObserver(() => {
    const keys = answered();
    if (keys.length > 0) bench.whenPainted((t) => keys.forEach((k) => rec.newMap.push(t - k.h)));
  }).observe(mapLayer, { childList: true, subtree: true, attributes: true });
}

/** Presses `keys` with the caret after "100" in the default formula; returns the typing measures. */
async function typeAfter100(page, widget, keys) {
  const input = widget.locator('.pg-formula-input');
  await focusSettled(page, input);
  // Caret after "100" in "(1 - x)^2 + 100*(y - x^2)^2".
  await input.evaluate((el) => el.setSelectionRange(15, 15));
  await page.evaluate(recordTyping);
  await pressKeys(page, keys);
  await page.waitForFunction(() => window.__typing.waiting.length === 0, null, { timeout: 5000 }).catch(() => {});
  await page.waitForTimeout(100);
  const r = await page.evaluate(() => window.__typing);
  return {
    'echo frame: frame start → painted (ms)': r.echo,
    'echo frame: key dispatched → painted (ms)': r.echoFromDispatch,
    'new map: key dispatched → painted (ms)': r.newMap,
    'keys whose map never came': [r.waiting.length],
  };
}

export default {
  id: 'playground',
  page: 'playground/',
  targets: { 'typing in the formula': 16, 'typing new digits': 16, 'start drag': 16 },
  scenarios: {
    async 'typing in the formula'(page, widget) {
      const keys = [];
      for (let i = 0; i < 40; i++) keys.push('0', 'Backspace');
      return typeAfter100(page, widget, keys);
    },
    async 'typing new digits'(page, widget) {
      const keys = ['.'];
      for (let i = 1; i < 80; i++) keys.push(String(i % 10));
      return typeAfter100(page, widget, keys);
    },
    async 'start drag'(page, widget) {
      await dragAcross(page, widget.locator('[data-kit-figure="map"]'), 80, (t, box) => {
        const f = thereAndBack(t);
        return [box.x + 70 + f * (box.width - 120), box.y + 40 + 0.3 * f * (box.height - 90)];
      });
    },
  },
};
