/** The neuron's output over the input plane: shaded bands (layer 0) and the a = 0.5 line (layer 1). */
import * as Plot from '@observablehq/plot';
import { color } from '~/widgets/kit/colors';
import type { Layer, PlotBase } from '~/widgets/kit/PlotFigure';
import { polygonsRender } from '~/widgets/kit/polygonsRender';
import { INPUT_RANGE, type NeuronModel } from './model';

export function mapBase(): PlotBase {
  return {
    x: { domain: [...INPUT_RANGE], label: 'x₁', labelAnchor: 'right' },
    y: { domain: [...INPUT_RANGE], label: 'x₂', labelAnchor: 'top' },
    marginLeft: 36,
  };
}

export function mapBands(m: NeuronModel, key: string): Layer {
  return {
    key,
    plot: () => ({
      color: { type: 'linear', scheme: 'viridis', domain: [...m.colorDomain], clamp: true },
      marks: [
        Plot.geo(m.bands, {
          geometry: 'geometry',
          fill: 'value',
          stroke: color.bg,
          strokeOpacity: 0.3,
          strokeWidth: 0.5,
          render: polygonsRender,
        }),
        Plot.frame({ stroke: color.grid }),
      ],
    }),
  };
}

export function halfLine(m: NeuronModel, key: string): Layer {
  return {
    key,
    plot: () => ({
      marks: [
        Plot.line(
          { length: m.half.x.length },
          { x: m.half.x, y: m.half.y, z: m.half.line, stroke: color.bg, strokeWidth: 5, clip: true },
        ),
        Plot.line(
          { length: m.half.x.length },
          {
            x: m.half.x,
            y: m.half.y,
            z: m.half.line,
            stroke: color.fg,
            strokeWidth: 2,
            strokeDasharray: '6,4',
            clip: true,
          },
        ),
        Plot.dot([0], { x: () => 0, y: () => 0, r: 3, fill: color.fg }),
      ],
    }),
  };
}
