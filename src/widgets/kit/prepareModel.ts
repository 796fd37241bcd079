/**
 * Hydration in short tasks. At the top level of a widget's module (top-level await):
 *
 *   await prepareModel(model, stateSchema.defaults);
 *
 * ends the task that evaluated the widget's modules (Plot, d3, the core, the kit), warms Plot up
 * (a scale and small figures made and thrown away) and Preact (a small tree of the kit's
 * controls, warmPreact.tsx), and computes the model of the default state — what the hydration
 * render shows, since the URL is read only after mounting (useUrlState) —
 * each in a task of its own. `useModel` then takes that model instead of computing it inside the
 * render, and the island hydrates in the task after. A model with several heavy parts names them
 * in `steps` (each fills one of the model's own caches, e.g. the contours, then each optimizer's
 * run), one task each, so that tasks stay short: a phone at 4× CPU turns 12 ms of work into 50,
 * and Lighthouse counts every task's time over 50 ms. A step whose work is itself long returns it
 * in steps (an iterator, e.g. `contourCache.inSteps(key, …)`), run a few pieces per task.
 *
 * On the server it does nothing (the build renders synchronously). A step or model that throws
 * is left to the hydration render, which meets the error again and handles it as always.
 */
import { dot, line, plot, scale, text } from '@observablehq/plot';
import { nextTask } from './nextTask';
import { isIterator, runPieces } from './runPieces';
import { warmPreactOnce } from './warmPreact';

/**
 * Plot warmed up: the first Plot drawing on a page also compiles Plot's code (scales, axes,
 * marks), which costs about as much again as the drawing. Seven tasks, each thrown away: a scale;
 * a figure with no axes (Plot's frame of scales and SVG); one with a text mark (an axis's labels);
 * one with an x axis; one with a y axis; one with both axes and a grid; one of a line and dots.
 * (Fewer steps left tasks of 50–60 ms at 4× CPU: the first x axis with its labels' text mark, the
 * y axis with the grid; docs/benchmarks.md, "Hydration", session 23.)
 */
const WARM_BASE = { width: 320, height: 200, x: { domain: [0, 1] }, y: { domain: [0, 1] } } as const;
const WARM_PLOT = [
  () => scale({ x: { domain: [0, 1], range: [0, 320] } }),
  () => plot({ ...WARM_BASE, axis: null, marks: [] }),
  () => plot({ ...WARM_BASE, axis: null, marks: [text([[0.5, 0.5]], { text: () => '0.5' })] }),
  () => plot({ ...WARM_BASE, y: { ...WARM_BASE.y, axis: null }, marks: [] }),
  () => plot({ ...WARM_BASE, x: { ...WARM_BASE.x, axis: null }, marks: [] }),
  () => plot({ ...WARM_BASE, grid: true, marks: [] }),
  () =>
    plot({
      ...WARM_BASE,
      axis: null,
      marks: [
        line([
          [0, 0],
          [0.5, 0.8],
          [1, 1],
        ]),
        dot([[0.5, 0.5]], { r: 3 }),
      ],
    }),
];

const prepared = new WeakMap<object, { readonly state: object; readonly model: unknown }>();

export async function prepareModel<S extends object, M>(
  model: (state: S) => M,
  defaults: S,
  steps: ReadonlyArray<() => unknown> = [],
): Promise<void> {
  if (typeof window === 'undefined') return;
  const all = [
    ...WARM_PLOT,
    ...warmPreactOnce(),
    ...steps,
    () => prepared.set(model, { state: defaults, model: model(defaults) }),
  ];
  for (const step of all) {
    await nextTask();
    let pieces: Iterator<unknown> | undefined;
    try {
      const value = step();
      if (isIterator(value)) pieces = value;
    } catch {
      // The hydration render computes it again and reports what went wrong.
    }
    while (pieces !== undefined) {
      pieces = runPieces(pieces);
      if (pieces !== undefined) await nextTask();
    }
  }
  await nextTask();
}

/** The model `prepareModel` computed for exactly this state object, if any (for useModel). */
export function preparedModel<S extends object, M>(model: (state: S) => M, state: S): M | undefined {
  const p = prepared.get(model);
  return p !== undefined && p.state === state ? (p.model as M) : undefined;
}
