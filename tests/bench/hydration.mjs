// Hydration benchmark (npm run bench:hydration): the main-thread tasks of hydrating each widget
// island of the built site at 4× CPU slowdown, as a phone meets them while the reader scrolls.
//
// Per page (the chapters and the playground), headless Chromium on a 412 × 823 viewport at a
// phone's pixel ratio (2.625, Lighthouse's mobile device: the kit's first drawings depend on it)
// loads the page, lays out every section of the article and every figure once (content-visibility:
// visible, so that a scroll lands where it is asked and the layout of sections coming into view
// is not counted against the widget; then off screen they are skipped again, as on a chapter
// opened at a link to a figure), then slows the CPU 4× and, island by island in page
// order, records a trace from scrolling the island into view (at once: a smooth scroll paints
// the chapter it passes over in a dozen frames, with or without JavaScript) until it is
// hydrated, no figure of the page is still pending (`data-kit-pending`) and 1 s has passed.
// Hydration begins with the first task that evaluates a module of the island's component (Astro
// imports it when the island comes into view); the tasks before it are the scroll's own (drawing
// the screen scrolled to), counted apart. An island in the first screen (the playground) is traced
// from the page's load, and the same split sets the page's own load (parsing and laying out the
// HTML, and its inline module scripts, before the component's modules run) apart from its
// hydration. Each main-thread task of 50 ms or more of CPU time (trace.mjs) from there is counted
// as script (module evaluation, the kit's prepare steps, the hydration render, Plot drawing:
// JavaScript is most of the task) or rendering (style, layout, paint of what was drawn). The
// same load and scrolls with JavaScript off give the rendering tasks that are not hydration's: a
// scroll paints the static figures coming into view anyway.
// Figures go to docs/benchmarks.md ("Hydration").
// Needs a built site:
//   BASE_PATH=/downhill/ npm run build && npm run bench:hydration
// DIST_DIR=… benchmarks another build; HYD_ONLY=substring runs matching pages; HYD_RUNS=n loads
// each page n times (default 1) and adds a table of each island's longest hydration task over
// the runs (a 4×-throttled frame varies by half from run to run: docs/benchmarks.md); HYD_JSON=file
// also writes the figures as JSON; HYD_DETAIL=1 prints what each long task of hydration spent its
// time on (script, and each rendering phase with the elements styled and objects laid out);
// HYD_KEEP=dir keeps each island's trace there (DevTools' Performance panel opens them);
// HYD_SLOWDOWN=n slows the CPU n× instead of 4×.
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serveSite } from '../support/server.mjs';
import { benchChromium, chapterPages, distDir, PHONE, requireBuilt } from './bench-site.mjs';
import { median } from './stats.mjs';
import { cpu, cpuMs, outermost, readTrace, tasksOf } from './trace.mjs';

const dist = distDir;
requireBuilt(dist);
const chromePath = benchChromium();
if (!chromePath) throw new Error('No Chromium (apt-get install -y chromium, or set CHROMIUM_PATH)');

const RUNS = Math.max(1, Number(process.env.HYD_RUNS ?? 1) || 1);
const DETAIL = process.env.HYD_DETAIL === '1';
// A faster machine than a phone's is slowed more to meet the same tasks (docs/benchmarks.md, session 33).
const SLOWDOWN = Math.max(1, Number(process.env.HYD_SLOWDOWN ?? 4) || 4);
const KEEP = process.env.HYD_KEEP;
const LONG_US = 50_000;
const traceFile = join(tmpdir(), `downhill-hydration-${process.pid}.json`);
const SCRIPT = new Set(['v8.evaluateModule', 'FunctionCall', 'EvaluateScript', 'RunMicrotasks', 'TimerFire']);
const RENDERING = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize']);
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8.execute'];

const pages = [...chapterPages(dist), 'playground/'].filter(
  (p) => existsSync(join(dist, p, 'index.html')) && (!process.env.HYD_ONLY || p.includes(process.env.HYD_ONLY)),
);

