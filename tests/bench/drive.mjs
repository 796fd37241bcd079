// Input drivers shared by the widget bench entries (tests/bench/widgets/*.mjs).

/**
 * Keys are pressed at most this often: 30 per second, the fastest common
 * default key-repeat rate (Windows' maximum; X11 defaults to 25/s, macOS to
 * fewer). Pressing them back to back instead would measure a queue of
 * keystrokes no keyboard produces, not the widget.
 */
export const KEY_REPEAT_MS = 33;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Presses `keys` in order, one every KEY_REPEAT_MS (or slower if a press takes longer). */
export async function pressKeys(page, keys) {
  for (const key of keys) {
    const t = Date.now();
    await page.keyboard.press(key);
    const left = KEY_REPEAT_MS - (Date.now() - t);
    if (left > 0) await sleep(left);
  }
}

/**
 * Focuses `locator` and waits until the page stops scrolling: focus scrolls the
 * element into view, smoothly (the site sets scroll-behavior: smooth), and the
 * repaint of every frame of that scroll would otherwise land in the measurements.
 */
export async function focusSettled(page, locator) {
  await locator.focus();
  await page.evaluate(
    () =>
      new Promise((done) => {
        let last = window.scrollY;
        let still = 0;
        const tick = () => {
          still = window.scrollY === last ? still + 1 : 0;
          last = window.scrollY;
          if (still >= 10) done();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
}

/** `n` copies of `key`. */
export const repeat = (key, n) => Array.from({ length: n }, () => key);

/**
 * A mouse drag through `n + 1` points: press at path(0), move through
 * path(i / n) for i = 1…n, release. `path(t)` returns page coordinates.
 * Moves are sent back to back: Chromium coalesces pointer moves into one
 * event per frame, as it does for a real mouse.
 */
export async function drag(page, n, path) {
  const [x0, y0] = path(0);
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  for (let i = 1; i <= n; i++) {
    const [x, y] = path(i / n);
    await page.mouse.move(x, y);
  }
  await page.mouse.up();
}

/** 0 → 1 → 0 as t goes 0 → 1 (a drag there and back). */
export const thereAndBack = (t) => (t <= 0.5 ? 2 * t : 2 - 2 * t);

/** Drags across the element matched by `locator` along `path(t, box)`. */
export async function dragAcross(page, locator, n, path) {
  const box = await locator.boundingBox();
  if (!box) throw new Error('dragAcross: element has no box');
  await drag(page, n, (t) => path(t, box));
}

/** Drags a horizontal slider's thumb between fractions `from` and `to` of its width, there and back. */
export async function dragSlider(page, range, n, from, to) {
  await range.scrollIntoViewIfNeeded();
  await dragAcross(page, range, n, (t, box) => [
    box.x + box.width * (from + (to - from) * thereAndBack(t)),
    box.y + box.height / 2,
  ]);
}
