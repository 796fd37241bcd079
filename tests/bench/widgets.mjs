// Widget benchmark (npm run bench): for every entry in tests/bench/widgets/*.mjs,
// headless Chromium against the built site under /downhill/ measures
//   - input → painted: for each input event on the widget (pointer, input,
//     key), the time from the event's timeStamp to the end of the frame that
//     painted the redrawn figure (median, p95, max);
//   - frame work: from the start of that frame (rAF time) to the same point —
//     the main-thread cost of the redraw without the wait for the next frame;
//   - JavaScript loaded by the page (gzip bytes, as GitHub Pages serves it)
//     before any widget is scrolled into view, and after every widget hydrated.
// Method in docs/benchmarks.md ("Widgets"). Needs a built site:
//   BASE_PATH=/downhill/ npm run build && npm run bench
// (builds it when dist/ is missing). DIST_DIR=… benchmarks another build;
// BENCH_ONLY=id runs one entry; BENCH_JSON=file also writes the results as JSON.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serveSite } from '../support/server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const dist = resolve(process.env.DIST_DIR ?? join(root, 'dist'));
const BASE = '/downhill/';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

function chromiumPath() {
  const c = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return c.find((p) => p && existsSync(p));
}

function ensureBuilt() {
  if (existsSync(join(dist, 'index.html'))) return;
  if (process.env.DIST_DIR) throw new Error(`No built site at ${dist}`);
  console.log('No dist/: building with BASE_PATH=/downhill/ npm run build …');
  const r = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, BASE_PATH: BASE } });
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
  const b = { pending: [], latencies: [], work: [], draws: 0, frame: 0, dropped: 0 };
  window.__bench = b;
  const loop = (t) => {
    b.frame = t;
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
  for (const type of ['pointerdown', 'pointermove', 'input', 'keydown']) {
    window.addEventListener(
      type,
      (e) => {
        if (e.target instanceof Node && root.contains(e.target) && (type !== 'pointermove' || e.buttons)) b.pending.push({ t: e.timeStamp, frames: 0 });
      },
      true,
    );
  }
  // A figure mutation (inside the redraw's animation frame) claims the pending
  // inputs; a message posted then is handled as the first task after that
  // frame's rendering (style, layout, paint) finished: that is "painted".
  const ch = new MessageChannel();
  const batches = [];
  ch.port1.onmessage = () => {
    const t = performance.now();
    const batch = batches.shift();
    if (!batch) return;
    b.draws++;
    b.work.push(t - batch.frame);
    for (const p of batch.inputs) b.latencies.push(t - p.t);
  };
  new MutationObserver((records) => {
    if (b.pending.length === 0) return;
    if (!records.some((r) => r.target instanceof Element && r.target.closest('.kit-figure'))) return;
    batches.push({ inputs: b.pending, frame: b.frame });
    b.pending = [];
    ch.port2.postMessage(0);
  }).observe(root, { childList: true, subtree: true });
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
  const files = readdirSync(join(here, 'widgets')).filter((f) => f.endsWith('.mjs')).sort();
  const entries = [];
  for (const f of files) {
    const e = (await import(pathToFileURL(join(here, 'widgets', f)).href)).default;
    if (!only || e.id === only) entries.push(e);
  }
  const exe = chromiumPath();
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
          s.filter((x) => (x.type === '' || x.type === 'module' || x.type === 'text/javascript') && x.textContent.trim() !== '').map((x) => x.textContent),
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
        const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        const page = await ctx.newPage();
        await page.goto(site.url(entry.page), { waitUntil: 'load' });
        const widget = page.locator(`#${entry.id}`);
        if ((await widget.count()) === 0) {
          console.warn(`${entry.id}: not on ${entry.page} in this build — skipped`);
          rows.push({ id: entry.id, scenario: name, missing: true, page: entry.page });
          await ctx.close();
          continue;
        }
        await widget.scrollIntoViewIfNeeded();
        await page.waitForSelector(`#${entry.id}[data-hydrated]`, { timeout: 20_000 });
        await page.waitForTimeout(300);
        await page.evaluate(instrument, entry.id);
        const load = loadavg()[0];
        // Main-thread CPU time (not wall time: the machine may be shared) over the drive.
        const cdp = await ctx.newCDPSession(page);
        await cdp.send('Performance.enable');
        const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
        const m0 = await metrics();
        await drive(page, widget);
        await page.waitForTimeout(300);
        const m1 = await metrics();
        const b = await page.evaluate(() => window.__bench);
        const per = (k) => (b.draws > 0 ? ((m1[k] - m0[k]) * 1000) / b.draws : Number.NaN);
        rows.push({
          id: entry.id,
          scenario: name,
          inputs: b.latencies.length,
          draws: b.draws,
          dropped: b.dropped,
          median: quantile(b.latencies, 0.5),
          p95: quantile(b.latencies, 0.95),
          max: Math.max(...b.latencies),
          workMedian: quantile(b.work, 0.5),
          workP95: quantile(b.work, 0.95),
          page: entry.page,
          load,
          cpuPerDraw: per('ThreadTime'),
          scriptPerDraw: per('ScriptDuration'),
          stylePerDraw: per('RecalcStyleDuration'),
          layoutPerDraw: per('LayoutDuration'),
        });
        await ctx.close();
      }
    }
  } finally {
    await browser.close();
    await site.close();
  }

  const f1 = (x) => (Number.isFinite(x) ? x.toFixed(1) : '—');
  const kb = (x) => `${(x / 1024).toFixed(1)} KB`;
  const loads = rows.filter((r) => r.load !== undefined).map((r) => r.load.toFixed(1));
  console.log(`\nMachine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, Chromium headless (${exe}), viewport 1280×900; 1-min load average during the runs: ${loads.join(', ') || '—'}\n`);
  console.log('| widget | scenario | inputs | draws | input→painted median (ms) | p95 (ms) | max (ms) | frame work median / p95 (ms) | main-thread CPU per draw (ms) | script / style / layout per draw (ms) | p95 ≤ 16 ms |');
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const r of rows) {
    if (r.missing) {
      console.log(`| ${r.id} | ${r.scenario} | — | — | not on the page in this build | | | | | | |`);
      continue;
    }
    console.log(`| ${r.id} | ${r.scenario} | ${r.inputs} (${r.dropped} no redraw) | ${r.draws} | ${f1(r.median)} | ${f1(r.p95)} | ${f1(r.max)} | ${f1(r.workMedian)} / ${f1(r.workP95)} | ${f1(r.cpuPerDraw)} | ${f1(r.scriptPerDraw)} / ${f1(r.stylePerDraw)} / ${f1(r.layoutPerDraw)} | ${r.p95 <= 16 ? 'yes' : `no (+${f1(r.p95 - 16)})`} |`);
  }
  console.log('\n| page | widgets | JS files before scrolling (gzip) | files before | inline scripts | JS after all widgets hydrated (gzip, files) | ≤ 130 KB |');
  console.log('| --- | ---: | ---: | --- | ---: | ---: | --- |');
  for (const [p, j] of pages) {
    if (j.missing) {
      console.log(`| ${p} | — | page not in this build | | | | |`);
      continue;
    }
    console.log(`| ${p} | ${j.widgets} | ${kb(j.before)} | ${j.beforeFiles.join(', ') || '—'} | ${j.inline} | ${kb(j.after)} | ${j.after <= 130 * 1024 ? 'yes' : 'no'} |`);
  }
  if (process.env.BENCH_JSON) writeFileSync(process.env.BENCH_JSON, JSON.stringify({ rows, pages: Object.fromEntries(pages) }, null, 2));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
