/**
 * Vite plugin for the browser's build: a page's first island evaluated d3, Plot, the kit, the
 * core and its widget's modules in one task, 70–100 ms at 4× CPU slowdown (docs/benchmarks.md,
 * "Hydration"). Plot's `src/index.js` gets a top-level await of a new task at its end. The
 * bundle holds Plot in a chunk with d3 before it and the kit after it, modules in the order they
 * evaluate, so the await ends the task after d3 and Plot: the rest of that chunk, the chunks
 * that import it (the core's, which throw its `CoreError`) and the widget's own evaluate in the
 * next task. The server's build (static HTML, no tasks to split) is left as it is; the build
 * fails if Plot's index no longer reads as expected.
 */
import type { Plugin } from 'vite';
import { moduleRewrite } from './module-rewrite';

/** What Plot's index ends with (its last export), checked before the break is added. */
export const PLOT_INDEX_END = 'export {timeInterval, utcInterval} from "./time.js";';

/** Ends the task (a macrotask: a timer, not a promise's microtask). */
export const TASK_BREAK = '\nawait new Promise((resolve) => setTimeout(resolve, 0));\n';

const PLOT_INDEX = /[\\/]@observablehq[\\/]plot[\\/]src[\\/]index\.js$/;

/** Plot's src/index.js with the task break at its end; throws if it does not end as expected. */
export function plotIndexWithBreak(code: string): string {
  const trimmed = code.trimEnd();
  if (!trimmed.endsWith(PLOT_INDEX_END)) {
    throw new Error(
      "plot-task-break: @observablehq/plot's src/index.js no longer ends as this plugin expects; check it and update src/utils/plot-task-break.ts",
    );
  }
  return trimmed + '\n' + TASK_BREAK;
}

export function plotTaskBreak(): Plugin {
  return moduleRewrite('downhill:plot-task-break', PLOT_INDEX, plotIndexWithBreak, { browserOnly: true });
}
