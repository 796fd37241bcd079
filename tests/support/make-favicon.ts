// Draws the site's icons from public/favicon.svg: `npx node --experimental-strip-types
// tests/support/make-favicon.ts`. Headless Chromium (playwright-core, as for the og:image)
// rasterises the drawing to the PNGs in FAVICONS, which are committed: the build copies them and
// never needs a browser. Run again after changing favicon.svg.
//
// Why PNGs: a browser fetches a page's icon through the page's own renderer, and an SVG icon is
// decoded there as a document of its own, on the main thread while the page loads (17–43 ms at
// full speed in Lighthouse's traces of the playground, every page alike; docs/benchmarks.md).
// A PNG this small decodes in well under a millisecond.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const { FAVICONS } = await import('../../src/utils/favicons.ts');
const { launchChromium } = await import('./chromium.ts');

const publicDir = new URL('../../public/', import.meta.url);
const svg = readFileSync(new URL('favicon.svg', publicDir), 'utf8');
// A phone's home screen rounds an icon's corners itself and shows transparent ones black: that
// icon is drawn on the colour of the drawing's rounded square.
const squareFill = /<rect[^>]*fill="(#[0-9a-f]{3,6})"/i.exec(svg)?.[1];
if (!squareFill) throw new Error('favicon.svg: no filled <rect> to take the background colour from');
const browser = await launchChromium();
try {
  for (const icon of FAVICONS) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size }, deviceScaleFactor: 1 });
    const sized = svg.replace('<svg ', `<svg width="${icon.size}" height="${icon.size}" style="display:block" `);
    const background = icon.rel === 'apple-touch-icon' ? squareFill : 'transparent';
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:${background}">${sized}</body></html>`,
    );
    const png = await page.screenshot({
      type: 'png',
      omitBackground: icon.rel !== 'apple-touch-icon',
      clip: { x: 0, y: 0, width: icon.size, height: icon.size },
    });
    const out = fileURLToPath(new URL(icon.path.slice(1), publicDir));
    writeFileSync(out, png);
    console.log(`${out}: ${icon.size} × ${icon.size}, ${png.length} bytes`);
    await page.close();
  }
} finally {
  await browser.close();
}
