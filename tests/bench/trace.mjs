// Reading a Chromium trace (browser.startTracing) for the page-load and hydration benchmarks: the
// page's main-thread events, its tasks, and the CPU time they took.
import { readFileSync } from 'node:fs';

/** The names of a main-thread task in a trace (the second in newer Chromium builds). */
const TASKS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/**
 * An event's time on the thread's CPU (µs): Chromium's 4× slowdown keeps the main thread busy for
 * the extra time, so it counts there, but time spent waiting for a core that another process
 * holds does not (on a shared machine the wall-clock length of a task stretches with whatever
 * else runs).
 */
export const cpu = (e) => e.tdur ?? e.dur;

/**
 * A trace file's events and the complete events of the page's main thread, in time order (an
 * event before the events it contains). The page's renderer is the one whose main thread worked
 * most: the browser's own pages have little to do.
 */
export function readTrace(file) {
  const events = JSON.parse(readFileSync(file, 'utf8')).traceEvents;
  const threads = new Map();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args.name);
  const isMain = (e) => e.ph === 'X' && threads.get(`${e.pid}:${e.tid}`) === 'CrRendererMain';
  const work = new Map();
  for (const e of events) if (isMain(e) && TASKS.has(e.name)) work.set(e.pid, (work.get(e.pid) ?? 0) + e.dur);
  const pid = [...work].sort((a, b) => b[1] - a[1])[0]?.[0];
  const main = events.filter((e) => e.pid === pid && isMain(e)).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  return { events, main };
}

/** The events of `events` (in time order) named in `names` that no other of them contains. */
export function outermost(events, names) {
  const kept = [];
  for (const e of events) {
    if (!names.has(e.name)) continue;
    const last = kept.at(-1);
    if (last && e.ts < last.ts + last.dur) continue; // inside the one before
    kept.push(e);
  }
  return kept;
}

/** The main thread's tasks (outermost: a task can run a nested one). */
export const tasksOf = (main) => outermost(main, TASKS);

/** The CPU time of `events` in ms. */
export const cpuMs = (events) => events.reduce((sum, e) => sum + cpu(e), 0) / 1000;
