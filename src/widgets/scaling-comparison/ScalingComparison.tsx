/**
 * Widget scaling-comparison (chapter 7): the MSE surface of the two-feature regression (no
 * intercept) with raw features beside the same with scaled features. Contours with the
 * least-squares point, in the window of the whole bowl or the recipe's [−1, 5] × [−1, 0.5];
 * gradient descent from one start (dragged on either panel) at each panel's best fixed step
 * and at a shared step; eigenvalues, condition number and steps to a common tolerance.
 *
 * MDX: <ScalingComparison client:visible />
 */
import type { JSX } from 'preact';
import { VIEW_PRESETS, type View } from '~/core/project/camera';
import { toRawWeights } from '~/core/data/feature-scaling';
import { PlotFigure, type Interaction } from '~/widgets/kit/PlotFigure';
import { Slider } from '~/widgets/kit/controls/Slider';
import { Select } from '~/widgets/kit/controls/Select';
import { Toggle } from '~/widgets/kit/controls/Toggle';
import { prepareModel } from '~/widgets/kit/prepareModel';
import { warmContours } from '~/widgets/kit/warmContours';
import { useDeferred } from '~/widgets/kit/useDeferred';
import { useModel } from '~/widgets/kit/useModel';
import { useUrlState } from '~/widgets/kit/useUrlState';
import { Widget } from '~/widgets/kit/Widget';
import { pt } from '~/widgets/kit/format';
import { SurfaceView } from '~/widgets/kit3d/SurfaceView';
import { mapBackground, mapBase, mapPaths, PANEL_TITLE } from './mapPanel';
import { countsKey, countsOf, mapOfInSteps, model, panelOfInSteps, type Panel, type PanelCounts } from './model';
import { stateSchema, WIDGET_ID, type State } from './state';
import { readouts, summary } from './summary';
import { table } from './table';
import { meshesOf } from './surface3d';
import './scaling-comparison.css';

// The modules, each panel's map and runs, the step counts and the hydration render: a task each.
const FIRST = stateSchema.defaults;
await prepareModel(model, stateSchema.defaults, [
  warmContours,
  () => mapOfInSteps('none', FIRST.view),
  () => panelOfInSteps('none', FIRST),
  () => mapOfInSteps(FIRST.scaling, FIRST.view),
  () => panelOfInSteps(FIRST.scaling, FIRST),
  () => countsOf(model(FIRST)),
]);

function PanelView(props: {
  p: Panel;
  counts: PanelCounts;
  name: 'raw' | 'scaled';
  s: State;
  set(patch: Partial<State>): void;
  onView(v: View): void;
}): JSX.Element {
  const { p, s, name } = props;
  const w = p.window;
  const interact: Interaction = {
    kind: 'xy',
    label: `Start on the ${PANEL_TITLE[p.scaling].toLowerCase()} (drag, or use the arrow keys)`,
    valueText: `start ${pt(p.start[0], p.start[1], 4)} in this panel's weights`,
    x: p.start[0],
    y: p.start[1],
    step: { x: (w.x[1] - w.x[0]) / 100, y: (w.y[1] - w.y[0]) / 100 },
    onMove: (q) => {
      const x = Math.min(w.x[1], Math.max(w.x[0], q.x));
      const y = Math.min(w.y[1], Math.max(w.y[0], q.y));
      const [w1, w2] = toRawWeights(p.problem, [x, y]);
      props.set({ w1, w2 });
    },
  };
  const meshes = s.show3d ? meshesOf(p) : null;
  return (
    <figure class="kit-panel sc-panel">
      <figcaption class="sc-head">
        <strong>{PANEL_TITLE[p.scaling]}</strong>
      </figcaption>
      <PlotFigure
        name={`${name}-map`}
        label={`MSE contours over (w₁, w₂) with ${PANEL_TITLE[p.scaling].toLowerCase()}, with the descent paths`}
        base={mapBase(p)}
        layers={[mapBackground(p, s.view), mapPaths(p, s.eta, s.drawn, s.view)]}
        interact={interact}
        aspect={0.85}
        maxHeight={460}
        ssrWidth={380}
      />
      {meshes !== null && (
        <SurfaceView
          name={`${name}-3d`}
          label={`MSE surface with ${PANEL_TITLE[p.scaling].toLowerCase()} in 3-D`}
          mesh={meshes.mesh}
          movingMesh={meshes.movingMesh}
          meshKey={`${p.scaling}|${s.view}`}
          view={{ azimuth: s.az, elevation: s.el }}
          onView={props.onView}
          titles={{ x: 'w₁', y: 'w₂', z: 'MSE' }}
          home={VIEW_PRESETS.lecture}
          ssrWidth={380}
        />
      )}
      <dl class="sc-readout">
        {readouts(p, s.eta, props.counts).map((r) => (
          <div key={r.label}>
            <dt>{r.label}</dt>
            <dd>{r.value}</dd>
          </div>
        ))}
      </dl>
    </figure>
  );
}

