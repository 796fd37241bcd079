/**
 * A figure made of stacked Plot layers that share one base (size, margins,
 * explicit scale domains). Rendered to static SVG during the build; after
 * hydration each layer is redrawn, in a requestAnimationFrame, only when its
 * key or the size changes. Optionally draggable / keyboard-operable.
 */
import { plot, type PlotOptions, type ScaleOptions } from '@observablehq/plot';
import type { JSX } from 'preact';
import { useContext, useEffect, useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { KitContext, summaryId } from './context';
import { frameScheduler } from './frameScheduler';
import { keyToMove } from './keyStep';
import { inNewTask } from './nextTask';
import { runPieces } from './runPieces';
import { swapTurn, taskAfterTurn } from './swapTurns';
import { distanceFor } from './pathStrings';
import { clientToData, type InvertibleScale } from './pointer';
import { ssrDocument } from './ssrDocument';

/** CSS pixel size of the figure. */
export interface Size {
  readonly width: number;
  readonly height: number;
}

/** The inner plotting rectangle (inside the margins), in CSS pixels from the figure's top left. */
export interface PlotRect {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/**
 * What a layer's `plot` receives: the figure's size, the inner plotting
 * rectangle and the base's x/y domains (undefined when not explicit), so a
 * layer can work in pixels (thin a path, space labels, keep equal scales)
 * without knowing the margins.
 */
export interface LayerContext extends Size {
  readonly plotRect: PlotRect;
  readonly x?: readonly [number, number];
  readonly y?: readonly [number, number];
}

/** One Plot drawn on top of the previous ones. */
export interface Layer {
  /** Redrawn only when this string (or the size) changes. Build it from the inputs the layer uses. */
  readonly key: string;
  /**
   * The layer's Plot options (marks…); base, size and document are merged in
   * by the kit. `null` leaves what the layer shows now in place (e.g. the
   * static SVG while a worker computes the first result).
   */
  plot(ctx: LayerContext): PlotOptions | null;
  /**
   * Optional: long work `plot` needs at a size (e.g. paths thinned to the pixel), in steps
   * that fill the layer's own caches. The first drawing in steps (`firstDrawInSteps`) runs it a
   * few pieces per task before `plot`; other drawings call `plot` at once, which does the work
   * itself.
   */
  prepare?(ctx: LayerContext): Iterator<unknown>;
  /**
   * Optional: bring the layer's last drawing up to date in place, instead of a new Plot, when
   * the key changed but the size did not (e.g. move a cursor line). Receives the layer's SVG
   * and the x/y scales of layer 0 as drawn now; returns false to have the layer redrawn.
   */
  update?(svg: SVGSVGElement, scales: LayerScales): boolean;
  /**
   * `update` rewrites the geometry of every mark from the scales it gets, so it can also bring
   * a drawing made at another size up to date once the kit gives that SVG the new size: the
   * static SVG at hydration (no Plot run for the layer's first drawing) and the drawing on
   * screen after a resize. Only for layers without text or sizes that depend on the figure's
   * size other than through the scales.
   */
  readonly redrawsAll?: boolean;
  /**
   * Optional, for a layer that `redrawsAll`: its `update` in two, for the first drawing over the
   * static SVG. The work (e.g. path strings) is done here, in a task of its own, on the scales
   * of layer 0's new drawing; the function returned makes the writes into the SVG (after the kit
   * has given it the new size) when all the layers go on screen together, and returns false to
   * have the layer drawn by Plot. Without it, the whole `update` runs at that moment, in the
   * same task as the other layers' updates.
   */
  updateAhead?(scales: LayerScales): (svg: SVGSVGElement) => boolean;
  /**
   * The layer is geometry only (no text, no marks sized in pixels, such as dots): its drawing at
   * one size is its drawing at another, scaled. Its strokes keep their width when it is scaled
   * (kit.css), and its first drawing on a phone is the server's SVG, scaled to the figure, when
   * the server drew the same key: nothing is drawn, restyled or laid out again (a 3-D view's
   * 400–500 faces). Not for layer 0, whose Plot drawing gives the figure its scales.
   */
  readonly scalesWithFigure?: boolean;
}

/** The scales of a figure's layer 0 (Plot's `plot.scale('x')` …), as a layer's `update` gets them. */
export interface LayerScales {
  readonly x?: InvertibleScale;
  readonly y?: InvertibleScale;
}

/** Plot options every layer shares so that they line up: explicit domains, margins, style. */
export interface PlotBase extends Omit<PlotOptions, 'marks' | 'width' | 'height' | 'document'> {
  readonly x?: ScaleOptions;
  readonly y?: ScaleOptions;
}

export type MovePhase = 'start' | 'move' | 'end' | 'key';

/** Makes the figure a draggable, keyboard-operable control. */
export interface Interaction {
  /** 'x': one value along x (role slider); 'xy': a point in the plane. */
  readonly kind: 'x' | 'xy';
  /** Accessible name, e.g. "Weight w". */
  readonly label: string;
  /** The current value in words, e.g. "w = 1.20, loss 2.56". */
  readonly valueText: string;
  readonly x: number;
  readonly y?: number;
  /** Bounds for kind 'x' (aria-valuemin/max, Home/End). */
  readonly min?: number;
  readonly max?: number;
  /** Arrow-key step in data units (×10 with Shift, PageUp/PageDown). */
  readonly step: { readonly x: number; readonly y?: number };
  /** New position in data coordinates. Clamp through the state schema. */
  onMove(p: { x: number; y: number }, phase: MovePhase): void;
}

export interface PlotFigureProps {
  /** Unique within the widget; becomes data-kit-figure. */
  readonly name: string;
  /** Accessible name of the figure. */
  readonly label: string;
  /** Options every layer shares (explicit x/y domains, margins, grid…). */
  readonly base: PlotBase;
  readonly layers: readonly Layer[];
  readonly interact?: Interaction;
  /** height = clamp(width · aspect, minHeight, maxHeight). */
  readonly aspect?: number;
  readonly minHeight?: number;
  readonly maxHeight?: number;
  /** Width of the static SVG rendered at build time (CSS px). */
  readonly ssrWidth?: number;
  /**
   * Draw the layers that replace the static SVG (the first drawing on the page) each in a task
   * of its own, put each in place hidden in a frame of its own, and show them together once all
   * are there: the figures of a widget then hydrate in short tasks instead of one long frame,
   * and never show half of the static figure under half of the live one (default true; false
   * draws them all in the first frame).
   */
  readonly firstDrawInSteps?: boolean;
  /**
   * Called with layer 0's scales whenever Plot draws it (a new size, new domains): for a widget
   * whose worker writes the figure's path strings (`pixelFrame` in markRedraw.ts).
   */
  onScales?(scales: LayerScales): void;
  readonly class?: string;
}

/** Default margins (a base may set its own). */
export const MARGINS = { marginTop: 16, marginRight: 16, marginBottom: 40, marginLeft: 48 } as const;
const EMPTY_HTML = { __html: '' };

/** The figure's sizing: height = clamp(width · aspect, minHeight, maxHeight). */
function sizing(p: PlotFigureProps): { aspect: number; minHeight: number; maxHeight: number } {
  return { aspect: p.aspect ?? 0.62, minHeight: p.minHeight ?? 180, maxHeight: p.maxHeight ?? 460 };
}

function heightFor(width: number, p: PlotFigureProps): number {
  const { aspect, minHeight, maxHeight } = sizing(p);
  return Math.max(minHeight, Math.min(maxHeight, Math.round(width * aspect)));
}

/**
 * The figure box's CSS size, the same rule as `heightFor` (kit.css: `aspect-ratio`, `min-height`,
 * `max-height`): the box has the height of the live drawing before there is one, so that nothing
 * moves when the static SVG, drawn at `ssrWidth`, is replaced (on a phone, some figures grew by up
 * to 57 px), and a figure skipped off screen (content-visibility) has its real height.
 */
export function figureBoxStyle(p: PlotFigureProps): Record<string, string> {
  const { aspect, minHeight, maxHeight } = sizing(p);
  return { '--kit-aspect': String(aspect), '--kit-min-height': `${minHeight}px`, '--kit-max-height': `${maxHeight}px` };
}

/**
 * A layer with no marks. As layer 0 it draws the base's axes and grid and
 * nothing else, so that layers above it whose marks change on every input
 * (a curve that depends on a slider) redraw without the axes: tick labels are
 * most of the style and layout work of a redraw. Needs explicit domains in
 * the base. Give a new key when the base's domains change.
 */
export function axesLayer(key = 'axes'): Layer {
  return { key, plot: () => ({ marks: [] }) };
}

/**
 * Layers that leave what their figure shows in place: the static SVG at hydration, or the last
 * drawing. For a figure waiting for a worker's first answer, which keeps its box and picture
 * instead of giving way to a message (nothing below it moves), e.g. `keptLayers('axes', 'map')`.
 * A layer's key is its name; the real layers, with other keys, are drawn when they come.
 */
export function keptLayers(...names: readonly string[]): readonly Layer[] {
  return names.map((name) => ({ key: `kept:${name}`, plot: () => null }));
}

const SIDES = ['Top', 'Right', 'Bottom', 'Left'] as const;

function margin(base: PlotBase, side: (typeof SIDES)[number]): number {
  const own = base[`margin${side}`];
  if (typeof own === 'number') return own;
  return typeof base.margin === 'number' ? base.margin : MARGINS[`margin${side}`];
}

function domainOf(scale: ScaleOptions | undefined): readonly [number, number] | undefined {
  const d = scale?.domain;
  if (!Array.isArray(d) || d.length < 2) return undefined;
  const a = Number(d[0]);
  const b = Number(d[d.length - 1]);
  return Number.isFinite(a) && Number.isFinite(b) ? [a, b] : undefined;
}

/** What a layer of a figure of `size` with `base` receives (pure). */
export function layerContext(base: PlotBase, size: Size): LayerContext {
  const left = margin(base, 'Left');
  const top = margin(base, 'Top');
  const plotRect = {
    left,
    top,
    width: Math.max(1, size.width - left - margin(base, 'Right')),
    height: Math.max(1, size.height - top - margin(base, 'Bottom')),
  };
  return { width: size.width, height: size.height, plotRect, x: domainOf(base.x), y: domainOf(base.y) };
}

/** CSS pixels per data unit along x and y in a layer with linear scales (1 where a domain is not explicit). */
export function pixelScale(ctx: LayerContext): { kx: number; ky: number } {
  return {
    kx: ctx.x ? ctx.plotRect.width / Math.abs(ctx.x[1] - ctx.x[0] || 1) : 1,
    ky: ctx.y ? ctx.plotRect.height / Math.abs(ctx.y[1] - ctx.y[0] || 1) : 1,
  };
}

/**
 * Data → pixel distance between points {x, y} in a layer with linear scales:
 * for thinning paths and spacing labels (`thinPath(pts, 18, pixelDistance(ctx))`).
 */
export function pixelDistance(ctx: LayerContext): (a: { x: number; y: number }, b: { x: number; y: number }) => number {
  const { kx, ky } = pixelScale(ctx);
  return distanceFor(kx, ky);
}

/** The full Plot options of layer `index`, or null when the layer keeps what it shows (exported for tests). */
export function layerOptions(
  base: PlotBase,
  layer: Layer,
  size: Size,
  index: number,
  document?: Document,
): PlotOptions | null {
  const own = layer.plot(layerContext(base, size));
  if (own === null) return null;
  const hideAxis = index > 0 ? { axis: null } : {};
  return {
    ...MARGINS,
    ...base,
    ...own,
    x: { ...base.x, ...own.x, ...hideAxis },
    y: { ...base.y, ...own.y, ...hideAxis },
    ...(index > 0 ? { grid: false } : {}),
    width: size.width,
    height: size.height,
    ...(document ? { document } : {}),
  } as PlotOptions;
}

/**
 * Plot puts a <style> element in every SVG it makes. Inserting a stylesheet
 * makes the browser recompute the style of the whole document (measured: 7–15
 * ms per redraw on a chapter page, against 1.5–2 ms without), so the kit
 * removes it; kit.css carries the same rules for `.kit-figure svg`.
 */
function withoutStyle<E extends Element>(fig: E): E {
  fig.querySelector('style')?.remove();
  return fig;
}

/** Geometry attributes whose numbers are CSS pixels in the static SVG. */
const GEOMETRY = / (d|points|transform|x|y|x1|x2|y1|y2|cx|cy|r|width|height)="([^"]*)"/g;

