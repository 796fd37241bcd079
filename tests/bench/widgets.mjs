// Widget benchmark (npm run bench): for every entry in tests/bench/widgets/*.mjs,
// headless Chromium against the built site under /downhill/ measures, per input
// event on the widget (pointer, input, click, key):
//   - response: from its dispatch (pointer input, dispatched at the start of a
//     frame) or from the start of the frame that draws it (keys) to the end of
//     that frame's rendering — what the p95 target is judged on;
//   - dispatched→painted and event timestamp→painted, which add the waits;
//   - main-thread CPU per draw (CDP Performance metrics);
// and per page the JavaScript loaded (gzip bytes, as GitHub Pages serves it)
// before any widget is scrolled into view and after every widget hydrated.
// Method in docs/benchmarks.md ("Widgets"). Needs a built site:
//   BASE_PATH=/downhill/ npm run build && npm run bench
// (builds it when dist/ is missing). DIST_DIR=… benchmarks another build;
// BENCH_ONLY=id|name runs one entry; BENCH_RUNS=n runs per scenario (default 3,
// pooled); BENCH_JSON=file also writes the results as JSON; BENCH_RAW=1 prints
// every sample. A scenario may measure more itself: it returns { label: number[] }, pooled
// over the runs and printed as "scenario measures": median / p95 / max for a label that ends
// in "(ms)", the sum for any other (a count).
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serveSite } from '../support/server.mjs';
import { benchChromium, distDir, isBuilt } from './bench-site.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const dist = distDir;
const BASE = '/downhill/';
/** Runs per scenario (BENCH_RUNS), pooled. */
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3) || 3);
const CHROMIUM_ARGS = [
  // After a key press Chromium holds ordinary and posted tasks back until a frame more than the
  // next has been drawn, so the task that marks a frame painted (instrument) would come a frame
  // late; the page's own tasks only move outside the intervals measured.
  '--disable-features=DeferRendererTasksAfterInput',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

function ensureBuilt() {
  if (isBuilt(dist)) return;
  if (process.env.DIST_DIR) throw new Error(`No built site at ${dist}`);
  console.log('No dist/: building with BASE_PATH=/downhill/ npm run build …');
  const r = spawnSync('npm', ['run', 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, BASE_PATH: BASE },
  });
  if (r.status !== 0) throw new Error('build failed');
}

const quantile = (xs, q) => {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (i - lo);
};

