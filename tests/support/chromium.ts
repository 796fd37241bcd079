/**
 * Finds and launches the system Chromium for the end-to-end tests (and the og:image drawing).
 * Playwright's own browser download cannot work on these machines, so we drive Debian's
 * Chromium through playwright-core: its headless shell (package chromium-headless-shell) when
 * it is installed, else the full browser in headless mode. The shell is Chromium's own build
 * for automation (Blink, V8 and the compositor without the browser's windowing layers; what
 * Playwright itself runs headless by default): the e2e tests cost about a fifth less CPU in it
 * (docs/benchmarks.md). The benchmarks keep the full browser, which is what students run.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = [
  '/usr/bin/chromium-headless-shell',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/** Path of a Chromium binary, or undefined. CHROMIUM_PATH wins when set. */
export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((p) => existsSync(p));
}

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
