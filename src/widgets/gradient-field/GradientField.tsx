/**
 * Widget gradient-field (chapter 2): arrows of −∇f over the contours of a two-variable
 * function. Drag the probe (or focus the figure and use the arrow keys) to see ∇f and −∇f
 * there, at right angles to the contour line, next to the straight line to the nearest
 * minimum. x and y are drawn at the same scale so the right angles are true.
 *
 * MDX: <GradientField client:visible />
 */
import type { JSX } from 'preact';
import { useMemo } from 'preact/hooks';
import { Select } from '~/widgets/kit/controls/Select';
import { Toggle } from '~/widgets/kit/controls/Toggle';
import { fmt } from '~/widgets/kit/format';
import { PlotFigure, type Interaction } from '~/widgets/kit/PlotFigure';
import { useUrlState } from '~/widgets/kit/useUrlState';
import { Widget } from '~/widgets/kit/Widget';
import { arrowLayer, contourLayer, fieldFrame, probeLayer } from './fieldPanel';
import { choiceOf, clampProbe, probe } from './model';
import { SURFACE_IDS, stateSchema, WIDGET_ID, type SurfaceId } from './state';
import { summary } from './summary';
import { SURFACES } from './surfaces';
import { table } from './table';
import './gradient-field.css';

export default function GradientField(): JSX.Element {
  const url = useUrlState(WIDGET_ID, stateSchema);
  const choice = choiceOf(url.state.surface);
  const [x, y] = clampProbe(choice, url.state.x, url.state.y);
  const p = useMemo(() => probe(choice, x, y), [choice, x, y]);
  const data = useMemo(() => table(choice, p), [choice, p]);
  const stepSize = (choice.window.x[1] - choice.window.x[0]) / 60;

  const interact: Interaction = {
    kind: 'xy',
    label: 'Probe point (drag, or use the arrow keys)',
    valueText: `(${fmt(x)}, ${fmt(y)}): gradient (${fmt(p.grad[0])}, ${fmt(p.grad[1])})`,
    x,
    y,
    step: { x: stepSize, y: stepSize },
    onMove: (q) => {
      const [cx, cy] = clampProbe(choice, q.x, q.y);
      url.set({ x: cx, y: cy });
    },
  };

  return (
    <Widget id={WIDGET_ID} title="The gradient field and the way down" url={url} summary={summary(choice, p)} table={data}>
      <figure class="kit-panel">
        <PlotFigure
          name="field"
          label={`Contours of ${choice.formula} with arrows of minus the gradient`}
          frame={fieldFrame(choice)}
          layers={[contourLayer(choice), arrowLayer(choice, url.state.unit), probeLayer(choice, p)]}
          interact={interact}
          aspect={0.68}
          minHeight={240}
          maxHeight={1200}
          ssrWidth={640}
        />
        <figcaption>
          Small arrows: −∇f, the steepest way down at each point{url.state.unit ? ' (all drawn the same length)' : ' (length ∝ |∇f|)'}. At the probe:{' '}
          <span class="gf-up">∇f</span> uphill, <span class="gf-down">−∇f</span> downhill, the dashed contour direction at right angles to
          both, and a dotted line straight to the nearest minimum (✕).
        </figcaption>
      </figure>
      <dl class="gf-readout">
        <div>
          <dt>f(x, y)</dt>
          <dd>{fmt(p.f, Math.abs(p.f) >= 100 ? 0 : 2)}</dd>
        </div>
        <div>
          <dt>∇f</dt>
          <dd data-gf="grad">
            ({fmt(p.grad[0])}, {fmt(p.grad[1])})
          </dd>
        </div>
        <div>
          <dt>−∇f (steepest descent)</dt>
          <dd>
            ({fmt(-p.grad[0])}, {fmt(-p.grad[1])})
          </dd>
        </div>
        <div>
          <dt>|∇f|</dt>
          <dd>{fmt(p.norm)}</dd>
        </div>
      </dl>
      <div class="kit-controls">
        <Select
          label="Surface"
          value={choice.id}
          options={SURFACE_IDS.map((id) => ({ value: id, label: SURFACES[id].label }))}
          onChange={(id) => {
            const next = choiceOf(id as SurfaceId);
            url.set({ surface: next.id, x: next.probe[0], y: next.probe[1] });
          }}
        />
        <Toggle label="Arrows of equal length" checked={url.state.unit} onChange={(unit) => url.set({ unit })} />
      </div>
    </Widget>
  );
}
