// Makes sure a Chromium for the browser tests exists. On a fresh Debian
// machine where we are root, installs Debian's chromium-headless-shell (the
// tests' browser: tests/support/chromium.ts) and chromium (the benchmarks')
// packages; Playwright's own browser download cannot reach the network here.
// Prints the path the tests will use.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Where the tests look for a browser, the headless shell first. */
const CANDIDATES = [
  '/usr/bin/chromium-headless-shell',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/** Path of the tests' Chromium (CHROMIUM_PATH wins when it exists), or undefined. */
export function findChromium() {
  return [process.env.CHROMIUM_PATH, ...CANDIDATES].find((p) => p && existsSync(p));
}

export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log("Chromium not found: installing Debian's chromium-headless-shell and chromium packages with apt-get …");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium-headless-shell', 'chromium'], { stdio: 'inherit', env });
    const installed = findChromium();
    if (installed) return installed;
  }
  throw new Error(
    'The browser tests need Chromium. Install it (Debian/Ubuntu: sudo apt-get install -y chromium-headless-shell) ' +
      'or point CHROMIUM_PATH at a Chromium or Chrome binary.',
  );
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(ensureChromium());
