/**
 * Widget loss-and-gradient-1d (chapter 1): L(w) = (w·x − y)² and its slope
 * side by side; drag w (or use the arrow keys) to see the loss, the tangent
 * and which way a descent step would go. The reference widget of the kit.
 *
 * MDX: <LossAndGradient1D client:visible />
 */
import type { JSX } from 'preact';
import { axesLayer, PlotFigure, type Interaction } from '~/widgets/kit/PlotFigure';
import { Slider } from '~/widgets/kit/controls/Slider';
import { prepareModel } from '~/widgets/kit/prepareModel';
import { useUrlState } from '~/widgets/kit/useUrlState';
import { useModel } from '~/widgets/kit/useModel';
import { Widget } from '~/widgets/kit/Widget';
import { fmt } from '~/widgets/kit/format';
import { lossBackground, lossBase, lossOverlay } from './lossPanel';
import { model } from './model';
import { slopeBackground, slopeBase, slopeOverlay } from './slopePanel';
import { stateSchema, W_DOMAIN, WIDGET_ID } from './state';
import { summary } from './summary';
import { table } from './table';

// The modules, the default state's model and the hydration render: a task each (prepareModel).
await prepareModel(model, stateSchema.defaults);

/** Pointer positions this close to the minimiser (in units of w) snap to it. */
const SNAP = 0.03;

export default function LossAndGradient1D(): JSX.Element {
  const url = useUrlState(WIDGET_ID, stateSchema);
  const m = useModel(url, model);
  const { curves: c, at: p } = m;
  const { w } = p;
  const bgKey = `${c.fn.x},${c.fn.y}`;
  const fields = stateSchema.fields;

  const interact = (which: string): Interaction => ({
    kind: 'x',
    label: 'Weight w (drag or use the arrow keys)',
    valueText: `w = ${fmt(w)}, ${which}`,
    x: w,
    min: W_DOMAIN[0],
    max: W_DOMAIN[1],
    step: { x: 0.05 },
    // A drag that ends within a few pixels of the minimum lands exactly on it.
    onMove: (q, phase) =>
      url.set({ w: phase !== 'key' && c.minimiser !== null && Math.abs(q.x - c.minimiser) < SNAP ? c.minimiser : q.x }),
  });

  return (
    <Widget
      id={WIDGET_ID}
      title="The loss and its slope for one weight"
      url={url}
      summary={summary(m)}
      table={() => table(m)}
    >
      <div class="kit-panels">
        <figure class="kit-panel">
          <PlotFigure
            name="loss"
            label="Loss L(w) against the weight w"
            base={lossBase(c)}
            layers={[axesLayer(bgKey), lossBackground(c, bgKey), lossOverlay(c, p)]}
            interact={interact(`loss ${fmt(p.loss)}`)}
            aspect={0.72}
            ssrWidth={340}
          />
          <figcaption>L(w) = (w·x − y)² with the tangent at w; the arrow shows where a descent step goes.</figcaption>
        </figure>
        <figure class="kit-panel">
          <PlotFigure
            name="slope"
            label="Slope dL/dw against the weight w"
            base={slopeBase(c)}
            layers={[axesLayer(bgKey), slopeBackground(c, bgKey), slopeOverlay(c, p)]}
            interact={interact(`slope ${fmt(p.slope)}`)}
            aspect={0.72}
            ssrWidth={340}
          />
          <figcaption>dL/dw = 2(w·x − y)·x: negative left of the minimum, positive right of it.</figcaption>
        </figure>
      </div>
      <div class="kit-controls">
        <Slider label="w" field={fields.w} value={w} onChange={(v) => url.set({ w: v })} />
        <Slider label="x" field={fields.x} value={c.fn.x} onChange={(v) => url.set({ x: v })} />
        <Slider label="y" field={fields.y} value={c.fn.y} onChange={(v) => url.set({ y: v })} />
      </div>
    </Widget>
  );
}