/** In-page instrumentation: pairs input events on the widget with the frame that painted its next figure mutation. */
function instrument(id) {
  const root = document.getElementById(id);
  const b = {
    pending: [],
    latencies: [],
    handled: [],
    response: [],
    draws: 0,
    frameNow: 0,
    dropped: 0,
    pointerDown: false,
  };
  window.__bench = b;
  // Frames are numbered by the loop below. Registered a frame ahead, its callback runs first
  // among the frame's animation-frame callbacks: performance.now() there is when the frame's
  // main-thread work reached them, and until the next task begins, whatever runs (the page's
  // animation-frame and ResizeObserver callbacks, style, layout, paint, commit) is that
  // frame's rendering, one task. So a change made while `inFrame` is the frame's number is
  // painted by this frame, one made later by the next; and a frame has been painted by the
  // start of the next task: an input event (Chromium runs input first), or the user-blocking
  // task the loop posts (which Chromium would hold back after a key press until a frame more
  // had passed, were DeferRendererTasksAfterInput not switched off: CHROMIUM_ARGS).
  b.frameNo = 0;
  b.inFrame = -1;
  const waiting = [];
  /** Calls done(t) with the time by which the frame that paints the DOM as it is now is painted. */
  b.whenPainted = (done) => {
    waiting.push({ frame: b.inFrame === b.frameNo ? b.frameNo : b.frameNo + 1, done, by: undefined });
    void scheduler.postTask(settle, { priority: 'user-blocking' });
  };
  /** Resolves what has been painted; called at the start of tasks, never in a frame's rendering. */
  const settle = () => {
    b.inFrame = -1;
    const now = performance.now();
    for (const w of waiting.splice(0)) {
      if (w.frame <= b.frameNo) w.done(w.by ?? now);
      else waiting.push(w);
    }
  };
  const loop = () => {
    b.frameNow = performance.now();
    // A frame drawn earlier whose "after frame" task has not run yet: its paint was done by now.
    for (const w of waiting) if (w.frame < b.frameNo + 1) w.by ??= b.frameNow;
    b.frameNo++;
    b.inFrame = b.frameNo;
    void scheduler.postTask(settle, { priority: 'user-blocking' });
    // An input still pending after two frames changed nothing that needed a redraw: not counted.
    for (const p of b.pending) p.frames++;
    const stale = b.pending.filter((p) => p.frames >= 2);
    if (stale.length > 0) {
      b.dropped += stale.length;
      b.pending = b.pending.filter((p) => p.frames < 2);
    }
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
  // Buttons, switches and checkboxes change on click (after the button is released),
  // so for them the click is the input, not the pointerdown.
  const CLICKED = 'button, label, select, [role="switch"], input[type="checkbox"], input[type="radio"]';
  const counts = (type, e) => {
    const t = e.target;
    if (!(t instanceof Element) || !root.contains(t)) return false;
    if (type === 'pointermove') return e.buttons !== 0;
    if (type === 'pointerdown') return !t.closest(CLICKED);
    if (type === 'click') return t.closest(CLICKED) !== null;
    return true;
  };
  window.addEventListener('pointerdown', () => (b.pointerDown = true), true);
  window.addEventListener('pointerup', () => (b.pointerDown = false), true);
  for (const type of ['pointerdown', 'pointermove', 'click', 'input', 'keydown']) {
    window.addEventListener(
      type,
      (e) => {
        // An input event starts a task of its own, after any frame's rendering.
        settle();
        // Pointer input (and the input events a pointer drag of a slider fires) is
        // dispatched at the start of a frame; keys are dispatched as they arrive.
        const aligned = type.startsWith('pointer') || (type === 'input' && b.pointerDown);
        if (counts(type, e)) b.pending.push({ t: e.timeStamp, h: performance.now(), aligned, frames: 0 });
      },
      true,
    );
  }
  // A mutation of a figure on screen claims the pending inputs (figures off screen
  // are drawn later, in a task of their own); the time by which the frame that shows it
  // was painted is "painted".
  const painted = (batch, t) => {
    b.draws++;
    for (const p of batch.inputs) {
      // Response: from the input's dispatch (pointer) or from the start of the frame
      // that drew it (keys, if they arrived before it began). It leaves out only the
      // wait for a frame to begin, which no page controls; see docs/benchmarks.md.
      b.response.push(t - (p.aligned ? p.h : Math.max(p.h, batch.frame)));
      b.latencies.push(t - p.t);
      b.handled.push(t - p.h);
    }
  };
  const onScreen = (el) => {
    const r = el.getBoundingClientRect();
    return r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
  };
  // A figure's drawing changes by new elements (Plot) or by new attributes of the SVG's
  // elements (a layer's `update` moving its marks in place); attributes of the figure's own
  // element (its label) are not a drawing.
  const drawing = (r) => r.type === 'childList' || r.target instanceof SVGElement;
  new MutationObserver((records) => {
    if (b.pending.length === 0) return;
    const figs = records
      .filter(drawing)
      .map((r) => (r.target instanceof Element ? r.target.closest('.kit-figure') : null));
    if (!figs.some((f) => f !== null && onScreen(f))) return;
    const batch = { inputs: b.pending, frame: b.frameNow };
    b.pending = [];
    b.whenPainted((t) => painted(batch, t));
  }).observe(root, { childList: true, subtree: true, attributes: true });
}

async function jsBytes(page, urls) {
  let total = 0;
  for (const u of urls) {
    try {
      const body = await page.evaluate(async (x) => {
        const r = await fetch(x);
        return r.text();
      }, u);
      total += gzipSync(Buffer.from(body)).length;
    } catch {
      /* ignore */
    }
  }
  return total;
}

async function main() {
  ensureBuilt();
  const only = process.env.BENCH_ONLY;
  const files = readdirSync(join(here, 'widgets'))
    .filter((f) => f.endsWith('.mjs'))
    .sort();
  const entries = [];
  for (const f of files) {
    const e = (await import(pathToFileURL(join(here, 'widgets', f)).href)).default;
    if (!only || e.id === only || e.name === only) entries.push(e);
  }
  const exe = benchChromium();
  if (!exe) throw new Error('No Chromium (apt-get install -y chromium, or set CHROMIUM_PATH)');
  const site = await serveSite({ dir: dist, base: BASE });
  const browser = await chromium.launch({ executablePath: exe, headless: true, args: CHROMIUM_ARGS });
  const rows = [];
  const pages = new Map();
  try {
    for (const entry of entries) {
      // JS per page: before any widget is in view, and after every widget hydrated.
      if (!pages.has(entry.page)) {
        const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        const page = await ctx.newPage();
        const scripts = [];
        page.on('request', (r) => {
          if (r.resourceType() === 'script') scripts.push(r.url());
        });
        const res = await page.goto(site.url(entry.page), { waitUntil: 'networkidle' });
        if (!res || res.status() >= 400) {
          pages.set(entry.page, { missing: true });
          await ctx.close();
          continue;
        }
        await page.waitForTimeout(300);
        const before = [...scripts];
        const inlineTexts = await page.$$eval('script:not([src])', (s) =>
          s
            .filter(
              (x) =>
                (x.type === '' || x.type === 'module' || x.type === 'text/javascript') && x.textContent.trim() !== '',
            )
            .map((x) => x.textContent),
        );
        const inline = `${inlineTexts.length} (${(gzipSync(Buffer.from(inlineTexts.join(''))).length / 1024).toFixed(1)} KB gzip)`;
        const ids = await page.$$eval('[data-widget]', (w) => w.map((x) => x.id));
        for (const wid of ids) {
          await page.locator(`#${wid}`).scrollIntoViewIfNeeded();
          await page.waitForSelector(`#${wid}[data-hydrated]`, { timeout: 20_000 }).catch(() => {});
        }
        await page.waitForLoadState('networkidle');
        pages.set(entry.page, {
          before: await jsBytes(page, before),
          after: await jsBytes(page, [...new Set(scripts)]),
          beforeFiles: before.map((u) => u.replace(/^.*\//, '')),
          inline,
          widgets: ids.length,
        });
        await ctx.close();
      }

      if (pages.get(entry.page)?.missing) {
        console.warn(`${entry.id}: ${entry.page} is not in this build — skipped`);
        rows.push({ id: entry.id, scenario: '—', missing: true, page: entry.page });
        continue;
      }
      for (const [name, drive] of Object.entries(entry.scenarios ?? { drive: entry.drive })) {
        // RUNS fresh pages per scenario, pooled: one run's p95 rests on its three or four
        // slowest inputs, which a noisy neighbour on the host can decide.
        const pool = {
          latencies: [],
          handled: [],
          response: [],
          draws: 0,
          dropped: 0,
          loads: [],
          cpu: {},
          extra: {},
        };
        let missing = false;
        for (let run = 0; run < RUNS && !missing; run++) {
          const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
          const page = await ctx.newPage();
          await page.goto(site.url(entry.page), { waitUntil: 'load' });
          const widget = page.locator(`#${entry.id}`);
          if ((await widget.count()) === 0) {
            console.warn(`${entry.id}: not on ${entry.page} in this build — skipped`);
            missing = true;
            await ctx.close();
            break;
          }
          await widget.scrollIntoViewIfNeeded();
          await page.waitForSelector(`#${entry.id}[data-hydrated]`, { timeout: 20_000 });
          if (entry.setup) await entry.setup(page, widget);
          await page.waitForTimeout(300);
          await page.evaluate(instrument, entry.id);
          pool.loads.push(loadavg()[0]);
          // Main-thread CPU time (not wall time: the machine may be shared) over the drive.
          const cdp = await ctx.newCDPSession(page);
          await cdp.send('Performance.enable');
          const metrics = async () =>
            Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
          const m0 = await metrics();
          const extra = await drive(page, widget);
          for (const [k, xs] of Object.entries(extra ?? {})) (pool.extra[k] ??= []).push(...xs);
          await page.waitForTimeout(300);
          const m1 = await metrics();
          const b = await page.evaluate(() => window.__bench);
          if (process.env.BENCH_RAW)
            console.log(name, run, JSON.stringify({ response: b.response.map((x) => +x.toFixed(1)) }));
          for (const k of ['latencies', 'handled', 'response']) pool[k].push(...b[k]);
          pool.draws += b.draws;
          pool.dropped += b.dropped;
          for (const k of ['ThreadTime', 'ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration'])
            pool.cpu[k] = (pool.cpu[k] ?? 0) + (m1[k] - m0[k]);
          await ctx.close();
        }
        if (missing) {
          rows.push({ id: entry.id, scenario: name, missing: true, page: entry.page });
          continue;
        }
        const per = (k) => (pool.draws > 0 ? (pool.cpu[k] * 1000) / pool.draws : Number.NaN);
        rows.push({
          id: entry.name ?? entry.id,
          scenario: name,
          target: entry.targets?.[name] ?? 16,
          inputs: pool.latencies.length,
          draws: pool.draws,
          dropped: pool.dropped,
          median: quantile(pool.latencies, 0.5),
          p95: quantile(pool.latencies, 0.95),
          max: Math.max(...pool.latencies),
          handledMedian: quantile(pool.handled, 0.5),
          handledP95: quantile(pool.handled, 0.95),
          responseMedian: quantile(pool.response, 0.5),
          responseP95: quantile(pool.response, 0.95),
          page: entry.page,
          load: Math.max(...pool.loads),
          cpuPerDraw: per('ThreadTime'),
          scriptPerDraw: per('ScriptDuration'),
          stylePerDraw: per('RecalcStyleDuration'),
          layoutPerDraw: per('LayoutDuration'),
          extra: pool.extra,
        });
      }
    }
  } finally {
    await browser.close();
    await site.close();
  }

  const f1 = (x) => (Number.isFinite(x) ? x.toFixed(1) : '—');
  const kb = (x) => `${(x / 1024).toFixed(1)} KB`;
  const loads = rows.filter((r) => r.load !== undefined).map((r) => r.load.toFixed(1));
  console.log(
    `\nMachine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, Chromium headless (${exe}), viewport 1280×900; 1-min load average during the runs: ${loads.join(', ') || '—'}\n`,
  );
  console.log(
    '| widget | scenario | inputs | draws | response median / p95 (ms) | target p95 | met | dispatched→painted median / p95 (ms) | event timestamp→painted median / p95 / max (ms) | main-thread CPU per draw (ms) | script / style / layout per draw (ms) |',
  );
  console.log('| --- | --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    if (r.missing) {
      console.log(`| ${r.id} | ${r.scenario} | — | — | not on the page in this build | | | | | | |`);
      continue;
    }
    const met = r.responseP95 <= r.target ? 'yes' : `no (+${f1(r.responseP95 - r.target)})`;
    console.log(
      `| ${r.id} | ${r.scenario} | ${r.inputs} (${r.dropped} no redraw) | ${r.draws} | ${f1(r.responseMedian)} / ${f1(r.responseP95)} | ${r.target} ms | ${met} | ${f1(r.handledMedian)} / ${f1(r.handledP95)} | ${f1(r.median)} / ${f1(r.p95)} / ${f1(r.max)} | ${f1(r.cpuPerDraw)} | ${f1(r.scriptPerDraw)} / ${f1(r.stylePerDraw)} / ${f1(r.layoutPerDraw)} |`,
    );
  }
  const measured = rows.filter((r) => r.extra && Object.keys(r.extra).length > 0);
  if (measured.length > 0) {
    console.log('\n| widget | scenario | scenario measure | n | median / p95 / max (ms), or total |');
    console.log('| --- | --- | --- | ---: | ---: |');
    for (const r of measured) {
      for (const [k, xs] of Object.entries(r.extra)) {
        const v = k.endsWith('(ms)')
          ? `${f1(quantile(xs, 0.5))} / ${f1(quantile(xs, 0.95))} / ${f1(Math.max(...xs))}`
          : `${xs.reduce((a, b) => a + b, 0)}`;
        console.log(`| ${r.id} | ${r.scenario} | ${k} | ${xs.length} | ${v} |`);
      }
    }
  }
  console.log(
    '\n| page | widgets | JS files before scrolling (gzip) | files before | inline scripts | JS after all widgets hydrated (gzip, files) | ≤ 130 KB |',
  );
  console.log('| --- | ---: | ---: | --- | ---: | ---: | --- |');
  for (const [p, j] of pages) {
    if (j.missing) {
      console.log(`| ${p} | — | page not in this build | | | | |`);
      continue;
    }
    console.log(
      `| ${p} | ${j.widgets} | ${kb(j.before)} | ${j.beforeFiles.join(', ') || '—'} | ${j.inline} | ${kb(j.after)} | ${j.after <= 130 * 1024 ? 'yes' : 'no'} |`,
    );
  }
  if (process.env.BENCH_JSON)
    writeFileSync(process.env.BENCH_JSON, JSON.stringify({ rows, pages: Object.fromEntries(pages) }, null, 2));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