/**
 * The static SVG with its pixel coordinates rounded to 0.1 px: the same picture
 * (well under a device pixel) in ~10% fewer bytes of HTML (up to 40% gzipped on
 * contour-heavy chapters; docs/benchmarks.md, "Lighthouse"). Text and em lengths are
 * untouched, so a layer updated in place over it (`redrawsAll`) places its text as Plot does.
 */
export function roundedGeometry(svg: string): string {
  return svg.replace(GEOMETRY, (_, name: string, value: string) => {
    // Lengths in em (a text's y="0.32em") are not pixels: kept as Plot wrote them.
    const rounded = value.replace(/(-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?)(em)?/gi, (n, number: string, em?: string) =>
      em ? n : String(Math.round(Number(number) * 10) / 10),
    );
    return ` ${name}="${rounded}"`;
  });
}

/**
 * Gives a static SVG the kit takes over the figure's size, as Plot's drawings have (no longer
 * scaled into the box by kit.css). Its viewBox stays: the same picture, scaled.
 */
function takeOver(svg: Element, size: Size): void {
  svg.removeAttribute('data-kit-static');
  svg.setAttribute('width', String(size.width));
  svg.setAttribute('height', String(size.height));
}

/** Gives a layer's SVG another size (its marks are then redrawn for it: `redrawsAll`). */
function resize(svg: SVGSVGElement, size: Size): void {
  takeOver(svg, size);
  svg.setAttribute('viewBox', `0 0 ${size.width} ${size.height}`);
}

