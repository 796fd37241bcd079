/**
 * The map's top layer: the descent paths with their end labels, where a path stops, and the
 * common start. Drawn by Plot when its paths change (a path added or removed); otherwise — a
 * drag of the start, a new map while typing (a path that starts or stops ending early too:
 * pathGroups.ts), the first drawing over the static figure — the drawing on screen gets the new
 * geometry in place.
 */
import { dot, line, plot, text, type PlotOptions } from '@observablehq/plot';
import { color } from '~/widgets/kit/colors';
import { markGroups, pixelDistanceOn, pixelFrame, pixelFunctions, redrawPaths } from '~/widgets/kit/markRedraw';
import { samePixelFrame } from '~/widgets/kit/pathStrings';
import { pixelDistance, type Layer, type LayerScales } from '~/widgets/kit/PlotFigure';
import { pathLineStrings, type MapDrawing } from './mapDrawing';
import { drawnPaths, withStops, wordsSide } from './pathGroups';
import { pathColor } from './mapPanel';
import type { ModelWithRuns } from './model';
import { LABEL, pathPictures, type PathPicture, type Pt } from './pathPictures';

/**
 * The pictures of the model's runs in the figure of `scales`, with their lines' path strings: the
 * worker's when it drew them for it (`lines`; null when the layer works them out itself).
 */
function picturesOn(
  m: ModelWithRuns,
  scales: LayerScales,
  drawing: MapDrawing | null,
): { pictures: readonly PathPicture[]; lines: MapDrawing['pathLines'] | null } | null {
  if (drawing?.runsKey === m.runsKey && samePixelFrame(drawing.frame, pixelFrame(scales)))
    return { pictures: drawing.paths, lines: drawing.pathLines };
  const distance = pixelDistanceOn(scales);
  return distance === null ? null : { pictures: pathPictures(m.runs, m.window, distance), lines: null };
}

/**
 * What moves the drawn layer's marks to the pictures of the runs in the figure of `scales`: their
 * geometry is worked out here (the kit can do it ahead, in a task of its own: `updateAhead`), the
 * writes into the layer's SVG when the function returned is called; false when its marks cannot
 * become these.
 */
function moveMarks(m: ModelWithRuns, scales: LayerScales, drawing: MapDrawing | null): (svg: SVGSVGElement) => boolean {
  const f = pixelFunctions(scales);
  const on = picturesOn(m, scales, drawing);
  if (f === null || on === null) return () => false;
  const ps = on.pictures;
  // The lines: the worker's strings, or worked out here from the pictures.
  const lines = ps.map((p, i) => on.lines?.[i] ?? pathLineStrings(p, f.px, f.py));
  return (svg) => {
    const drawn = drawnPaths(markGroups(svg));
    if (drawn === null || !withStops(drawn.paths, ps, drawn.start)) return false;
    const at = (p: Pt): string => `translate(${f.px(p.x)},${f.py(p.y)})`;
    const circleAt = (g: Element, p: Pt): boolean => {
      const c = g.firstElementChild;
      if (c?.localName !== 'circle' || g.childElementCount !== 1) return false;
      c.setAttribute('cx', String(f.px(p.x)));
      c.setAttribute('cy', String(f.py(p.y)));
      return true;
    };
    const moved = (g: Element, p: Pt, words?: string): boolean => {
      const e = g.firstElementChild;
      if (e === null || g.childElementCount !== 1 || !e.hasAttribute('transform')) return false;
      e.setAttribute('transform', at(p));
      if (words !== undefined && e.textContent !== words) e.textContent = words;
      return true;
    };
    for (const [i, p] of ps.entries()) {
      const g = drawn.paths[i]!;
      redrawPaths(g.line, lines[i]!);
      const ok =
        circleAt(g.dot, p.end) &&
        moved(g.label, p.numberAt) &&
        (p.stop === null ||
          (g.stop !== null && moved(g.stop[0], p.end) && moved(g.stop[1], p.stop.at, `${i + 1}: ${p.stop.why}`)));
      if (!ok) return false;
    }
    return circleAt(drawn.start, { x: m.start[0], y: m.start[1] });
  };
}

