/**
 * Widget step-size-spectrum (chapter 6): one η drives (a) the error of the run from (−8, −2)
 * split into the two eigen-directions of XᵀX, each multiplied by its own 1 − ηλ per step, and
 * (b) the convergence factor max|1 − ηλ| against η with 1/λ_max, the best fixed step and the
 * cliff 2/λ_max marked. In the spirit of Goh (2017), "Why Momentum Really Works".
 *
 * MDX: <StepSizeSpectrum client:visible />
 */
import type { JSX } from 'preact';
import { axesLayer, PlotFigure, type Interaction } from '~/widgets/kit/PlotFigure';
import { Slider } from '~/widgets/kit/controls/Slider';
import { prepareModel } from '~/widgets/kit/prepareModel';
import { useUrlState } from '~/widgets/kit/useUrlState';
import { useModel } from '~/widgets/kit/useModel';
import { Widget } from '~/widgets/kit/Widget';
import { fmt, plain } from '~/widgets/kit/format';
import { componentAxesKey, componentBase, componentLayer } from './componentsPanel';
import { curveBackground, curveBase, curveOverlay } from './curvePanel';
import { getProblemInSteps, model, type Direction } from './model';
import { ETA_MAX, stateSchema, WIDGET_ID } from './state';
import { summary } from './summary';
import { table } from './table';

// The modules, the η-free problem (the factor curve, in pieces), the default state's model and
// the hydration render: a task each (prepareModel).
await prepareModel(model, stateSchema.defaults, [getProblemInSteps]);

const CAPTION: Record<Direction['name'], string> = {
  soft: 'mostly the intercept β₀: the error along it at each step',
  stiff: 'mostly the slope β₁: a negative factor flips the sign every step',
};

/** One eigen-direction's error over the steps, with its caption. */
function ComponentFigure(p: { d: Direction; index: 0 | 1; steps: number }): JSX.Element {
  const lambda = `λ_${p.d.name === 'soft' ? 'min' : 'max'} = ${fmt(p.d.lambda, 2)}`;
  return (
    <figure class="kit-panel">
      <PlotFigure
        name={p.d.name}
        label={`Error along the ${p.d.name} direction (${lambda}) at each step`}
        base={componentBase(p.d, p.steps)}
        layers={[axesLayer(componentAxesKey(p.d, p.steps)), componentLayer(p.d, p.index, p.steps)]}
        aspect={0.6}
        ssrWidth={340}
      />
      <figcaption>
        {p.d.name === 'soft' ? 'Soft' : 'Stiff'} direction, {lambda} ({CAPTION[p.d.name]}).
      </figcaption>
    </figure>
  );
}

export default function StepSizeSpectrum(): JSX.Element {
  const url = useUrlState(WIDGET_ID, stateSchema);
  const m = useModel(url, model);
  const fields = stateSchema.fields;
  const [soft, stiff] = m.directions;

  const interact: Interaction = {
    kind: 'x',
    label: 'Learning rate η (drag along the curve or use the arrow keys)',
    valueText: `η = ${plain(m.eta)}, convergence factor ${fmt(m.rate, 4)}`,
    x: m.eta,
    min: fields.eta.min,
    max: ETA_MAX,
    step: { x: 0.0001 },
    onMove: (q) => url.set({ eta: q.x }),
  };

  return (
    <Widget id={WIDGET_ID} title="One step size, two directions" url={url} summary={summary(m)} table={() => table(m)}>
      <div class="kit-panels">
        <ComponentFigure d={soft} index={0} steps={m.steps} />
        <ComponentFigure d={stiff} index={1} steps={m.steps} />
      </div>
      <figure class="kit-panel">
        <PlotFigure
          name="factor"
          label="Convergence factor max|1 − ηλ| against the learning rate η"
          base={curveBase}
          layers={[curveBackground(m.problem), curveOverlay(m)]}
          interact={interact}
          aspect={0.5}
          minHeight={230}
          ssrWidth={640}
        />
        <figcaption>
          Solid: max|1 − ηλ|, the factor of the slowest direction at each η. Dashed, in the colours of the panels above:
          |1 − ηλ_min| (soft) and |1 − ηλ_max| (stiff). Above the grey line at 1 the error grows; in the shaded band
          beyond the cliff 2/λ_max the run diverges. The dotted lines mark 1/λ_max, the best fixed step 2/(λ_min +
          λ_max) and the cliff. Drag along the curve (or use the arrow keys) to set η.
        </figcaption>
      </figure>
      <div class="kit-controls">
        <Slider label="η" field={fields.eta} value={m.eta} onChange={(v) => url.set({ eta: v })} />
        <Slider label="steps" field={fields.steps} value={m.steps} onChange={(v) => url.set({ steps: v })} />
      </div>
    </Widget>
  );
}
