// Bench entry for network-landscape. Scenario 'η keys while training': "Train again", then held
// arrow keys on the learning-rate slider while the worker trains (each key restarts training;
// the page must keep answering). Scenario 'train and landscape': one full run of the default
// network (1000 steps, then the 41 × 41 landscape) with no input. Scenario 'landscape only':
// the trained network's landscape on the PCA plane (the worker keeps the training, so only the
// landscape is computed). The last two record the main thread's tasks with a Chrome trace and
// print, on their own line, the longest task in wall time and in CPU time (thread time: the
// machine may be shared, and a task the OS preempts grows in wall time, not in CPU time), and how
// many tasks took over 50 ms; the response table has no input to time there. Scenario 'turn the
// 3-D view': "Show in 3-D" (one input: it also fetches the 3-D code), then 60 arrow-key turns of
// the landscape surface (21 × 21 nodes at rest, 11 × 11 while turning), target 33 ms as the other
// 3-D views.
import { focusSettled, pressKeys, repeat } from '../drive.mjs';

const idle = (page) =>
  page.waitForFunction(() => document.querySelector('#network-landscape[data-kit-pending]') === null, undefined, {
    timeout: 120_000,
  });

/** Waits for the task the click started (it may be over before we look) and for its end. */
async function startedAndIdle(page) {
  await page
    .waitForFunction(() => document.querySelector('#network-landscape[data-kit-pending]') !== null, undefined, {
      timeout: 5000,
    })
    .catch(() => {});
  await idle(page);
}

const TOP_LEVEL_TASKS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/**
 * Runs `action` under a Chrome trace and returns the renderer main thread's top-level tasks:
 * wall duration and thread (CPU) duration in ms.
 */
async function mainThreadTasks(page, action) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['toplevel', 'devtools.timeline'] },
  });
  const t0 = Date.now();
  await action();
  const wall = Date.now() - t0;
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const byThread = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || !TOP_LEVEL_TASKS.has(e.name) || !mains.has(`${e.pid}:${e.tid}`)) continue;
    const key = `${e.pid}:${e.tid}`;
    if (!byThread.has(key)) byThread.set(key, []);
    byThread.get(key).push({ wall: (e.dur ?? 0) / 1000, cpu: (e.tdur ?? e.dur ?? 0) / 1000 });
  }
  // the page's renderer: the main thread that ran the most tasks
  const tasks = [...byThread.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  return { wall, tasks };
}

function report(name, { wall, tasks }, what) {
  const longestWall = Math.max(0, ...tasks.map((t) => t.wall));
  const longestCpu = Math.max(0, ...tasks.map((t) => t.cpu));
  const over = (k) => tasks.filter((t) => t[k] > 50).length;
  const cpu = tasks.reduce((sum, t) => sum + t.cpu, 0);
  console.log(
    `network-landscape '${name}': ${wall} ms ${what}; main-thread tasks: ${tasks.length} (${cpu.toFixed(0)} ms CPU in all), longest ${longestWall.toFixed(0)} ms wall / ${longestCpu.toFixed(0)} ms CPU; over 50 ms: ${over('wall')} by wall time, ${over('cpu')} by CPU time`,
  );
}

export default {
  id: 'network-landscape',
  page: 'chapters/neurons-and-networks/',
  targets: { 'η keys while training': 50, 'turn the 3-D view': 33 },
  scenarios: {
    async 'η keys while training'(page, widget) {
      await idle(page);
      await widget.getByRole('button', { name: 'Train again' }).click();
      const range = widget.locator('input[type="range"]').first();
      await focusSettled(page, range);
      await pressKeys(page, repeat('ArrowRight', 30));
      await idle(page);
    },
    async 'train and landscape'(page, widget) {
      await idle(page);
      const r = await mainThreadTasks(page, async () => {
        await widget.getByRole('button', { name: 'Train again' }).click();
        await startedAndIdle(page);
      });
      report('train and landscape', r, 'from click to finished landscape');
    },
    async 'landscape only'(page, widget) {
      await idle(page);
      const r = await mainThreadTasks(page, async () => {
        await widget.getByRole('combobox', { name: 'Landscape' }).selectOption('pca');
        await startedAndIdle(page);
      });
      report('landscape only', r, 'from choosing the PCA plane to its landscape drawn');
    },
    async 'turn the 3-D view'(page, widget) {
      await idle(page);
      await widget.getByRole('switch', { name: 'Show in 3-D' }).check();
      const rotor = widget.locator('.kit3d-rotor');
      await rotor.waitFor({ timeout: 20_000 });
      await focusSettled(page, rotor);
      await pressKeys(
        page,
        Array.from({ length: 60 }, (_, i) => (i % 12 < 9 ? 'ArrowRight' : 'ArrowUp')),
      );
    },
  },
};
