// Lighthouse benchmark (npm run bench:lighthouse): Lighthouse's default mobile
// run (Moto G-class emulation, simulated slow 4G, 4× CPU) on every page of the
// built site, served under /downhill/ with gzip as GitHub Pages serves it.
// Prints the four category scores, CLS and TBT per page (home, chapters, glossary, playground). Needs a built site:
//   BASE_PATH=/downhill/ npm run build && npm run bench:lighthouse
// DIST_DIR=… benchmarks another build; LH_ONLY=substring runs matching pages;
// LH_JSON=file also writes the figures as JSON; LH_TASKS=1 also prints each page's long tasks
// (Lighthouse's "Avoid long main-thread tasks": start and simulated duration at 4× CPU, and
// the script they are attributed to). Uses the system Chromium
// (CHROME_PATH, else /usr/bin/chromium).
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serveSite } from '../support/server.mjs';
import { benchChromium, distDir, requireBuilt, sitePages } from './bench-site.mjs';

const dist = distDir;
requireBuilt(dist);
const chromePath = benchChromium();
const pages = sitePages(dist).filter((p) => !process.env.LH_ONLY || p.includes(process.env.LH_ONLY));

const site = await serveSite({ dir: dist, base: '/downhill/' });
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});

const rows = [];
try {
  for (const path of pages) {
    const result = await lighthouse(site.url(path), {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const { categories, audits, runtimeError } = result.lhr;
    if (runtimeError) {
      console.error(`${path}: ${runtimeError.code} ${runtimeError.message}`);
      rows.push({ page: '/' + path, failing: [`runtime error ${runtimeError.code}`] });
      continue;
    }
    const score = (id) => (categories[id]?.score == null ? null : Math.round(categories[id].score * 100));
    const value = (id, digits = 0) => {
      const v = audits[id]?.numericValue;
      return v === undefined ? null : Number(v.toFixed(digits));
    };
    const failing = Object.values(audits)
      .filter(
        (a) =>
          a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual',
      )
      .map((a) => a.id);
    rows.push({
      page: '/' + path,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      cls: value('cumulative-layout-shift', 3),
      tbtMs: value('total-blocking-time'),
      lcpMs: value('largest-contentful-paint'),
      domElements: value('dom-size'),
      longTasks: (audits['long-tasks']?.details?.items ?? []).map((t) => ({
        startMs: Math.round(t.startTime),
        durationMs: Math.round(t.duration),
        url: String(t.url ?? '').replace(/^.*\//, ''),
      })),
      failing,
    });
    const r = rows.at(-1);
    console.error(`done ${r.page}`);
  }
} finally {
  await chrome.kill();
  await site.close();
}

console.log(
  `Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, default mobile; ${cpus().length} CPUs, load ${loadavg()[0].toFixed(1)}`,
);
console.log('| page | perf | a11y | best pr. | SEO | CLS | TBT ms | LCP ms | DOM elements | audits < 0.9 |');
console.log('| --- | --: | --: | --: | --: | --: | --: | --: | --: | --- |');
for (const r of rows) {
  const f = (x) => (x === null || x === undefined ? '–' : x);
  console.log(
    `| ${r.page} | ${f(r.performance)} | ${f(r.accessibility)} | ${f(r.bestPractices)} | ${f(r.seo)} | ${f(r.cls)} | ${f(r.tbtMs)} | ${f(r.lcpMs)} | ${f(r.domElements)} | ${r.failing.join(', ')} |`,
  );
}
if (process.env.LH_TASKS) {
  for (const r of rows) {
    if (!r.longTasks) continue;
    const tasks = r.longTasks.map((t) => `${t.durationMs} ms at ${t.startMs} ms (${t.url || '?'})`);
    console.log(`${r.page} long tasks: ${tasks.length === 0 ? 'none' : tasks.join(', ')}`);
  }
}
if (process.env.LH_JSON) writeFileSync(process.env.LH_JSON, JSON.stringify(rows, null, 2));
