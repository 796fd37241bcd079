// The map's layers brought up to date in place (typing a formula) give the SVG a new drawing gives.
import { describe, expect, it } from 'vitest';
import { markGroups, pixelFrame } from '~/widgets/kit/markRedraw';
import type { Layer } from '~/widgets/kit/PlotFigure';
import { ssrDocument } from '~/widgets/kit/ssrDocument';
import { mapAnswer } from '~/widgets/playground/mapAnswer';
import type { MapDrawing } from '~/widgets/playground/mapDrawing';
import { mapArrows, mapBackground, mapBase } from '~/widgets/playground/mapPanel';
import { model, withRuns, type ModelWithRuns } from '~/widgets/playground/model';
import { drawStopGroups, mapPaths } from '~/widgets/playground/pathsLayer';
import { stateSchema, type State } from '~/widgets/playground/state';
import { drawLayer, marksMarkup, scalesOf, thousandths } from '../kit/layerDrawing';

const size = { width: 640, height: 480 };
const state = (patch: Partial<State>): State => ({ ...stateSchema.parse('').state, ...patch });
const on = (f: string, patch: Partial<State> = {}): ModelWithRuns => withRuns(model(state({ f, ...patch })));

const draw = (m: ModelWithRuns, layer: Layer, index: number): SVGSVGElement =>
  drawLayer(mapBase(m), layer, size, index);
const scales = (m: ModelWithRuns) => scalesOf(mapBase(m), size);
const markup = marksMarkup;

