/**
 * Widget tangent-explorer (chapter 2): f(x) = 3x² − 4x + 5 with the tangent at x and the
 * secant through x and x + h. Drag along the curve (or focus it and use the arrow keys) to
 * move x; the h slider (logarithmic) shrinks the secant towards the tangent, and the error
 * panel shows the difference quotient's error against h — 3h, until rounding takes over.
 *
 * MDX: <TangentExplorer client:visible />
 */
import type { JSX } from 'preact';
import { Slider } from '~/widgets/kit/controls/Slider';
import { fmt, powerOfTen, sci } from '~/widgets/kit/format';
import { axesLayer, PlotFigure, type Interaction } from '~/widgets/kit/PlotFigure';
import { prepareModel } from '~/widgets/kit/prepareModel';
import { useModel } from '~/widgets/kit/useModel';
import { useUrlState } from '~/widgets/kit/useUrlState';
import { Widget } from '~/widgets/kit/Widget';
import { curveBackground, curveBase, curveOverlay } from './curvePanel';
import { errorBackground, errorBase, errorOverlay } from './errorPanel';
import { model } from './model';
import { logHField, stateSchema, WIDGET_ID, X_DOMAIN } from './state';
import { summary } from './summary';
import { table } from './table';
import './tangent-explorer.css';

// The modules, the default state's model and the hydration render: a task each (prepareModel).
await prepareModel(model, stateSchema.defaults);

export default function TangentExplorer(): JSX.Element {
  const url = useUrlState(WIDGET_ID, stateSchema);
  const p = useModel(url, model);
  const { x, h } = p;

  const interact: Interaction = {
    kind: 'x',
    label: 'Point of tangency x (drag, or use the arrow keys)',
    valueText: `x = ${fmt(x)}, slope ${fmt(p.slope)}`,
    x,
    min: X_DOMAIN[0],
    max: X_DOMAIN[1],
    step: { x: 0.1 },
    onMove: (q) => url.set({ x: q.x }),
  };

  return (
    <Widget
      id={WIDGET_ID}
      title="Secants closing in on the tangent"
      url={url}
      summary={summary(p)}
      table={() => table(p)}
    >
      <div class="kit-panels">
        <figure class="kit-panel">
          <PlotFigure
            name="curve"
            label="f(x) = 3x² − 4x + 5 with the tangent at x and the secant through x and x + h"
            base={curveBase()}
            layers={[curveBackground(), curveOverlay(p)]}
            interact={interact}
            aspect={0.75}
            ssrWidth={360}
          />
          <figcaption>
            Solid: the tangent at x. Dashed: the secant through x and x + h, slope (f(x + h) − f(x))/h.
          </figcaption>
        </figure>
        <figure class="kit-panel">
          <PlotFigure
            name="error"
            label="Error of the difference quotient against h, both on logarithmic axes"
            base={errorBase()}
            layers={[axesLayer(), errorBackground(x), errorOverlay(p)]}
            aspect={0.75}
            ssrWidth={360}
          />
          <figcaption>
            |(f(x + h) − f(x))/h − f′(x)| against h. It follows 3h (dashed) until h ≈ 10⁻⁸, where rounding error takes
            over.
          </figcaption>
        </figure>
      </div>
      <dl class="te-readout">
        <div>
          <dt>tangent slope f′(x)</dt>
          <dd data-te="slope">{fmt(p.slope)}</dd>
        </div>
        <div>
          <dt>secant slope, h = {powerOfTen(h)}</dt>
          <dd data-te="quotient">{fmt(p.quotient, 6)}</dd>
        </div>
        <div>
          <dt>error</dt>
          <dd data-te="error">{sci(p.error)}</dd>
        </div>
      </dl>
      <div class="kit-controls">
        <Slider label="x" field={stateSchema.fields.x} value={x} onChange={(v) => url.set({ x: v })} />
        <Slider label="log₁₀ h" field={logHField} value={Math.log10(h)} onChange={(v) => url.set({ h: 10 ** v })} />
      </div>
    </Widget>
  );
}
