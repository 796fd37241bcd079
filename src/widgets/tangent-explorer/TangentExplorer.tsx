/**
 * Widget tangent-explorer (chapter 2): f(x) = 3x² − 4x + 5 with the tangent at x and the
 * secant through x and x + h. Drag along the curve (or focus it and use the arrow keys) to
 * move x; the h slider (logarithmic) shrinks the secant towards the tangent, and the error
 * panel shows the difference quotient's error against h — 3h, until rounding takes over.
 *
 * MDX: <TangentExplorer client:visible />
 */
import type { JSX } from 'preact';
import { useMemo } from 'preact/hooks';
import { Slider } from '~/widgets/kit/controls/Slider';
import { fmt } from '~/widgets/kit/format';
import { axesLayer, PlotFigure, type Interaction } from '~/widgets/kit/PlotFigure';
import { useUrlState } from '~/widgets/kit/useUrlState';
import { Widget } from '~/widgets/kit/Widget';
import { curveBackground, curveFrame, curveOverlay } from './curvePanel';
import { errorBackground, errorFrame, errorOverlay } from './errorPanel';
import { at } from './model';
import { hText, sci } from './sci';
import { H_DOMAIN, stateSchema, WIDGET_ID, X_DOMAIN } from './state';
import { summary } from './summary';
import { table } from './table';
import './tangent-explorer.css';

const LOG_H: readonly [number, number] = [Math.log10(H_DOMAIN[0]), Math.log10(H_DOMAIN[1])];

export default function TangentExplorer(): JSX.Element {
  const url = useUrlState(WIDGET_ID, stateSchema);
  const { x, h } = url.state;
  const p = at(x, h);
  const data = useMemo(() => table(x, h), [x, h]);

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
    <Widget id={WIDGET_ID} title="Secants closing in on the tangent" url={url} summary={summary(p)} table={data}>
      <div class="kit-panels">
        <figure class="kit-panel">
          <PlotFigure
            name="curve"
            label="f(x) = 3x² − 4x + 5 with the tangent at x and the secant through x and x + h"
            frame={curveFrame()}
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
            frame={errorFrame()}
            layers={[axesLayer(), errorBackground(x), errorOverlay(p)]}
            aspect={0.75}
            ssrWidth={360}
          />
          <figcaption>
            |(f(x + h) − f(x))/h − f′(x)| against h. It follows 3h (dashed) until h ≈ 10⁻⁸, where rounding error takes over.
          </figcaption>
        </figure>
      </div>
      <dl class="te-readout">
        <div>
          <dt>tangent slope f′(x)</dt>
          <dd data-te="slope">{fmt(p.slope)}</dd>
        </div>
        <div>
          <dt>secant slope, h = {hText(h)}</dt>
          <dd data-te="quotient">{fmt(p.quotient, 6)}</dd>
        </div>
        <div>
          <dt>error</dt>
          <dd data-te="error">{sci(p.error)}</dd>
        </div>
      </dl>
      <div class="kit-controls">
        <Slider label="x" value={x} min={X_DOMAIN[0]} max={X_DOMAIN[1]} step={0.01} digits={2} onChange={(v) => url.set({ x: v })} />
        <Slider
          label="log₁₀ h"
          value={Math.log10(h)}
          min={LOG_H[0]}
          max={LOG_H[1]}
          step={0.05}
          digits={2}
          onChange={(v) => url.set({ h: 10 ** v })}
        />
      </div>
    </Widget>
  );
}
