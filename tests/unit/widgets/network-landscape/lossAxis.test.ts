// network-landscape's loss axis: ticks, labels and grid lines at the powers of ten in its range
// (Plot's own log ticks put nine a decade, most with empty labels).
import { plot } from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { ssrDocument } from '~/widgets/kit/ssrDocument';
import { layerOptions, axesLayer } from '~/widgets/kit/PlotFigure';
import { decades, lossBase, lossRange } from '~/widgets/network-landscape/panels';

describe('the loss axis', () => {
  it('puts ticks at the powers of ten from the bottom of the range to its top', () => {
    expect(decades(1e-4, 1)).toEqual([1e-4, 1e-3, 1e-2, 1e-1, 1]);
    expect(decades(0.002, 0.5)).toEqual([1e-2, 1e-1]);
    expect(decades(1e-4, 1).map((v) => Math.log10(v))).toEqual([-4, -3, -2, -1, 0]);
  });

  it('has no ticks for a range that is not one', () => {
    for (const [lo, hi] of [
      [0, 1],
      [-1, 1],
      [1, 0.5],
      [Number.NaN, 1],
      [1e-4, Number.POSITIVE_INFINITY],
    ] as const)
      expect(decades(lo, hi)).toEqual([]);
  });

  it('draws one grid line, tick and label per decade, every label written', () => {
    const range = lossRange(undefined); // [1e-4, 1]
    const svg = plot(layerOptions(lossBase(1000, range), axesLayer(), { width: 320, height: 240 }, 0, ssrDocument())!);
    const labels = [...svg.querySelectorAll('g[aria-label="y-axis tick label"] text')].map((t) => t.textContent);
    expect(labels).toEqual(['1e-4', '1e-3', '1e-2', '1e-1', '1e+0']);
    expect(svg.querySelectorAll('g[aria-label="y-grid"] > *')).toHaveLength(5);
  });
});