/**
 * The layer's marks for these pictures: each path's line, end dot and number (and its cross and
 * words where it ends early), then the start's ring.
 */
function pathMarks(pictures: readonly PathPicture[], start: Pt): NonNullable<PlotOptions['marks']> {
  const marks: NonNullable<PlotOptions['marks']> = [];
  pictures.forEach((p, k) => {
    marks.push(
      line(p.line, { x: 'x', y: 'y', stroke: pathColor(k), strokeWidth: 2.2 }),
      dot([p.end], { x: 'x', y: 'y', r: 4, fill: pathColor(k), stroke: color.bg, strokeWidth: 1 }),
      text([p.numberAt], {
        x: 'x',
        y: 'y',
        text: () => `${k + 1}`,
        dx: LABEL.numberDx,
        dy: LABEL.numberDy,
        fontSize: 12,
        fontWeight: 700,
        fill: pathColor(k),
        stroke: color.bg,
        strokeWidth: 3,
        paintOrder: 'stroke',
      }),
    );
    if (p.stop) {
      const { why, right, above } = p.stop;
      marks.push(
        dot([p.end], { x: 'x', y: 'y', symbol: 'times', r: 7, stroke: color.warn, strokeWidth: 2.5 }),
        text([p.stop.at], {
          x: 'x',
          y: 'y',
          text: () => `${k + 1}: ${why}`,
          ariaDescription: wordsSide(above),
          textAnchor: right ? 'end' : 'start',
          dx: right ? -LABEL.wordsDx : LABEL.wordsDx,
          // Above: clear of the path's number, which sits up and to the right of the end.
          dy: above ? LABEL.wordsAbove : LABEL.wordsBelow,
          fontSize: 11,
          fill: color.warn,
          fontWeight: 700,
          stroke: color.bg,
          strokeWidth: 3,
          paintOrder: 'stroke',
        }),
      );
    }
  });
  marks.push(dot([start], { x: 'x', y: 'y', r: 7, stroke: color.fg, strokeWidth: 2, fill: 'none' }));
  return marks;
}

/** `drawing`: the map worker's, used when it pictures these runs in this figure. */
export function mapPaths(m: ModelWithRuns, drawing: MapDrawing | null = null): Layer {
  return {
    // Redrawn when its runs change, not when the map changes a frame before its runs follow.
    key: m.runsKey,
    redrawsAll: true,
    update: (svg, scales) => moveMarks(m, scales, drawing)(svg),
    updateAhead: (scales) => moveMarks(m, scales, drawing),
    plot: (ctx): PlotOptions => ({
      marks: pathMarks(pathPictures(m.runs, m.window, pixelDistance(ctx)), { x: m.start[0], y: m.start[1] }),
    }),
  };
}

/** The four places of a stopped path's words: right or left of the end, above or below it. */
export const STOP_SIDES: ReadonlyArray<{ readonly right: boolean; readonly above: boolean }> = [true, false].flatMap(
  (right) => [true, false].map((above) => ({ right, above })),
);

/**
 * Has Plot draw, off the page, a path that ends early for each of `sides` (default all four), so
 * that pathGroups.ts has the cross and words to copy: a path that starts ending early while the
 * student types then gets them in place, not a new drawing of the whole layer (about 30 ms the
 * first time a path diverged on the map). The page draws one side per idle task: all four in
 * one Plot drawing were one idle task of 37–55 ms at 4× CPU, one side is 15–32 ms.
 */
export function drawStopGroups(doc: Document = document, sides = STOP_SIDES): void {
  const end = { x: 0.5, y: 0.5 };
  const pictures = sides.map(({ right, above }) => ({
    line: [{ x: 0, y: 0 }, end],
    end,
    numberAt: end,
    stop: { why: '', right, above, at: end },
  }));
  const svg = plot({
    document: doc,
    x: { domain: [0, 1] },
    y: { domain: [0, 1] },
    axis: null,
    width: 40,
    height: 40,
    marks: pathMarks(pictures, end),
  }) as unknown as SVGSVGElement;
  drawnPaths(markGroups(svg));
}