export default function ScalingComparison(): JSX.Element {
  const url = useUrlState(WIDGET_ID, stateSchema);
  const s = url.state;
  const m = useModel(url, model);
  // A start drag or a new η redraws the paths in the input's frame and recounts the steps to
  // the tolerance (up to ~200,000 on the raw panel) in the next; other features count at once.
  const scalings = `${m.panels[0].scaling}|${m.panels[1].scaling}`;
  const counts = useDeferred(
    countsKey(m),
    () => ({ scalings, counts: countsOf(m) }),
    (shown) => shown.scalings === scalings,
  );
  const fields = stateSchema.fields;
  const set = (patch: Partial<State>) => url.set(patch);
  const onView = (v: View) => url.set({ az: v.azimuth, el: v.elevation });

  return (
    <Widget
      id={WIDGET_ID}
      title="Raw and scaled features, side by side"
      url={url}
      pending={counts.stale}
      summary={summary(m, counts.value.counts)}
      table={() => table(m, counts.value.counts)}
    >
      <div class="kit-controls">
        <Select
          label="Scaling (right)"
          value={s.scaling}
          options={[
            { value: 'standard', label: 'Standardise' },
            { value: 'min-max', label: 'Min–max' },
            { value: 'none', label: 'None' },
          ]}
          onChange={(scaling) => url.set({ scaling })}
        />
        <Select
          label="Window"
          value={s.view}
          options={[
            { value: 'bowl', label: 'The whole bowl' },
            { value: 'recipe', label: 'w₁ ∈ [−1, 5], w₂ ∈ [−1, 0.5]' },
          ]}
          onChange={(view) => url.set({ view })}
        />
        <Toggle label="3-D view" checked={s.show3d} onChange={(show3d) => url.set({ show3d })} />
      </div>
      <div class="kit-panels sc-panels">
        <PanelView p={m.panels[0]} counts={counts.value.counts[0]} name="raw" s={s} set={set} onView={onView} />
        <PanelView p={m.panels[1]} counts={counts.value.counts[1]} name="scaled" s={s} set={set} onView={onView} />
      </div>
      <p class="sc-legend">
        Solid: each panel's own best fixed step η*. Dashed: the shared step η. Ring: the start, the same model on both
        panels. Star: the least-squares point. Steps use the true MSE gradient (2/n)Xᵀ(Xw − y) and count until the MSE
        is within 10⁻⁶ of its minimum.
      </p>
      <div class="kit-controls sc-eta">
        <Slider label="shared η" field={fields.eta} value={s.eta} onChange={(eta) => url.set({ eta })} />
        <Slider
          label="steps drawn"
          field={fields.drawn}
          value={s.drawn}
          onChange={(drawn) => url.set({ drawn: Math.round(drawn) })}
        />
      </div>
    </Widget>
  );
}
