// Page-load benchmark (npm run bench:pageload): the main thread's CPU time while each page of the
// built site loads on a phone's screen, by kind of work.
//
// Lighthouse's total blocking time is simulated from the wall-clock length of the tasks it sees,
// and on a shared machine those stretch with everything else running on it (the same build has
// scored 68 and 92 on the playground). The CPU time a thread spends (a trace event's `tdur`) does
// not, so this benchmark compares builds where Lighthouse cannot. Per page, headless Chromium on
// Lighthouse's mobile screen (412 × 823 CSS px, pixel ratio 2.625), with no CPU or network
// throttling, loads the page LOAD_RUNS times (default 5) from a local server with gzip, waits
// 3 s, and sums the CPU time of the page's main-thread events: all tasks, tasks after the first
// contentful paint, HTML parsing, style, layout, paint (pre-paint, paint, layerize) and script
// (module evaluation, scripts, calls, microtasks); the longest task after that paint is given
// ×4, as at Lighthouse's 4× CPU slowdown, and so is the total blocking time (blocking4x: the
// sum of each such task's time ×4 over 50 ms, Lighthouse's definition on CPU time). Medians
// over the loads.
//
// Needs a built site: BASE_PATH=/downhill/ npm run build && npm run bench:pageload
// DIST_DIR=… measures another build; LOAD_ONLY=substring runs matching pages. Figures go to
// docs/benchmarks.md ("Page load").
import { rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serveSite } from '../support/server.mjs';
import { benchChromium, distDir, PHONE, requireBuilt, sitePages } from './bench-site.mjs';
import { median } from './stats.mjs';
import { cpu, cpuMs, outermost, readTrace, tasksOf } from './trace.mjs';

const RUNS = Math.max(1, Number(process.env.LOAD_RUNS ?? 5) || 5);
const KINDS = {
  parse: ['ParseHTML'],
  style: ['UpdateLayoutTree'],
  layout: ['Layout'],
  paint: ['PrePaint', 'Paint', 'Layerize'],
  script: ['v8.evaluateModule', 'EvaluateScript', 'FunctionCall', 'RunMicrotasks'],
};

requireBuilt(distDir);
const chromePath = benchChromium();
if (!chromePath) throw new Error('No Chromium (apt-get install -y chromium, or set CHROMIUM_PATH)');
const traceFile = join(tmpdir(), `downhill-pageload-${process.pid}.json`);

const pages = sitePages().filter((p) => !process.env.LOAD_ONLY || p.includes(process.env.LOAD_ONLY));

/** CPU ms of one load's trace: the page renderer's main-thread work, by kind. */
function cpuOf(file) {
  const { events, main } = readTrace(file);
  const fcp = events.find((e) => e.name === 'firstContentfulPaint');
  const tasks = tasksOf(main);
  const late = tasks.filter((e) => e.ts >= (fcp?.ts ?? 0)).map((e) => cpu(e) / 1000);
  const row = {
    total: cpuMs(tasks),
    afterFcp: late.reduce((s, t) => s + t, 0),
    longest4x: 4 * Math.max(0, ...late),
    // Total blocking time as Lighthouse defines it (each task's time over 50 ms, after the first
    // contentful paint), from the tasks' CPU time ×4 instead of their stretched wall-clock time.
    blocking4x: late.reduce((s, t) => s + Math.max(0, 4 * t - 50), 0),
  };
  for (const [kind, names] of Object.entries(KINDS)) row[kind] = cpuMs(outermost(main, new Set(names)));
  return row;
}

const site = await serveSite({ dir: distDir, base: '/downhill/' });
const browser = await chromium.launch({ executablePath: chromePath, args: ['--no-sandbox', '--disable-gpu'] });
const rows = [];
try {
  for (const path of pages) {
    const loads = [];
    for (let r = 0; r < RUNS; r++) {
      const context = await browser.newContext(PHONE);
      const page = await context.newPage();
      await browser.startTracing(page, { path: traceFile, categories: ['devtools.timeline', 'toplevel', 'loading'] });
      await page.goto(site.url(path), { waitUntil: 'load' });
      await page.waitForTimeout(3000);
      await browser.stopTracing();
      loads.push(cpuOf(traceFile));
      await context.close();
    }
    const row = { page: `/${path}` };
    for (const key of Object.keys(loads[0])) row[key] = median(loads.map((l) => l[key]));
    rows.push(row);
    console.error(`done /${path}`);
  }
} finally {
  await browser.close();
  site.close();
  rmSync(traceFile, { force: true });
}

const keys = ['total', 'afterFcp', 'longest4x', 'blocking4x', ...Object.keys(KINDS)];
console.log(
  `Main-thread CPU ms while a page loads, median of ${RUNS}; ${cpus().length} CPUs, load ${loadavg()[0].toFixed(1)}`,
);
console.log(`| page | ${keys.join(' | ')} |`);
console.log(`| --- | ${keys.map(() => '--:').join(' | ')} |`);
for (const r of rows) console.log(`| ${r.page} | ${keys.map((k) => r[k].toFixed(1)).join(' | ')} |`);