describe('the map layers, updated in place', () => {
  const pairs: Array<[string, string]> = [
    ['(1 - x)^2 + 100*(y - x^2)^2', '(1 - x)^2 + 100.1*(y - x^2)^2'],
    ['log(x) + y^2', 'log(x + 0.5) + y^2'],
    ['x^2 + y^2', 'log(x) + y^2'],
  ];
  for (const [from, to] of pairs) {
    it(`draw ${to} over ${from} as a new drawing would`, () => {
      const a = on(from);
      const b = on(to);
      for (const [layer, index] of [
        [mapBackground, 1],
        [mapArrows, 2],
      ] as const) {
        const make = (m: ModelWithRuns): Layer =>
          layer === mapBackground ? mapBackground(m, undefined, 'none') : mapArrows(m);
        const svg = draw(a, make(a), index);
        const updated = make(b).update!(svg, scales(b));
        // Masked cells appearing (or going) change which marks the layer has: Plot redraws it.
        const sameMarks = a.map.masked.length > 0 === b.map.masked.length > 0 || layer === mapArrows;
        expect(updated).toBe(sameMarks);
        if (updated) expect(markup(svg)).toBe(markup(draw(b, make(b), index)));
      }
    });
  }

  it('draw every contour line as one path and every arrow as one path, before and after an update', () => {
    const a = on('(1 - x)^2 + 100*(y - x^2)^2');
    const b = on('log(x + 0.5) + 100*(y - x^2)^2');
    expect(a.map.arrows.x1.length).toBeGreaterThan(200);
    const paths = (svg: SVGSVGElement): number[] => markGroups(svg).map((g) => g.querySelectorAll('path').length);
    const contours = draw(a, mapBackground(a, undefined, 'none'), 1);
    const arrows = draw(a, mapArrows(a), 2);
    expect(paths(contours)).toEqual([1]);
    expect(paths(arrows)).toEqual([1]);
    // The contours' one path has a move-to per line.
    expect(contours.querySelector('path')!.getAttribute('d')!.split('M').length).toBeGreaterThan(10);
    expect(mapArrows(b).update!(arrows, scales(b))).toBe(true);
    expect(paths(arrows)).toEqual([1]);
    // b masks x ≤ −0.5: its greyed cells are a rect mark under the lines.
    const masked = draw(b, mapBackground(b, undefined, 'none'), 1);
    expect(paths(masked)).toEqual([0, 1]);
  });

  it('leave the arrows to Plot when they are switched on, and to nothing when they stay off', () => {
    const off = on('x^2 + y^2', { arrows: false });
    const svg = draw(off, mapArrows(off), 2);
    expect(mapArrows(on('x^2 + 2*y^2', { arrows: false })).update!(svg, scales(off))).toBe(true);
    expect(mapArrows(on('x^2 + 2*y^2')).update!(svg, scales(off))).toBe(false);
  });

  const resized = (svg: SVGSVGElement, w: number, h: number): SVGSVGElement => {
    svg.setAttribute('width', String(w));
    svg.setAttribute('height', String(h));
    svg.setAttribute('viewBox', `0 0 ${w} ${h}`);
    return svg;
  };

  it('move the paths, their labels and the start (a drag), as a new drawing would', () => {
    const a = on('(1 - x)^2 + 100*(y - x^2)^2');
    for (const b of [
      on('(1 - x)^2 + 100*(y - x^2)^2', { sx: -1.2, sy: 1.5 }),
      on('(1 - x)^2 + 100.1*(y - x^2)^2'),
      on('x^2 + 3*y^2', { sx: 1, sy: 2.5 }),
    ]) {
      const svg = draw(a, mapPaths(a), 3);
      expect(mapPaths(b).update!(svg, scales(b))).toBe(true);
      expect(markup(svg)).toBe(markup(draw(b, mapPaths(b), 3)));
    }
  });

  it('add and remove the cross and words of a path that starts or stops ending early, as a new drawing would', () => {
    const a = on('x^2 + y^2', { sx: 2, sy: 1, opt: ['gradient-descent'], eta: [0.01] });
    const stops = on('log(x) + y^2', { sx: 2, sy: 1, opt: ['gradient-descent'], eta: [3] });
    const further = on('log(x) + y^2', { sx: 1.5, sy: 0, opt: ['gradient-descent'], eta: [3] });
    const leaves = on('(1 - x)^2 + 1000*(y - x^2)^2');
    const plane = (f: string): ModelWithRuns => on(f, { sx: 0.5, sy: 1, opt: ['gradient-descent'], eta: [0.5] });
    // Two paths from the same start, plain descent with two step sizes.
    const planes = (f: string): ModelWithRuns =>
      on(f, { sx: 0.5, sy: 1, opt: ['gradient-descent', 'gradient-descent'], eta: [0.5, 0.25] });
    expect(stops.runs[0]!.status).toBe('not-defined');
    const anchors = (m: ModelWithRuns) => markGroups(draw(m, mapPaths(m), 3)).map((g) => g.getAttribute('text-anchor'));
    expect(anchors(plane('x'))).toContain('start');
    expect(anchors(plane('-x'))).toContain('end');
    // Words above an end in the lower half (leaving at the bottom), below one in the upper half.
    const sides = (m: ModelWithRuns) =>
      markGroups(draw(m, mapPaths(m), 3)).map((g) => g.getAttribute('aria-description'));
    expect(sides(plane('y'))).toContain('above');
    expect(sides(plane('-y'))).toContain('below');
    // Copies of Plot's stop groups are taken from a drawing that has them (here, Plot's own).
    const stopped = draw(stops, mapPaths(stops), 3);
    expect(mapPaths(further).update!(stopped, scales(further))).toBe(true);
    expect(markup(stopped)).toBe(markup(draw(further, mapPaths(further), 3)));
    const left = draw(leaves, mapPaths(leaves), 3);
    expect(mapPaths(leaves).update!(left, scales(leaves))).toBe(true);
    // Then, with every side's stop groups drawn off the page as the page does at idle time, a path
    // that starts, stops or changes ending early keeps its drawing.
    drawStopGroups(ssrDocument());
    for (const [from, to] of [
      [a, stops],
      [stops, a],
      [on('(1 - x)^2 + 100*(y - x^2)^2'), leaves],
      [leaves, on('(1 - x)^2 + 100*(y - x^2)^2')],
      [leaves, stops],
      // Leaving to the left, then to the right: the words change sides.
      [plane('x'), plane('-x')],
      [plane('-x'), plane('x')],
      // Leaving at the bottom, then at the top: the words go from above the end to below it.
      [plane('y'), plane('-y')],
      [plane('-y'), plane('y')],
      // Two paths leaving at one point, then at two points far apart: their labels stack, then not.
      [planes('-y'), planes('-y - 0.5*x')],
      [planes('-y - 0.5*x'), planes('-y')],
    ] as const) {
      const svg = draw(from, mapPaths(from), 3);
      const same = from.runs.length === to.runs.length;
      expect(mapPaths(to).update!(svg, scales(to))).toBe(same);
      if (same) expect(markup(svg)).toBe(markup(draw(to, mapPaths(to), 3)));
    }
  });

  it('bring a drawing at another size (the static figure) to the figure size in place', () => {
    const m = on('(1 - x)^2 + 100*(y - x^2)^2');
    const small = { width: 380, height: 285 };
    for (const [make, index] of [
      [(x: ModelWithRuns) => mapBackground(x, undefined, 'none'), 1],
      [mapArrows, 2],
      [mapPaths, 3],
    ] as const) {
      expect(make(m).redrawsAll).toBe(true);
      const svg = resized(draw(m, make(m), index), small.width, small.height);
      expect(make(m).update!(svg, scalesOf(mapBase(m), small))).toBe(true);
      const fresh = drawLayer(mapBase(m), make(m), small, index);
      expect(thousandths(svg.outerHTML)).toBe(thousandths(fresh.outerHTML));
    }
  });

  describe("from the map worker's drawing (typing a formula)", () => {
    /** The worker's answer for model `m`, its drawing made for the figure of `at` (size). */
    const drawingOf = (m: ModelWithRuns, at = size): MapDrawing | null =>
      structuredClone(mapAnswer({ ...m.mapInput, specs: m.specs, frame: pixelFrame(scalesOf(mapBase(m), at)) }))
        .drawing;
    const layers = (m: ModelWithRuns, d: MapDrawing | null): Array<[Layer, number]> => [
      [mapBackground(m, undefined, 'none', d), 1],
      [mapArrows(m, d), 2],
      [mapPaths(m, d), 3],
    ];

    it('puts its strings in place: the SVG a new drawing gives', () => {
      const a = on('(1 - x)^2 + 100*(y - x^2)^2');
      for (const b of [
        on('(1 - x)^2 + 100.1*(y - x^2)^2'),
        on('(1 - x)^2 + 100.12*(y - x^2)^2', { sx: -1.2, sy: 1.5 }),
      ]) {
        const d = drawingOf(b);
        expect(d).not.toBeNull();
        for (const [[layer, index], [before]] of layers(b, d).map((l, k) => [l, layers(a, null)[k]!] as const)) {
          const svg = draw(a, before, index);
          expect(layer.update!(svg, scales(b))).toBe(true);
          expect(markup(svg)).toBe(markup(draw(b, layer, index)));
        }
      }
    });

    it('is used only for its own map, runs and figure size', () => {
      const a = on('x^2 + y^2');
      const b = on('x^2 + 2*y^2');
      const d = drawingOf(b)!;
      // A drawing that says so: its strings are used as they are.
      const marked: MapDrawing = { ...d, contours: ['M0,0Z'], arrows: 'M1,1Z' };
      const svg = draw(a, mapBackground(a, undefined, 'none'), 1);
      expect(mapBackground(b, undefined, 'none', marked).update!(svg, scales(b))).toBe(true);
      expect(markGroups(svg)[0]!.innerHTML).toBe('<path d="M0,0Z"></path>');
      const arrows = draw(a, mapArrows(a), 2);
      expect(mapArrows(b, marked).update!(arrows, scales(b))).toBe(true);
      expect(markGroups(arrows)[0]!.firstElementChild!.getAttribute('d')).toBe('M1,1Z');
      // The paths' lines: the worker's strings as they are.
      const straight: MapDrawing = { ...d, pathLines: d.pathLines.map(() => ['M2,2L3,3']) };
      const paths = draw(a, mapPaths(a), 3);
      expect(mapPaths(b, straight).update!(paths, scales(b))).toBe(true);
      expect(markGroups(paths)[0]!.firstElementChild!.getAttribute('d')).toBe('M2,2L3,3');
      // Another map's or another size's drawing is not, nor, for the paths, other runs' (the
      // same map from another start): the layers draw their own.
      const other = pixelFrame(scalesOf(mapBase(b), { width: 600, height: 450 }))!;
      for (const [m, d, only] of [
        [on('x^2 + 3*y^2'), marked, null],
        [b, { ...marked, frame: other }, null],
        [on('x^2 + 2*y^2', { sx: 1, sy: 1 }), marked, 3],
      ] as const) {
        for (const [layer, index] of layers(m, d)) {
          if (only !== null && index !== only) continue;
          const drawn = draw(a, layers(a, null)[index - 1]![0], index);
          expect(layer.update!(drawn, scales(m))).toBe(true);
          expect(markup(drawn)).toBe(markup(draw(m, layer, index)));
        }
      }
    });
  });
});