/** Removes the new drawings put in a figure's hosts hidden, when they will not be shown. */
function unstage(el: Element): void {
  for (const fig of el.querySelectorAll(':scope > .kit-layer > [data-kit-incoming]')) fig.remove();
}

/** The figure is drawn: nothing under way (`data-kit-drawing`) or waited for (`data-kit-pending`). */
function settled(el: Element): void {
  el.removeAttribute('data-kit-pending');
  el.removeAttribute('data-kit-drawing');
}

/** A drawing's x and y scales, as layers get them (none when Plot drew no such scale). */
function scalesOf(fig: ReturnType<typeof plot>): LayerScales {
  try {
    return { x: fig.scale('x') as InvertibleScale, y: fig.scale('y') as InvertibleScale };
  } catch {
    return {};
  }
}

/** The plot's own SVG in a layer host (Plot wraps it in a <figure> when there are legends: the plot comes last). */
function svgOf(host: Element): SVGSVGElement | null {
  // Not the drawing a new one has replaced, still there for a frame.
  const first = host.querySelector(':scope > :not([data-kit-outgoing])');
  if (!first) return null;
  return first.tagName.toLowerCase() === 'svg'
    ? (first as SVGSVGElement)
    : first.querySelector(':scope > svg:last-of-type');
}

export function PlotFigure(props: PlotFigureProps): JSX.Element {
  const ctx = useContext(KitContext);
  const ref = useRef<HTMLDivElement>(null);
  const propsRef = useRef(props);
  propsRef.current = props;
  const width = useRef(0);
  /** Whether the ResizeObserver has reported the figure's width once (the first drawing waits for it). */
  const measured = useRef(false);
  const drawn = useRef<Array<{ key: string; width: number; height: number } | undefined>>([]);
  const scales = useRef<LayerScales>({});
  const dragging = useRef<number | null>(null);
  const reportError = useRef(ctx.reportError);
  reportError.current = ctx.reportError;

  // Whether the figure is on screen (IntersectionObserver; assumed until it reports).
  const onScreen = useRef(true);
  const deferred = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /** Cancels the next task of a first drawing in steps, while one is under way. */
  const step = useRef<(() => void) | undefined>(undefined);

  const scheduler = useMemo(() => {
    const keepScales = (fig: ReturnType<typeof plot>): void => {
      scales.current = scalesOf(fig);
      propsRef.current.onScales?.(scales.current);
    };
    /**
     * The layer's drawing on screen brought up to date in place by its `update` (at another
     * size too when it redraws everything: the SVG is given the new size first); false when
     * the layer must be drawn by Plot.
     */
    const updated = (
      layer: Layer,
      host: HTMLElement,
      size: Size,
      prev: Size | undefined,
      write?: (svg: SVGSVGElement) => boolean, // its writes worked out ahead (`updateAhead`)
    ): boolean => {
      const sameSize = prev !== undefined && prev.width === size.width && prev.height === size.height;
      if (!layer.update || !(sameSize || layer.redrawsAll)) return false;
      const svg = svgOf(host);
      if (!svg) return false;
      if (!sameSize) resize(svg, size);
      return write ? write(svg) : layer.update(svg, scales.current);
    };
    /** Layer `i`'s Plot options: the widget's work (null when it keeps what it shows, or fails). */
    const optionsOf = (p: PlotFigureProps, i: number, size: Size): PlotOptions | null => {
      const layer = p.layers[i];
      try {
        return layer ? layerOptions(p.base, layer, size, i) : null;
      } catch (error) {
        // The layer keeps its last good drawing; the widget shows why.
        reportError.current(error);
        return null;
      }
    };
    /** The options drawn by Plot: Plot's work (null when it fails: the widget says why). */
    const rendered = (options: PlotOptions): ReturnType<typeof plot> | null => {
      try {
        return withoutStyle(plot(options));
      } catch (error) {
        reportError.current(error);
        return null;
      }
    };
    /** Layer `i` drawn by Plot (null when it keeps what it shows, or fails: the widget says why). */
    const plotted = (p: PlotFigureProps, i: number, size: Size): ReturnType<typeof plot> | null => {
      const options = optionsOf(p, i, size);
      return options === null ? null : rendered(options);
    };
    /** The figure's size now: its width as last reported (or read), and the height for it. */
    const sizeNow = (el: HTMLElement): Size => {
      const w = width.current || Math.round(el.clientWidth);
      return { width: w, height: heightFor(w, propsRef.current) };
    };
    /** Whether layer `i` shows its drawing for `layer`'s key at `size`. */
    const isDrawn = (layer: Layer, i: number, size: Size): boolean => {
      const d = drawn.current[i];
      return d !== undefined && d.key === layer.key && d.width === size.width && d.height === size.height;
    };
    /** Whether a layer's drawing is not the one its key and the figure's size ask for. */
    const behind = (el: HTMLElement): boolean => {
      const size = sizeNow(el);
      return propsRef.current.layers.some((layer, i) => !isDrawn(layer, i, size));
    };
    /**
     * The first drawing of layers `indices` at `size`: each layer's options (the widget's data,
     * e.g. contours) in one task and Plot's drawing of them in the next; then, each in a frame
     * of its own that carries no other figure's turn (`swapTurn`), each new drawing is put in
     * its host hidden (styled and laid out there), all are shown together over the drawings
     * they replace (painted), and those are removed (their hosts laid out again, in a task).
     * Measured at 4× CPU: a contour figure's one frame of 35–45 ms became frames of 25–38 ms
     * (docs/benchmarks.md, Hydration, session 28). A layer that can bring any drawing of its
     * own up to date (`redrawsAll`) is instead the server's SVG updated in place, at the swap, on the scales of layer 0 — but
     * only where Plot would draw the same groups: Plot offsets lines by half a pixel in a
     * browser at devicePixelRatio 1 and not on the server, so there an update of the server's
     * groups would keep their offsets and a copied link would not reproduce the page's figure.
     * On a phone (devicePixelRatio > 1) that saves Plot's drawing of those layers: 50–140 ms
     * per layer at 4× CPU for the playground's map, arrows and paths. A layer with
     * `updateAhead` does its update's work in a task of its own once layer 0 is drawn, so that
     * the swap makes only the writes (the playground's three: one task of 50–100 ms at 4× CPU).
     */
    const drawInSteps = (indices: readonly number[], size: Size): void => {
      if (step.current !== undefined) return; // under way: it draws what changed meanwhile when done
      // Under way: tests and tools wait for the finished figure (`data-kit-pending`, as for a
      // worker's result), which is on screen only once the last step has swapped it in;
      // `data-kit-drawing` until then says that the figure is on its way (its hosts may hold a
      // new drawing beside the one it replaces), not waiting for data.
      ref.current?.setAttribute('data-kit-pending', '');
      ref.current?.setAttribute('data-kit-drawing', '');
      const figs = new Map<number, { key: string; fig: ReturnType<typeof plot> }>();
      const keys = (p: PlotFigureProps): string => indices.map((i) => p.layers[i]?.key).join('\n');
      const started = keys(propsRef.current);
      let k = 0;
      /** A layer whose options are ready, to be drawn by Plot in the next task. */
      let ready: { i: number; key: string; options: PlotOptions } | undefined;
      /** Layer `prepared`'s `prepare` pieces still to run (failures are met again by `plot`). */
      let prepared = -1;
      let pieces: Iterator<unknown> | undefined;
      const inPlace = (layer: Layer | undefined, i: number): boolean =>
        i > 0 && layer?.redrawsAll === true && layer.update !== undefined && window.devicePixelRatio > 1;
      /**
       * Whether layer `i`'s first drawing is the server's, scaled (`scalesWithFigure`): only where
       * Plot draws what the server drew (devicePixelRatio > 1, as for `inPlace`), for the same key,
       * and in a figure without margins (margins in pixels do not scale with it).
       */
      const kept = (layer: Layer | undefined, i: number): boolean => {
        const host = ref.current?.querySelectorAll<HTMLElement>(':scope > .kit-layer')[i];
        const base = propsRef.current.base;
        return (
          i > 0 &&
          SIDES.every((side) => margin(base, side) === 0) &&
          layer?.scalesWithFigure === true &&
          window.devicePixelRatio > 1 &&
          host?.firstElementChild?.getAttribute('data-kit-key') === layer.key
        );
      };
      /** The in-place layers' writes worked out ahead (`updateAhead`), by layer; `ahead`: the next to ask. */
      const writes = new Map<number, (svg: SVGSVGElement) => boolean>();
      let ahead = 0;
      /** Whether this figure's turn to go on screen has come (`swapTurn`). */
      let turn = false;
      /** How many of Plot's new drawings are in their hosts, hidden (`staged`). */
      let staged = 0;
      const next = (): void => {
        step.current = undefined;
        const el = ref.current;
        if (!el) return;
        const p = propsRef.current;
        // The layers changed under way (a worker's first answer): start again with them, so
        // that what is swapped in is all of one state and drawn on one state's scales.
        if (keys(p) !== started) {
          unstage(el);
          scheduler.schedule();
          return;
        }
        // One piece per task: a layer's preparation (a few of its pieces), its options, or
        // Plot's drawing of them.
        if (ready !== undefined) {
          const fig = rendered(ready.options);
          if (fig) figs.set(ready.i, { key: ready.key, fig });
          ready = undefined;
        } else if (pieces !== undefined) {
          pieces = runPieces(pieces);
        } else {
          while (k < indices.length) {
            const i = indices[k]!;
            const layer = p.layers[i];
            if (!layer || inPlace(layer, i) || kept(layer, i)) {
              k++;
              continue;
            }
            if (layer.prepare !== undefined && prepared !== i) {
              prepared = i;
              try {
                pieces = runPieces(layer.prepare(layerContext(p.base, size)));
              } catch {
                pieces = undefined;
              }
              break;
            }
            k++;
            const options = optionsOf(p, i, size);
            if (options !== null) ready = { i, key: layer.key, options };
            break;
          }
          // Then, one per task, the work of the in-place layers that can do it ahead, on the
          // scales of layer 0's new drawing (the scales they get at the swap).
          const layer0 = figs.get(0)?.fig;
          while (ready === undefined && pieces === undefined && k >= indices.length && ahead < indices.length) {
            const i = indices[ahead++]!;
            const layer = p.layers[i];
            if (layer0 === undefined || !inPlace(layer, i) || layer?.updateAhead === undefined) continue;
            try {
              writes.set(i, layer.updateAhead(scalesOf(layer0)));
            } catch {
              // Met again, and reported, by `update` or Plot at the swap.
            }
            step.current = inNewTask(next);
            return;
          }
        }
        if (ready !== undefined || pieces !== undefined || k < indices.length) {
          step.current = inNewTask(next);
          return;
        }
        // All drawn: each new drawing put in its host hidden, one per frame (it takes the static
        // SVG's place in the host's one cell): in a task right after its turn's frame, where it is
        // styled and laid out at once, so that the next frame only pre-paints it (hidden, it paints
        // nothing). Put in place in the frame, its style and layout came on top of that frame's
        // pre-paint, paint and layerization: frames of 40–50 ms at 4× CPU (docs/benchmarks.md,
        // Hydration, session 30).
        const order = indices.filter((i) => figs.has(i));
        if (staged < order.length) {
          step.current = taskAfterTurn(() => {
            const i = order[staged++]!;
            const host = el.querySelectorAll<HTMLElement>(':scope > .kit-layer')[i];
            const fig = figs.get(i)!.fig;
            fig.setAttribute('data-kit-incoming', '');
            host?.append(fig);
            // Styled and laid out now, in this task (the figure's own box: a figure skipped off
            // screen, content-visibility, keeps its contents skipped).
            void el.offsetHeight;
            next();
          });
          return;
        }
        // Then all are shown at the start of a frame of this figure's own (swapTurns.ts).
        if (!turn) {
          step.current = swapTurn(() => {
            turn = true;
            next();
          });
          return;
        }
        const hosts = el.querySelectorAll<HTMLElement>(':scope > .kit-layer');
        /** The drawings replaced, shown no more: removed after a frame of their own. */
        const outgoing: Element[] = [];
        let changed = false;
        for (const i of indices) {
          const host = hosts[i];
          const layer = p.layers[i];
          if (!host || !layer) continue;
          if (kept(layer, i)) {
            // The server's SVG (its viewBox) at the figure's size: the same picture, scaled.
            takeOver(host.firstElementChild!, size);
            drawn.current[i] = { key: layer.key, ...size };
            changed = true;
            continue;
          }
          if (inPlace(layer, i)) {
            // Layer 0 is swapped in first (indices go up), so the scales are this drawing's.
            const svg = svgOf(host);
            const from = svg
              ? { width: Number(svg.getAttribute('width')), height: Number(svg.getAttribute('height')) }
              : undefined;
            let ok = from !== undefined && updated(layer, host, size, from, writes.get(i));
            if (!ok) {
              const fig = plotted(p, i, size);
              if (fig !== null) host.replaceChildren(fig);
              ok = fig !== null;
            }
            if (ok) {
              drawn.current[i] = { key: layer.key, ...size };
              changed = true;
            }
            continue;
          }
          const fig = figs.get(i)?.fig ?? null;
          const key = figs.get(i)?.key ?? layer.key;
          if (fig === null) continue;
          // In its host since its turn (hidden): shown, over what it replaces, hidden now.
          for (const c of host.children) {
            if (c === fig) continue;
            c.setAttribute('data-kit-outgoing', '');
            outgoing.push(c);
          }
          fig.removeAttribute('data-kit-incoming');
          drawn.current[i] = { key, ...size };
          changed = true;
          if (i === 0) keepScales(fig);
        }
        const done = (): void => {
          // Keys or the size may have changed while the layers were drawn (a map's worker answered):
          // the figure stays pending until the next draw has drawn them. Settled now, it said for a
          // frame or more that it was drawn, with such a layer still the server's.
          if (changed && behind(el)) scheduler.schedule();
          else settled(el);
        };
        if (outgoing.length === 0) {
          done();
          return;
        }
        // Removing them lays the hosts out again: in a task right after a frame of its own, laid
        // out there, so that the next frame only paints what they covered. Removed in the frame,
        // their hosts' layout came on top of its paint: 4–10 ms of frames of 40–56 ms at 4× CPU
        // (regression-descent; docs/benchmarks.md, Hydration, session 31).
        step.current = taskAfterTurn(() => {
          step.current = undefined;
          for (const c of outgoing) c.remove();
          void el.offsetHeight;
          done();
        });
      };
      step.current = inNewTask(next);
    };
    const draw = (): void => {
      const el = ref.current;
      if (!el) return;
      // The figure's width comes from the ResizeObserver's first report, which schedules the
      // drawing: read here, in the first frame after hydration, it forced the style and layout of
      // the hydrated widget inside that frame's callbacks, and the frame then ran the drawing's
      // work too (optimizer-race: a 24 ms callback, 15.6 ms of it forced, in a 53.5 ms frame at
      // 4× CPU; docs/benchmarks.md, Hydration, session 30).
      if (!measured.current && typeof ResizeObserver === 'function') return;
      const size = sizeNow(el);
      if (size.width <= 0) {
        if (step.current === undefined) settled(el);
        return;
      }
      const p = propsRef.current;
      const hosts = el.querySelectorAll<HTMLElement>(':scope > .kit-layer');
      const firsts: number[] = [];
      p.layers.forEach((layer, i) => {
        const host = hosts[i];
        const prev = drawn.current[i];
        if (!host || isDrawn(layer, i, size)) return;
        if (p.firstDrawInSteps !== false && prev === undefined) {
          firsts.push(i);
          return;
        }
        if (prev && updated(layer, host, size, prev)) {
          drawn.current[i] = { key: layer.key, ...size };
          return;
        }
        const fig = plotted(p, i, size);
        if (fig === null) return;
        host.replaceChildren(fig);
        drawn.current[i] = { key: layer.key, ...size };
        if (i === 0) keepScales(fig);
      });
      if (firsts.length > 0) drawInSteps(firsts, size);
      else if (step.current === undefined) settled(el);
    };
    const scheduler = frameScheduler(() => {
      if (onScreen.current) {
        draw();
        return;
      }
      // Off screen: drawn in a task right after this frame is painted, so the frame
      // that answers an input carries only the figures the reader can see (panels
      // below the fold, or stacked on a phone, still catch up at once).
      deferred.current ??= setTimeout(() => {
        deferred.current = undefined;
        draw();
      }, 0);
    });
    return scheduler;
  }, []);

  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver !== 'function') return;
    const io = new IntersectionObserver((entries) => {
      for (const e of entries) onScreen.current = e.isIntersecting;
    });
    io.observe(el);
    return () => {
      io.disconnect();
      clearTimeout(deferred.current);
    };
  }, []);

  useEffect(() => () => step.current?.(), []);

  // Every render: draw what changed, next frame (coalesced). A first drawing in steps marks the
  // figure pending from now on, so that nothing waiting for it sees the frame before it starts.
  useLayoutEffect(() => {
    if (props.firstDrawInSteps !== false && props.layers.some((_l, i) => drawn.current[i] === undefined))
      ref.current?.setAttribute('data-kit-pending', '');
    scheduler.schedule();
  });

  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver !== 'function') return;
    const ro = new ResizeObserver((entries) => {
      const w = Math.round(entries[0]?.contentRect.width ?? 0);
      const first = !measured.current;
      measured.current = true;
      if (w > 0 && w !== width.current) {
        width.current = w;
        scheduler.schedule();
      } else if (first) scheduler.schedule();
    });
    ro.observe(el);
    return () => {
      ro.disconnect();
      scheduler.cancel();
    };
  }, [scheduler]);

  const ssrWidth = props.ssrWidth ?? 640;
  const ssrSize = { width: ssrWidth, height: heightFor(ssrWidth, props) };
  const layerHtml = (layer: Layer, i: number): { __html: string } => {
    if (!import.meta.env.SSR) return EMPTY_HTML;
    const options = layerOptions(props.base, layer, ssrSize, i, ssrDocument());
    if (options === null) return EMPTY_HTML;
    const fig = withoutStyle(plot(options));
    // Shown scaled to the figure's box (kit.css) until the kit draws the layer or takes it over.
    fig.setAttribute('data-kit-static', '');
    // What a layer that scales with the figure drew: its first drawing on a phone may keep it.
    if (layer.scalesWithFigure) fig.setAttribute('data-kit-key', layer.key);
    return { __html: roundedGeometry(fig.outerHTML) };
  };

  const it = props.interact;
  const move = (e: PointerEvent, phase: MovePhase): void => {
    const el = ref.current;
    const svg = el?.querySelector<HTMLElement>(':scope > .kit-layer');
    const s = svg ? svgOf(svg) : null;
    if (!it || !s || !scales.current.x) return;
    const p = clientToData(s, scales.current, e.clientX, e.clientY);
    if (!Number.isFinite(p.x)) return;
    it.onMove({ x: p.x, y: Number.isFinite(p.y) ? p.y : (it.y ?? 0) }, phase);
  };

  const handlers = it
    ? {
        onPointerDown: (e: PointerEvent) => {
          if (e.button !== 0 || !ctx.hydrated) return;
          const el = ref.current!;
          try {
            el.setPointerCapture(e.pointerId);
          } catch {
            /* not an active pointer (synthetic event): drag without capture */
          }
          dragging.current = e.pointerId;
          ctx.setBusy(true);
          el.focus({ preventScroll: true });
          e.preventDefault();
          move(e, 'start');
        },
        onPointerMove: (e: PointerEvent) => {
          if (dragging.current === e.pointerId) move(e, 'move');
        },
        onPointerUp: (e: PointerEvent) => {
          if (dragging.current !== e.pointerId) return;
          dragging.current = null;
          ctx.setBusy(false);
          move(e, 'end');
        },
        onPointerCancel: () => {
          dragging.current = null;
          ctx.setBusy(false);
        },
        onKeyDown: (e: KeyboardEvent) => {
          const m = keyToMove(e.key, e.shiftKey, it.kind);
          if (!m || !ctx.hydrated) return;
          e.preventDefault();
          if (m.kind === 'to') {
            const x = m.to === 'min' ? it.min : it.max;
            if (x !== undefined) it.onMove({ x, y: it.y ?? 0 }, 'key');
            return;
          }
          it.onMove({ x: it.x + m.dx * it.step.x, y: (it.y ?? 0) + m.dy * (it.step.y ?? it.step.x) }, 'key');
        },
      }
    : {};

  const aria: Record<string, string | number | undefined> = it
    ? it.kind === 'x'
      ? {
          role: 'slider',
          'aria-label': `${props.label}. ${it.label}`,
          'aria-valuenow': it.x,
          'aria-valuemin': it.min,
          'aria-valuemax': it.max,
          'aria-valuetext': it.valueText,
          'aria-orientation': 'horizontal',
        }
      : {
          role: 'application',
          'aria-roledescription': 'draggable point',
          'aria-label': `${props.label}. ${it.label}: ${it.valueText}. Arrow keys move it.`,
        }
    : { role: 'img', 'aria-label': props.label };

  return (
    <div
      ref={ref}
      class={`kit-figure${it ? ' kit-interactive' : ''}${props.class ? ` ${props.class}` : ''}`}
      data-kit-figure={props.name}
      data-pagefind-ignore=""
      tabIndex={it ? 0 : undefined}
      aria-describedby={ctx.id ? summaryId(ctx.id) : undefined}
      style={{ ...figureBoxStyle(props), ...(it ? { touchAction: it.kind === 'x' ? 'pan-y' : 'none' } : {}) }}
      {...aria}
      {...handlers}
    >
      {props.layers.map((layer, i) => (
        <div
          key={i}
          class="kit-layer"
          aria-hidden="true"
          data-kit-scales={layer.scalesWithFigure ? '' : undefined}
          dangerouslySetInnerHTML={layerHtml(layer, i)}
        />
      ))}
    </div>
  );
}
