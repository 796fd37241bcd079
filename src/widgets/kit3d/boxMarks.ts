/**
 * The box around a 3-D surface as Plot marks: back panes with grid lines,
 * three labelled axes. Everything comes projected from the core
 * (`boxFrame`); this file only chooses how it looks.
 */
import * as Plot from '@observablehq/plot';
import type { BoxFrame } from '~/core/project/axes';
import { color, fmt, polygonsRender } from '~/widgets/kit';

export interface AxisTitles {
  readonly x: string;
  readonly y: string;
  readonly z: string;
}

type Seg = { x1: number; y1: number; x2: number; y2: number };

function tickText(v: number): string {
  const a = Math.abs(v);
  return fmt(v, a !== 0 && a < 1 ? 1 : 0);
}

/** Panes and their grid lines: drawn first, behind the surface. */
export function paneMarks(box: BoxFrame): Plot.Markish[] {
  const panes = box.panes.map((p) => ({ type: 'Polygon' as const, coordinates: [[...p.ring, p.ring[0]!]] }));
  const grid: Seg[] = box.panes.flatMap((p) => p.grid.map(([a, b]) => ({ x1: a[0], y1: a[1], x2: b[0], y2: b[1] })));
  return [
    Plot.geo(panes, {
      fill: color.grid,
      fillOpacity: 0.22,
      stroke: color.grid,
      strokeWidth: 1,
      render: polygonsRender,
    }),
    Plot.link(grid, { x1: 'x1', y1: 'y1', x2: 'x2', y2: 'y2', stroke: color.grid, strokeWidth: 0.8 }),
  ];
}

/** Axis lines, ticks and titles: drawn last, in front. */
export function axisMarks(box: BoxFrame, titles: AxisTitles, fontSize = 11): Plot.Markish[] {
  const edges: Seg[] = box.axes.map((a) => ({
    x1: a.edge[0][0],
    y1: a.edge[0][1],
    x2: a.edge[1][0],
    y2: a.edge[1][1],
  }));
  const flat = box.axes.filter((a) => a.name !== 'z');
  const z = box.axes.find((a) => a.name === 'z');
  const labels = flat.flatMap((a) => a.ticks.map((t) => ({ x: t.label[0], y: t.label[1], text: tickText(t.value) })));
  // z labels line up on the side of the axis they stand on.
  const zLeft = z !== undefined && z.ticks.length > 0 && z.ticks[0]!.label[0] < z.ticks[0]!.at[0];
  const zLabels = (z?.ticks ?? []).map((t) => ({ x: t.label[0], y: t.label[1], text: tickText(t.value) }));
  const names = flat.map((a) => ({ x: a.title[0], y: a.title[1], text: titles[a.name] }));
  const halo = { stroke: color.bg, strokeWidth: 3, paintOrder: 'stroke' } as const;
  const top = z ? [{ x: z.edge[1][0], y: z.edge[1][1], text: titles.z }] : [];
  return [
    Plot.link(edges, { x1: 'x1', y1: 'y1', x2: 'x2', y2: 'y2', stroke: color.muted, strokeWidth: 1 }),
    Plot.text(labels, {
      x: 'x',
      y: 'y',
      text: 'text',
      fill: color.muted,
      fontSize: fontSize - 1,
      textAnchor: 'middle',
      ...halo,
    }),
    Plot.text(zLabels, {
      x: 'x',
      y: 'y',
      text: 'text',
      fill: color.muted,
      fontSize: fontSize - 1,
      textAnchor: zLeft ? 'end' : 'start',
      ...halo,
    }),
    Plot.text(names, {
      x: 'x',
      y: 'y',
      text: 'text',
      fill: color.fg,
      fontSize: fontSize + 1,
      fontStyle: 'italic',
      textAnchor: 'middle',
      ...halo,
    }),
    Plot.text(top, {
      x: 'x',
      y: 'y',
      text: 'text',
      dy: -12,
      fill: color.fg,
      fontSize: fontSize + 1,
      fontStyle: 'italic',
      textAnchor: 'middle',
      ...halo,
    }),
  ];
}
