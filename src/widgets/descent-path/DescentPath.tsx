/**
 * Widget descent-path (chapter 4): gradient descent on a quadratic bowl, or on Rosenbrock's or
 * Himmelblau's surface, drawn on its contour map. Click, drag or use the arrow keys on the map
 * to move the start; η on a log slider (a fixed step, or the first trial of backtracking line
 * search); the number of steps; play the path step by step. Chapter 4's defaults: the round
 * bowl (w₁ − 2)² + (w₂ + 3)², η = 0.2, 15 steps from (−5, 5).
 *
 * MDX: <DescentPath client:visible />
 */
import type { JSX } from 'preact';
import { PlotFigure, type Interaction } from '~/widgets/kit/PlotFigure';
import { Slider } from '~/widgets/kit/controls/Slider';
import { Select } from '~/widgets/kit/controls/Select';
import { Player } from '~/widgets/kit/controls/Player';
import { prepareModel } from '~/widgets/kit/prepareModel';
import { warmContours } from '~/widgets/kit/warmContours';
import { useModel } from '~/widgets/kit/useModel';
import { useUrlState } from '~/widgets/kit/useUrlState';
import { Widget } from '~/widgets/kit/Widget';
import { plain, pt, sig } from '~/widgets/kit/format';
import { mapBackground, mapBase, mapOverlay } from './mapPanel';
import { ASPECT, FORMULAS, SURFACES, contoursOf, current, model, runOf } from './model';
import { DEFAULT_START, METHODS, SUGGESTED, SURFACE_IDS, stateSchema, WIDGET_ID } from './state';
import { alertText, summary, verdictText } from './summary';
import { table } from './table';
import './descent-path.css';

// The modules, the map's contours, the default state's run, its model and the hydration render,
// in short tasks (prepareModel).
await prepareModel(model, stateSchema.defaults, [
  warmContours,
  () => contoursOf.inSteps(stateSchema.defaults.surface),
  () => runOf.inSteps(stateSchema.defaults),
]);

const SURFACE_OPTIONS = SURFACE_IDS.map((value) => ({ value, label: SURFACES[value].name }));

const METHOD_OPTIONS: ReadonlyArray<{ value: (typeof METHODS)[number]; label: string }> = [
  { value: 'fixed', label: 'fixed η' },
  { value: 'armijo', label: 'backtracking' },
];

export default function DescentPath(): JSX.Element {
  const url = useUrlState(WIDGET_ID, stateSchema);
  const s = url.state;
  const m = useModel(url, model);
  const c = current(m);
  const alert = alertText(m);
  const gnorm = Math.hypot(c.gx, c.gy);
  const stepX = (m.window.x[1] - m.window.x[0]) / 100;

  const interact: Interaction = {
    kind: 'xy',
    label: 'Start of the descent (click, drag, or use the arrow keys)',
    valueText: `start ${pt(m.start[0], m.start[1])}; ${m.path.length - 1} steps drawn, ending at ${pt(m.path[m.path.length - 1]!.x, m.path[m.path.length - 1]!.y)}`,
    x: m.start[0],
    y: m.start[1],
    step: { x: stepX, y: stepX },
    onMove: (q) => {
      const x = Math.min(m.window.x[1], Math.max(m.window.x[0], q.x));
      const y = Math.min(m.window.y[1], Math.max(m.window.y[0], q.y));
      url.set({ x, y, at: s.steps });
    },
  };

  return (
    <Widget
      id={WIDGET_ID}
      title="Gradient descent on a surface, step by step"
      url={url}
      summary={summary(m)}
      table={() => table(m)}
    >
      <div class="dp-wrap">
        <div class="dp-layout">
          <figure class="kit-panel dp-map">
            <PlotFigure
              name="map"
              label={`Contour map of ${FORMULAS[m.id]} with the descent path`}
              base={mapBase(m)}
              layers={[mapBackground(m), mapOverlay(m)]}
              interact={interact}
              aspect={ASPECT}
              maxHeight={720}
              minHeight={200}
              ssrWidth={640}
            />
            <figcaption>
              Contours of {FORMULAS[m.id]} at f ={' '}
              {m.quadratic ? '1, 4, 9, 16, …' : '0.5, 1, 2, 4, … (each twice the last)'}. The ring marks the start and
              the star {m.surface.minima.length > 1 ? 'each minimum' : 'the minimum'}. Click or drag on the map (or
              focus it and use the arrow keys) to move the start. The dashed arrow is the next step.
            </figcaption>
          </figure>
          <div class="dp-side">
            {alert !== null && (
              <p class="dp-alert" role="note">
                {alert}
              </p>
            )}
            <dl class="dp-readout" aria-label="Read-out at the shown step">
              <div>
                <dt>step</dt>
                <dd>
                  {c.k} of {m.steps}
                </dd>
              </div>
              <div>
                <dt>point</dt>
                <dd>{pt(c.x, c.y)}</dd>
              </div>
              <div>
                <dt>loss</dt>
                <dd>{sig(c.loss, 4)}</dd>
              </div>
              <div>
                <dt>gradient</dt>
                <dd>
                  ({sig(c.gx)}, {sig(c.gy)})
                </dd>
              </div>
              <div>
                <dt>‖gradient‖</dt>
                <dd>{sig(gnorm)}</dd>
              </div>
              <div>
                <dt>distance to min</dt>
                <dd>{sig(Math.hypot(c.x - m.minimum[0], c.y - m.minimum[1]))}</dd>
              </div>
            </dl>
            <p class="dp-verdict">{verdictText(m)}</p>
            <p class="dp-limits">
              {m.quadratic
                ? 'Limits for this bowl'
                : `Limits for a fixed step near the minimum ${pt(m.minimum[0], m.minimum[1])} only`}
              : no overshoot up to η = 1/λ_max = {plain(m.thresholds.monotoneLimit)}; converges below η = 2/λ_max ={' '}
              {plain(m.thresholds.criticalLearningRate)}.
            </p>
          </div>
        </div>
      </div>
      <div class="kit-controls">
        <Select
          label="Surface"
          value={s.surface}
          options={SURFACE_OPTIONS}
          onChange={(surface) => {
            if (!SURFACE_IDS.includes(surface)) return;
            const [x, y] = DEFAULT_START[surface];
            const suggested = SUGGESTED[surface];
            url.set(
              suggested
                ? { surface, x, y, eta: suggested.eta, steps: suggested.steps, at: suggested.steps }
                : { surface, x, y, at: s.steps },
            );
          }}
        />
        <Select
          label="Step"
          value={s.method}
          options={METHOD_OPTIONS}
          onChange={(method) => {
            if (METHODS.includes(method)) url.set({ method, at: s.steps });
          }}
        />
        <Slider
          label="η"
          field={stateSchema.fields.eta}
          value={s.eta}
          onChange={(eta) => url.set({ eta, at: s.steps })}
        />
        <Slider
          label="steps"
          field={stateSchema.fields.steps}
          value={s.steps}
          onChange={(steps) => url.set({ steps: Math.round(steps), at: Math.round(steps) })}
        />
      </div>
      <div class="dp-player">
        <Player
          label="Descent"
          at={m.at}
          count={m.path.length}
          onSeek={(at) => url.set({ at })}
          speeds={[0.5, 1, 2, 4]}
          fps={3}
        />
      </div>
    </Widget>
  );
}