/**
 * The page's main-thread tasks ≥ 50 ms of CPU time in a trace, each as { ms, script, rendering,
 * beforeHydration }. `beforeHydration` marks the tasks before the one that evaluates the island's
 * code: Astro imports an island's component once the island comes into view (or, in the first
 * screen, once the page has loaded it), so what comes before is the scroll's own work (drawing
 * the screen scrolled to) or the page's own load, the same with JavaScript off.
 *
 * With `componentUrl` (an island scrolled to), that is the first module evaluated once the
 * component's module is compiled: its graph evaluates when all of it has arrived. Not the first
 * module evaluated: Astro imports the renderer too, already evaluated by an earlier island, and
 * that empty evaluation (0.00 ms) can come right before the frame that draws the blocks the scroll
 * brought into view (content-visibility), which then counted as hydration in some runs and not in
 * others. If the component was compiled before the trace (an earlier island of the same kind), or
 * without `componentUrl`, the first module evaluated starts hydration. (A trace without a module
 * evaluated counts every task as hydration's.)
 */
function longTasks(file, componentUrl) {
  const { main } = readTrace(file);
  const tasks = tasksOf(main);
  const compiled = componentUrl
    ? main.find((e) => e.name === 'v8.compileModule' && e.args?.data?.url?.endsWith(`/${componentUrl}`))
    : undefined;
  const module = main.find((e) => e.name === 'v8.evaluateModule' && (!compiled || e.ts >= compiled.ts));
  const start = module
    ? (tasks.find((t) => t.ts <= module.ts && module.ts < t.ts + t.dur)?.ts ?? module.ts)
    : -Infinity;
  const long = tasks
    .filter((t) => cpu(t) >= LONG_US)
    .map((t) => {
      const inside = main.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur);
      return {
        ms: cpu(t) / 1000,
        script: cpuMs(outermost(inside, SCRIPT)),
        rendering: cpuMs(outermost(inside, RENDERING)),
        beforeHydration: t.ts < start,
        ...(DETAIL ? { detail: detailOf(inside) } : {}),
      };
    });
  const hydration = tasks.filter((t) => t.ts >= start).map((t) => cpu(t) / 1000);
  return { long, longestHydration: Math.max(0, ...hydration) };
}

const f0 = (x) => (x === undefined ? '–' : x.toFixed(0));

/** HYD_DETAIL: a task's script time and rendering phases (ms), with what was styled and laid out. */
function detailOf(inside) {
  const sum = (name) => inside.filter((e) => e.name === name).reduce((s, e) => s + cpu(e), 0) / 1000;
  const counts = (name, arg) =>
    inside
      .filter((e) => e.name === name)
      .map((e) => arg(e.args ?? {}))
      .filter((n) => n !== undefined)
      .join('+');
  const styled = counts('UpdateLayoutTree', (a) => a.elementCount);
  const laidOut = counts('Layout', (a) => a.beginData?.dirtyObjects);
  return (
    `script ${f0(cpuMs(outermost(inside, SCRIPT)))}, style ${f0(sum('UpdateLayoutTree'))} (${styled || 0} elements), ` +
    `layout ${f0(sum('Layout'))} (${laidOut || 0} objects), prepaint ${f0(sum('PrePaint'))}, paint ${f0(sum('Paint'))}, ` +
    `layerize ${f0(sum('Layerize'))}, commit ${f0(sum('Commit'))}`
  );
}

/**
 * Whether `selector` matches and no figure is pending within 30 s, asked every 250 ms (no extra
 * frames) with `page.evaluate`. Not `page.waitForFunction`: its first call in a document puts
 * Playwright's injected script into the page, a task of 46–61 ms of CPU time at 4× that this
 * benchmark counted as the playground's own (the only island traced from its page's load).
 */
