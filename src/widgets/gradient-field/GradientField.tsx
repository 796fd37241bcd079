/**
 * Widget gradient-field (chapter 2): arrows of −∇f over the contours of a two-variable
 * function. Drag the probe (or focus the figure and use the arrow keys) to see ∇f and −∇f
 * there, at right angles to the contour line, next to the straight line to the nearest
 * minimum. x and y are drawn at the same scale so the right angles are true.
 *
 * MDX: <GradientField client:visible />
 */
import type { JSX } from 'preact';
import { Select } from '~/widgets/kit/controls/Select';
import { Toggle } from '~/widgets/kit/controls/Toggle';
import { fmt } from '~/widgets/kit/format';
import { PlotFigure, type Interaction } from '~/widgets/kit/PlotFigure';
import { prepareModel } from '~/widgets/kit/prepareModel';
import { warmContourBands } from '~/widgets/kit/warmContourBands';
import { useModel } from '~/widgets/kit/useModel';
import { useUrlState } from '~/widgets/kit/useUrlState';
import { Widget } from '~/widgets/kit/Widget';
import { arrowLayer, contourLayer, fieldBase, probeLayer } from './fieldPanel';
import { choiceOf, clampProbe, model } from './model';
import { SURFACE_IDS, stateSchema, WIDGET_ID, type SurfaceId } from './state';
import { summary } from './summary';
import { SURFACES } from './surfaces';
import { table } from './table';
import './gradient-field.css';

// The modules, the default state's model and the hydration render: a task each (prepareModel).
await prepareModel(model, stateSchema.defaults, [warmContourBands]);

export default function GradientField(): JSX.Element {
  const url = useUrlState(WIDGET_ID, stateSchema);
  const m = useModel(url, model);
  const { choice, probe: p } = m;
  const { x, y } = p;
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
    <Widget
      id={WIDGET_ID}
      title="The gradient field and the way down"
      url={url}
      summary={summary(m)}
      table={() => table(m)}
    >
      <figure class="kit-panel">
        <PlotFigure
          name="field"
          label={`Contours of ${choice.formula} with arrows of minus the gradient`}
          base={fieldBase(choice)}
          layers={[contourLayer(choice), arrowLayer(choice, m.unit), probeLayer(choice, p)]}
          interact={interact}
          aspect={0.68}
          minHeight={240}
          maxHeight={1200}
          ssrWidth={640}
        />
        <figcaption>
          Small arrows: −∇f, the steepest way down at each point
          {m.unit ? ' (all drawn the same length)' : ' (length ∝ |∇f|)'}. At the probe: <span class="gf-up">∇f</span>{' '}
          uphill, <span class="gf-down">−∇f</span> downhill, the dashed contour direction at right angles to both, and a
          dotted line straight to the nearest minimum (✕).
        </figcaption>
      </figure>
      <dl class="gf-readout">
        <div>
          <dt>f(w₁, w₂)</dt>
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
        <Toggle label="Arrows of equal length" checked={m.unit} onChange={(unit) => url.set({ unit })} />
      </div>
    </Widget>
  );
}
