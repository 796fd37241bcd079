// Frame benchmark (npm run bench:frames): what one frame costs on a chapter page at 4× CPU
// slowdown, for changes from the smallest to a figure's first drawing, so that the hydration
// benchmark's tasks can be read against the page's own floor.
//
// Headless Chromium on a phone's screen (412 × 823 at ratio 2.625) loads a chapter, waits until its
// widget is hydrated and drawn, slows the CPU 4× and then makes each change below, in turn, RUNS
// times, with its target scrolled into the middle of the screen first (untraced). Each change is
// traced until 500 ms after it, and its cost is the longest main-thread task of CPU time in that
// trace (trace.mjs): the frame that draws it. Changes, from the least work to the most:
//   - a paragraph's colour (paint only, in a block of the article: its own paint layer);
//   - the colour of the widget's summary (paint only, in the widget);
//   - one character added to the summary (a line laid out again, then painted);
//   - a figure's first layer (axes, grid, its marks) replaced by a copy of itself: the same
//     elements, new to the browser, styled, laid out and painted, as in a figure's first drawing.
// The medians (a 4×-throttled frame varies by half from one run to the next here), the range,
// and the median of each rendering phase. Figures go to docs/benchmarks.md ("Hydration").
// Needs a built site:
//   BASE_PATH=/downhill/ npm run build && npm run bench:frames
// FRAMES_PAGE, FRAMES_WIDGET (its id) and FRAMES_FIGURE (its data-kit-figure) choose another
// figure (default: regression-descent's loss figure); FRAMES_RUNS=n (default 15).
import { rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serveSite } from '../support/server.mjs';
import { benchChromium, distDir, PHONE, requireBuilt } from './bench-site.mjs';
import { median } from './stats.mjs';
import { cpu, readTrace, tasksOf } from './trace.mjs';

requireBuilt(distDir);
const chromePath = benchChromium();
if (!chromePath) throw new Error('No Chromium (apt-get install -y chromium, or set CHROMIUM_PATH)');

const PAGE = process.env.FRAMES_PAGE ?? 'chapters/regression-descent/';
const WIDGET = process.env.FRAMES_WIDGET ?? 'regression-descent';
const FIGURE = process.env.FRAMES_FIGURE ?? 'loss';
const RUNS = Math.max(1, Number(process.env.FRAMES_RUNS ?? 15) || 15);
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel'];
const PHASES = ['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit'];
const traceFile = join(tmpdir(), `downhill-frames-${process.pid}.json`);

/** The changes: a name, the element scrolled to before it, and the change (run in the page). */
const CHANGES = [
  { name: "a paragraph's colour", target: 'paragraph', change: 'colour' },
  { name: "the widget summary's colour", target: 'summary', change: 'colour' },
  { name: 'one character added to the summary', target: 'summary', change: 'character' },
  { name: "a figure's first layer replaced by a copy", target: 'figure', change: 'copy' },
];

/**
 * In the page: finds the element a change is made to (the paragraph just before the widget, its
 * summary, or its figure), then scrolls it into the middle of the screen (`change` null) or makes
 * the change. Whether the element was found.
 */
function act({ widget, figure, target, change }) {
  const w = document.getElementById(widget);
  let el;
  if (target === 'summary') el = w?.querySelector('[data-kit="summary"]');
  else if (target === 'figure') el = w?.querySelector(`[data-kit-figure="${figure}"]`);
  else {
    el = w?.closest('astro-island')?.previousElementSibling;
    while (el && el.tagName !== 'P') el = el.previousElementSibling;
  }
  if (!el) return false;
  if (change === null) el.scrollIntoView({ block: 'center', behavior: 'instant' });
  if (change === 'colour') el.style.color = el.style.color === 'red' ? 'blue' : 'red';
  if (change === 'character') el.append('.');
  if (change === 'copy') {
    const layer = el.querySelector('.kit-layer');
    layer.replaceChildren(layer.firstElementChild.cloneNode(true));
  }
  return true;
}

const site = await serveSite({ dir: distDir, base: '/downhill/', maxAge: 600 });
const browser = await chromium.launch({ executablePath: chromePath, args: ['--no-sandbox', '--disable-gpu'] });
const version = browser.version();
const results = CHANGES.map(() => ({ ms: [], phases: Object.fromEntries(PHASES.map((p) => [p, []])) }));
try {
  const page = await browser.newPage(PHONE);
  const cdp = await page.context().newCDPSession(page);
  await page.goto(`${site.url(PAGE)}#${WIDGET}`, { waitUntil: 'load' });
  await page.waitForFunction(
    (id) => !document.getElementById(id)?.closest('astro-island[ssr]') && !document.querySelector('[data-kit-pending]'),
    WIDGET,
    { timeout: 30_000 },
  );
  await page.waitForTimeout(1000);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  for (let run = 0; run < RUNS; run++) {
    for (const [k, c] of CHANGES.entries()) {
      const where = { widget: WIDGET, figure: FIGURE, target: c.target };
      if (!(await page.evaluate(act, { ...where, change: null })))
        throw new Error(`${PAGE}: no ${c.target} for ${WIDGET} / ${FIGURE}`);
      await page.waitForTimeout(300);
      await browser.startTracing(page, { path: traceFile, categories: CATEGORIES });
      await page.evaluate(act, { ...where, change: c.change });
      await page.waitForTimeout(500);
      await browser.stopTracing();
      const { main } = readTrace(traceFile);
      const longest = tasksOf(main).reduce((a, t) => (a === undefined || cpu(t) > cpu(a) ? t : a), undefined);
      const inside = main.filter((e) => e.ts >= longest.ts && e.ts + e.dur <= longest.ts + longest.dur);
      results[k].ms.push(cpu(longest) / 1000);
      for (const p of PHASES)
        results[k].phases[p].push(inside.filter((e) => e.name === p).reduce((s, e) => s + cpu(e), 0) / 1000);
    }
  }
} finally {
  await browser.close();
  site.close();
  rmSync(traceFile, { force: true });
}

const f = (x) => x.toFixed(1);
console.log(
  `\n/${PAGE}#${WIDGET}, figure "${FIGURE}": ${RUNS} runs; Chromium ${version}, ${cpus().length} × ${cpus()[0]?.model ?? '?'}, 4× CPU, 412 px\n`,
);
console.log(`| change | longest task, median (ms) | range (ms) | ${PHASES.join(' | ')} (medians, ms) |`);
console.log(`| --- | --: | --: | ${PHASES.map(() => '--:').join(' | ')} |`);
for (const [k, c] of CHANGES.entries()) {
  const { ms, phases } = results[k];
  console.log(
    `| ${c.name} | ${f(median(ms))} | ${f(Math.min(...ms))}–${f(Math.max(...ms))} | ${PHASES.map((p) => f(median(phases[p]))).join(' | ')} |`,
  );
}
