/**
 * Widget regression-descent (chapter 5): gradient descent on lecture 004's
 * least-squares loss, in four linked views driven by one iteration scrubber —
 * the path of β on the contours of ‖y − Xβ‖², the log-loss per iteration,
 * the data with the line of the current iteration, and the 3-D surface with
 * the path riding on it. The closed-form β̂ is marked in every view.
 *
 * MDX: <RegressionDescent client:visible />
 */
import type { JSX } from 'preact';
import { VIEW_PRESETS } from '~/core/project/camera';
import { Player } from '~/widgets/kit/controls/Player';
import { Slider } from '~/widgets/kit/controls/Slider';
import { fmt } from '~/widgets/kit/format';
import { PlotFigure } from '~/widgets/kit/PlotFigure';
import { prepareModel } from '~/widgets/kit/prepareModel';
import { warmContourBands } from '~/widgets/kit/warmContourBands';
import { useModel } from '~/widgets/kit/useModel';
import { useUrlState } from '~/widgets/kit/useUrlState';
import { Widget } from '~/widgets/kit/Widget';
import { SurfaceView } from '~/widgets/kit3d/SurfaceView';
import { warmFaceColors } from '~/widgets/kit3d/surfaceColor';
import { contourBackground, contourBase, contourLandmarks, contourOverlay } from './contourPanel';
import { dataBackground, dataBase, dataOverlay } from './dataPanel';
import { lossBackground, lossBase, lossOverlay } from './lossPanel';
import { getContours, getProblem, getRun, getSurface, model, windowFor } from './model';
import { MAX_STEPS, stateSchema, WIDGET_ID } from './state';
import { summary } from './summary';
import { surfaceLandmarks, surfaceOverlay } from './surfacePanel';
import { table } from './table';
import './regression-descent.css';

// The modules, the data and loss, the run, the contours, the 3-D meshes and colours, and the
// hydration render: a task each.
await prepareModel(model, stateSchema.defaults, [
  warmContourBands,
  getProblem,
  () => getRun.inSteps(stateSchema.defaults),
  () => getContours.inSteps(windowFor(stateSchema.defaults)),
  () => getSurface.inSteps(windowFor(stateSchema.defaults)),
  warmFaceColors,
]);

const PRESETS = [
  { label: 'Side view', view: VIEW_PRESETS.lecture },
  { label: 'From above', view: VIEW_PRESETS.overhead },
];

export default function RegressionDescent(): JSX.Element {
  const url = useUrlState(WIDGET_ID, stateSchema);
  const s = url.state;
  const f = useModel(url, model);
  const fields = stateSchema.fields;
  const crit = 2 / f.problem.lambdaMax;
  // A new run shows its end; the scrubber then walks back through it.
  const setRun = (patch: Partial<typeof s>): void => url.set({ ...patch, it: MAX_STEPS });

  return (
    <Widget
      id={WIDGET_ID}
      title="Gradient descent on the least-squares loss, four linked views"
      url={url}
      summary={summary(f, s)}
      table={() => table(f)}
    >
      <Player
        label="Iteration"
        at={f.k}
        count={f.run.length}
        onSeek={(it) => url.set({ it })}
        fps={30}
        speeds={[0.25, 1, 4, 16]}
      />
      <div class="kit-panels rd-panels">
        <figure class="kit-panel">
          <PlotFigure
            name="contours"
            label="Path of β over the contours of the loss"
            base={contourBase(f)}
            layers={[contourBackground(f), contourOverlay(f), contourLandmarks(f)]}
            aspect={0.78}
            ssrWidth={360}
          />
          <figcaption>Path of β = (β₀, β₁) on the contours of ‖y − Xβ‖²; the star is the closed-form β̂.</figcaption>
        </figure>
        <figure class="kit-panel">
          <SurfaceView
            name="surface"
            label="The loss surface ‖y − Xβ‖² in 3-D with the path"
            mesh={f.surface.mesh}
            movingMesh={f.surface.movingMesh}
            meshKey={f.surface.key}
            view={{ azimuth: s.az, elevation: s.el }}
            onView={(v) => url.set({ az: v.azimuth, el: v.elevation })}
            titles={{ x: 'β₀', y: 'β₁', z: 'L' }}
            overlays={[surfaceOverlay(f), surfaceLandmarks(f)]}
            presets={PRESETS}
            ssrWidth={360}
          />
          <figcaption>
            The same loss as a surface, cut off at L = 2000; path points above the cut are pinned to the lid, hollow,
            with dashed steps.
          </figcaption>
        </figure>
        <figure class="kit-panel">
          <PlotFigure
            name="loss"
            label="Log of the loss per iteration"
            base={lossBase(f)}
            layers={[lossBackground(f), lossOverlay(f)]}
            aspect={0.62}
            ssrWidth={360}
          />
          <figcaption>
            Natural log of the loss at each iteration; the dashed line is the smallest possible loss.
          </figcaption>
        </figure>
        <figure class="kit-panel">
          <PlotFigure
            name="data"
            label="The data with the line of the current iteration"
            base={dataBase()}
            layers={[dataBackground(f), dataOverlay(f)]}
            aspect={0.62}
            ssrWidth={360}
          />
          <figcaption>The ten points, the line of the current β (solid) and the closed-form line (dashed).</figcaption>
        </figure>
      </div>
      <div class="kit-controls">
        <Slider label="η" field={fields.eta} value={s.eta} onChange={(eta) => setRun({ eta })} />
        <Slider label="Steps" field={fields.steps} value={s.steps} onChange={(steps) => setRun({ steps })} />
        <Slider label="Start β₀" field={fields.b0} value={s.b0} onChange={(b0) => setRun({ b0 })} />
        <Slider label="Start β₁" field={fields.b1} value={s.b1} onChange={(b1) => setRun({ b1 })} />
      </div>
      <p class="rd-note">
        η multiplies the halved gradient XᵀXβ − Xᵀy, so η = {fmt(s.eta, 5)} is an exact-gradient step of{' '}
        {fmt(s.eta / 2, 5)}. Runs converge for η below 2/λ_max = {fmt(crit, 5)} (λ_max = {fmt(f.problem.lambdaMax, 2)},
        the larger eigenvalue of XᵀX).
      </p>
    </Widget>
  );
}
