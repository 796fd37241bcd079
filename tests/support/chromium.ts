/**
 * Finds and launches the system Chromium for the end-to-end tests (and the og:image drawing).
 * Playwright's own browser download cannot work on these machines, so we drive Debian's
 * Chromium through playwright-core: its headless shell (package chromium-headless-shell) when
 * it is installed, else the full browser in headless mode. The shell is Chromium's own build
 * for automation (Blink, V8 and the compositor without the browser's windowing layers; what
 * Playwright itself runs headless by default): the e2e tests cost a quarter to a third less
 * CPU in it (docs/benchmarks.md). The benchmarks keep the full browser, which students run.
 * The candidate paths live in ensure-chromium.mjs, which `npm test` runs before any test.
 */
import { chromium, type Browser } from 'playwright-core';
import { findChromium } from './ensure-chromium.mjs';

/** Path of a Chromium binary (the headless shell first), or undefined. CHROMIUM_PATH wins when set. */
export { findChromium };

/** Flags that keep Chromium quiet on a machine with no outside network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  // The site scrolls smoothly (global.css), so every Tab to a control off screen and every click
  // Playwright scrolls to animated the page through everything between, each frame drawn anew:
  // 0.5 CPU-s a jump on the glossary, against 0.03 at once (docs/benchmarks.md, Test suite,
  // session 24). No test looks at a scroll in flight; they all wait for where it ends.
  '--disable-smooth-scrolling',
];

export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error(
      'No Chromium found. Install it (Debian: apt-get install -y chromium-headless-shell) or set CHROMIUM_PATH.',
    );
  }
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}
