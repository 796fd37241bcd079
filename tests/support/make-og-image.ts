// Draws the social preview image: `node --experimental-strip-types tests/support/make-og-image.ts`
// (Node ≥ 22.6; through npm's Node: `npx node --experimental-strip-types …`). The picture is
// src/utils/og-image-svg.ts (the core draws the contours and descent paths); headless Chromium
// (playwright-core, as the browser tests use it) rasterises it to public/og-image.png, which is
// committed: the build copies it and never needs a browser. Run again after changing the picture.
import { writeFileSync } from 'node:fs';
import { register } from 'node:module';
import { fileURLToPath } from 'node:url';

// The core's imports are extension-less: the benchmarks' resolve hook makes Node find them.
register('../bench/core-resolve.mjs', import.meta.url);

const { socialImageSvg } = await import('../../src/utils/og-image-svg.ts');
const { OG_IMAGE } = await import('../../src/utils/og-image.ts');
const { launchChromium } = await import('./chromium.ts');

const out = fileURLToPath(new URL(`../../public${OG_IMAGE.path}`, import.meta.url));
const browser = await launchChromium();
try {
  const page = await browser.newPage({
    viewport: { width: OG_IMAGE.width, height: OG_IMAGE.height },
    deviceScaleFactor: 1,
  });
  await page.setContent(`<!doctype html><html><body style="margin:0">${socialImageSvg()}</body></html>`);
  const png = await page.screenshot({
    type: 'png',
    clip: { x: 0, y: 0, width: OG_IMAGE.width, height: OG_IMAGE.height },
  });
  writeFileSync(out, png);
  console.log(`${out}: ${OG_IMAGE.width} × ${OG_IMAGE.height}, ${(png.length / 1024).toFixed(0)} KB`);
} finally {
  await browser.close();
}
