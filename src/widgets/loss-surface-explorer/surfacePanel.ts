/** The surface panel: filled MSE contours over (b, w) with landmarks (background), and the
 * current point, its cross-section lines and the downhill arrow (overlay). */
import { arrow, dot, geo, ruleX, ruleY, text, type PlotOptions } from '@observablehq/plot';
import { color } from '~/widgets/kit/colors';
import { fmt } from '~/widgets/kit/format';
import type { Layer, PlotBase } from '~/widgets/kit/PlotFigure';
import { polygonsRender } from '~/widgets/kit/polygonsRender';
import { gridOutline } from '~/core/contour/contour-polygons';
import type { AtPoint, Static } from './model';
import { B_DOMAIN, W_DOMAIN } from './state';

/** Length of the downhill arrow, in parameter units. */
const ARROW = 0.7;

const halo = { stroke: color.bg, strokeWidth: 3, paintOrder: 'stroke' } as const;

export function surfaceBase(): PlotBase {
  return {
    x: { domain: [...B_DOMAIN], label: 'intercept b', labelAnchor: 'right' },
    y: { domain: [...W_DOMAIN], label: 'slope w', labelAnchor: 'top' },
    color: { type: 'log', scheme: 'viridis' },
    marginLeft: 40,
  };
}

export function surfaceBackground(s: Static): Layer {
  const landmarks = [
    { b: s.truth.b, w: s.truth.w, label: 'true (1, 2)', symbol: 'cross' },
    { b: s.best.b, w: s.best.w, label: 'least squares', symbol: 'diamond' },
    { b: s.start.b, w: s.start.w, label: 'start', symbol: 'circle' },
  ];
  return {
    key: 'surface',
    plot: (): PlotOptions => ({
      marks: [
        // The floor: the whole window in the lowest colour, under the bands.
        geo([{ value: s.grid.min, geometry: gridOutline(s.grid) }], {
          geometry: 'geometry',
          fill: 'value',
          render: polygonsRender,
        }),
        geo(s.bands, {
          geometry: 'geometry',
          fill: 'value',
          stroke: 'white',
          strokeOpacity: 0.35,
          strokeWidth: 0.6,
          render: polygonsRender,
        }),
        text(s.levelLabels, {
          x: 'b',
          y: 'w',
          text: (d: { value: number }) => fmt(d.value, d.value < 1 ? 2 : d.value < 10 ? 1 : 0),
          fill: 'white',
          fontSize: 10,
          stroke: 'black',
          strokeOpacity: 0.45,
          strokeWidth: 2.5,
          paintOrder: 'stroke',
        }),
        dot(landmarks.slice(0, 2), {
          x: 'b',
          y: 'w',
          symbol: 'symbol',
          r: 5,
          stroke: 'white',
          strokeWidth: 2,
          fill: 'none',
        }),
        dot(landmarks.slice(2), { x: 'b', y: 'w', r: 4, stroke: 'white', strokeWidth: 1.5, fill: 'none' }),
        text(landmarks.slice(0, 1), {
          x: 'b',
          y: 'w',
          text: 'label',
          dx: -10,
          dy: -6,
          textAnchor: 'end',
          fill: 'white',
          fontWeight: 600,
        }),
        text(landmarks.slice(1, 2), {
          x: 'b',
          y: 'w',
          text: 'label',
          dx: 4,
          dy: 18,
          textAnchor: 'start',
          fill: 'white',
          fontWeight: 600,
        }),
        text(landmarks.slice(2), { x: 'b', y: 'w', text: 'label', dx: -8, dy: 14, textAnchor: 'end', fill: 'white' }),
      ],
    }),
  };
}

export function surfaceOverlay(p: AtPoint, sectionsShown: boolean): Layer {
  const gn = Math.hypot(p.grad[0], p.grad[1]);
  const dir = gn > 1e-9 ? [-p.grad[0] / gn, -p.grad[1] / gn] : null;
  const right = p.b > (B_DOMAIN[0] + B_DOMAIN[1]) / 2;
  const high = p.w > (W_DOMAIN[0] + W_DOMAIN[1]) / 2;
  return {
    key: `${p.b},${p.w},${sectionsShown}`,
    plot: (): PlotOptions => ({
      marks: [
        ...(sectionsShown
          ? [
              ruleX([p.b], { stroke: color.series[0], strokeWidth: 2, strokeDasharray: '5,4' }),
              ruleY([p.w], { stroke: color.series[1], strokeWidth: 2, strokeDasharray: '5,4' }),
            ]
          : []),
        ...(dir
          ? [
              arrow([p], {
                x1: 'b',
                y1: 'w',
                x2: () => p.b + dir[0]! * ARROW,
                y2: () => p.w + dir[1]! * ARROW,
                stroke: 'white',
                strokeWidth: 2.5,
                insetStart: 7,
                headLength: 9,
                clip: true,
              }),
            ]
          : []),
        dot([p], { x: 'b', y: 'w', r: 7, fill: color.accent, stroke: 'white', strokeWidth: 2 }),
        text([p], {
          x: 'b',
          y: 'w',
          text: () => `MSE ${fmt(p.mse, p.mse < 0.1 ? 4 : 2)}`,
          dx: right ? -12 : 12,
          dy: high ? 16 : -16,
          textAnchor: right ? 'end' : 'start',
          fill: color.fg,
          fontWeight: 700,
          fontSize: 13,
          ...halo,
        }),
      ],
    }),
  };
}
