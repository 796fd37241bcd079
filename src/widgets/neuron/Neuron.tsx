/**
 * Widget neuron (chapter 9): one neuron with two inputs, a = g(w₁x₁ + w₂x₂ + b), as a shaded
 * map over the input plane with its 0.5 line; weights, bias and activation from sliders, keys
 * and the URL.
 *
 * MDX: <Neuron client:visible />
 */
import type { JSX } from 'preact';
import { Select } from '~/widgets/kit/controls/Select';
import { Slider } from '~/widgets/kit/controls/Slider';
import { axesLayer, PlotFigure } from '~/widgets/kit/PlotFigure';
import { prepareModel } from '~/widgets/kit/prepareModel';
import { warmContourBands } from '~/widgets/kit/warmContourBands';
import { warmContours } from '~/widgets/kit/warmContours';
import { useModel } from '~/widgets/kit/useModel';
import { useUrlState } from '~/widgets/kit/useUrlState';
import { Widget } from '~/widgets/kit/Widget';
import { halfLine, mapBands, mapBase } from './mapPanel';
import { model, outputMap } from './model';
import { stateSchema, WIDGET_ID, type State } from './state';
import { formula, summary } from './summary';
import { table } from './table';

// The modules, the contour code warmed up, the default state's output map in pieces, its model and
// the hydration render: a task each (prepareModel).
await prepareModel(model, stateSchema.defaults, [
  warmContours,
  warmContourBands,
  () => outputMap.inSteps(stateSchema.defaults),
]);

const ACTIVATIONS: { value: State['act']; label: string }[] = [
  { value: 'sigmoid', label: 'sigmoid σ' },
  { value: 'tanh', label: 'tanh' },
  { value: 'relu', label: 'ReLU' },
  { value: 'identity', label: 'identity' },
];

export default function Neuron(): JSX.Element {
  const url = useUrlState(WIDGET_ID, stateSchema);
  const m = useModel(url, model);
  const s = url.state;
  const key = `${s.w1}|${s.w2}|${s.b}|${s.act}`;
  const fields = stateSchema.fields;
  return (
    <Widget
      id={WIDGET_ID}
      title="One neuron over the input plane"
      url={url}
      summary={summary(m, s)}
      table={() => table(m, s)}
    >
      <div class="kit-panels">
        <figure class="kit-panel">
          <PlotFigure
            name="map"
            label="The neuron's output a over the inputs x₁ and x₂, with the line where a = 0.5"
            base={mapBase()}
            layers={[axesLayer(), mapBands(m, key), halfLine(m, key)]}
            aspect={0.9}
            maxHeight={420}
            ssrWidth={420}
          />
          <figcaption>
            Colour: the output a (dark low, yellow high); dashed: a = 0.5.{' '}
            <span class="neuron-formula">a = {formula(s)}</span>
          </figcaption>
        </figure>
      </div>
      <div class="kit-controls">
        <Slider label="w₁" field={fields.w1} value={s.w1} onChange={(v) => url.set({ w1: v })} />
        <Slider label="w₂" field={fields.w2} value={s.w2} onChange={(v) => url.set({ w2: v })} />
        <Slider label="b" field={fields.b} value={s.b} onChange={(v) => url.set({ b: v })} />
        <Select label="Activation g" value={s.act} options={ACTIVATIONS} onChange={(act) => url.set({ act })} />
      </div>
    </Widget>
  );
}