async function settledWithin(page, selector) {
  const end = Date.now() + 30_000;
  while (Date.now() < end) {
    const settled = await page.evaluate(
      (s) => document.querySelector(s) !== null && !document.querySelector('[data-kit-pending]'),
      selector,
    );
    if (settled) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

const rows = [];

/**
 * Every block of the article laid out once at its real size, which the browser then remembers
 * (`contain-intrinsic-size: auto`), so that a scroll lands where it is asked and the layout of
 * blocks coming into view is not counted against a widget; then blocks off screen are skipped
 * again, as FragmentScript.astro leaves a chapter once a link's target is found. (Left drawn, every
 * frame of a hydration styled and painted the whole chapter: about twice the rendering time.)
 */
async function layOutEveryBlock(page) {
  const blocks = '.prose > *, .prose .kit-figure';
  await page.evaluate(
    (s) => document.querySelectorAll(s).forEach((el) => (el.style.contentVisibility = 'visible')),
    blocks,
  );
  await page.waitForTimeout(300);
  await page.evaluate((s) => document.querySelectorAll(s).forEach((el) => (el.style.contentVisibility = '')), blocks);
  await page.waitForTimeout(300);
}

/**
 * The same page with JavaScript off: the rendering tasks ≥ 50 ms of its load and of the same
 * scroll to each island. Scrolling paints what comes into view (the static figures) whether or not
 * anything hydrates, so this is the part of a row's rendering tasks that is not hydration's.
 */
async function withoutJavaScript(path) {
  const context = await browser.newContext({ ...PHONE, javaScriptEnabled: false });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const rendering = () => longTasks(traceFile).long.filter((t) => t.script < t.ms / 2).length;
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
  await browser.startTracing(page, { path: traceFile, categories: CATEGORIES });
  await page.goto(site.url(path), { waitUntil: 'load' });
  await page.waitForTimeout(3000);
  await browser.stopTracing();
  const load = rendering();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const count = await page.evaluate(() => document.querySelectorAll('astro-island').length);
  await layOutEveryBlock(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
  await page.waitForTimeout(1500);
  const scrolls = [];
  for (let i = 0; i < count; i++) {
    await browser.startTracing(page, { path: traceFile, categories: CATEGORIES });
    await page.evaluate((n) => {
      const island = document.querySelectorAll('astro-island')[n];
      island?.firstElementChild?.scrollIntoView({ block: 'start', behavior: 'instant' });
    }, i);
    await page.waitForTimeout(1500);
    await browser.stopTracing();
    scrolls.push(rendering());
  }
  await context.close();
  return { load, scrolls };
}

/** The long tasks of the trace just taken, as one row. */
function record(page, island, run, settled, renderingWithoutJs, componentUrl) {
  const { long: all, longestHydration } = longTasks(traceFile, componentUrl);
  const tasks = all.filter((t) => !t.beforeHydration);
  const script = tasks.filter((t) => t.script >= t.ms / 2);
  const rendering = tasks.filter((t) => t.script < t.ms / 2);
  const max = (ts) => (ts.length ? Math.max(...ts.map((t) => t.ms)) : undefined);
  const row = {
    page,
    island,
    run,
    settled,
    script: script.map((t) => +t.ms.toFixed(1)),
    rendering: rendering.map((t) => +t.ms.toFixed(1)),
    longestScript: max(script),
    longestRendering: max(rendering),
    beforeHydration: all.filter((t) => t.beforeHydration).map((t) => +t.ms.toFixed(1)),
    renderingWithoutJs,
    longestHydration: +longestHydration.toFixed(1),
  };
  rows.push(row);
  if (KEEP) {
    mkdirSync(KEEP, { recursive: true });
    const name = `${page}${island.split(' ')[0]}-${run + 1}`.replace(/[^A-Za-z0-9-]+/g, '_');
    copyFileSync(traceFile, join(KEEP, `${name}.json`));
  }
  console.log(
    `${page} ${island}${RUNS > 1 ? ` (run ${run + 1})` : ''}: ${settled ? '' : 'NOT SETTLED; '}script tasks ≥ 50 ms [${row.script.map(f0).join(', ')}], rendering [${row.rendering.map(f0).join(', ')}]; before hydration [${row.beforeHydration.map(f0).join(', ')}]`,
  );
  for (const t of DETAIL ? tasks : []) console.log(`  ${f0(t.ms)} ms: ${t.detail}`);
}
const site = await serveSite({ dir: dist, base: '/downhill/', maxAge: 600 });
const browser = await chromium.launch({ executablePath: chromePath, args: ['--no-sandbox', '--disable-gpu'] });
const version = browser.version();
try {
  for (const path of pages) {
    for (let run = 0; run < RUNS; run++) {
      const noJs = await withoutJavaScript(path);
      const page = await browser.newPage(PHONE);
      const cdp = await page.context().newCDPSession(page);
      // Islands in the first screen hydrate while the page loads: that whole load is one row.
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
      await browser.startTracing(page, { path: traceFile, categories: CATEGORIES });
      await page.goto(site.url(path), { waitUntil: 'load' });
      await page.waitForTimeout(2000);
      const loadSettled = await settledWithin(page, 'body');
      await page.waitForTimeout(1000);
      await browser.stopTracing();
      const atLoad = await page.evaluate(() =>
        [...document.querySelectorAll('astro-island:not([ssr])')].map(
          (el) => el.getAttribute('component-url')?.split('/').pop() ?? '',
        ),
      );
      // Hydration starts as for an island scrolled to: with the first component's own modules,
      // not with the page's inline module scripts, which run at the end of parsing in the task
      // that also styles and lays out the whole page, with or without an island.
      if (atLoad.length > 0)
        record(
          path,
          `${atLoad.map((file) => file.split('.')[0] || 'island').join(', ')} (in the first screen: the page load)`,
          run,
          loadSettled,
          noJs.load,
          atLoad[0],
        );
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      const islands = await page.evaluate(() =>
        [...document.querySelectorAll('astro-island')].flatMap((el, i) => {
          if (!el.hasAttribute('ssr')) return [];
          el.setAttribute('data-bench-island', String(i));
          const file = el.getAttribute('component-url')?.split('/').pop();
          return [[i, file?.split('.')[0] ?? `island ${i}`, file]];
        }),
      );
      await layOutEveryBlock(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
      await page.waitForTimeout(1500);
      for (const [i, name, file] of islands) {
        const sel = `[data-bench-island="${i}"]`;
        await browser.startTracing(page, { path: traceFile, categories: CATEGORIES });
        await page.evaluate(
          (s) => document.querySelector(s)?.firstElementChild?.scrollIntoView({ block: 'start', behavior: 'instant' }),
          sel,
        );
        const settled = await settledWithin(page, `${sel}:not([ssr])`);
        await page.waitForTimeout(1000);
        await browser.stopTracing();
        record(path, name, run, settled, noJs.scrolls[i], file);
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  site.close();
  rmSync(traceFile, { force: true });
}

const islandsOnly = rows.filter((r) => r.island !== 'Quiz' || r.script.length + r.rendering.length > 0);
console.log(
  `\nChromium ${version}, ${cpus().length} × ${cpus()[0]?.model ?? '?'}, load ${loadavg()[0].toFixed(1)}, ${SLOWDOWN}× CPU, 412 px\n`,
);
console.log(
  '| page | island | hydration: tasks ≥ 50 ms, script / rendering | before hydration (the scroll, or the page load): tasks ≥ 50 ms | the same, JavaScript off: rendering tasks ≥ 50 ms | longest script task (ms) | longest rendering task (ms) |',
);
console.log('| --- | --- | --: | --: | --: | --: | --: |');
for (const r of islandsOnly)
  console.log(
    `| /${r.page} | ${r.island}${r.settled ? '' : ' (not settled)'} | ${r.script.length} / ${r.rendering.length} | ${r.beforeHydration.length} | ${r.renderingWithoutJs ?? '–'} | ${f0(r.longestScript)} | ${f0(r.longestRendering)} |`,
  );
if (RUNS > 1) {
  // Each island's longest hydration task (of any length) in each run: how often it reaches 50 ms.
  console.log(
    `\n| page | island | runs with a hydration task ≥ 50 ms | longest hydration task per run (ms) | median (ms) |`,
  );
  console.log('| --- | --- | --: | --- | --: |');
  const byIsland = new Map();
  for (const r of rows) {
    const name = `/${r.page} | ${r.island}`;
    byIsland.set(name, [...(byIsland.get(name) ?? []), r]);
  }
  for (const [name, runs] of byIsland) {
    const longest = runs.map((r) => r.longestHydration);
    console.log(
      `| ${name} | ${longest.filter((ms) => ms >= 50).length} of ${runs.length} | ${longest.map(f0).join(', ')} | ${f0(median(longest))} |`,
    );
  }
}
if (process.env.HYD_JSON) writeFileSync(process.env.HYD_JSON, JSON.stringify(rows, null, 2));
if (rows.some((r) => !r.settled)) process.exitCode = 1;
