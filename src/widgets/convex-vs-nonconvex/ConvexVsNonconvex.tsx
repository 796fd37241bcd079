/**
 * Widget convex-vs-nonconvex (chapter 1): a strictly convex bowl beside a
 * surface with several minima, as filled contours and as rotatable 3-D
 * surfaces (both turn together). Global minima are stars, merely local ones
 * rings.
 *
 * MDX: <ConvexVsNonconvex client:visible />
 */
import type { JSX } from 'preact';
import { VIEW_PRESETS, type View } from '~/core/project/camera';
import { Select } from '~/widgets/kit/controls/Select';
import { PlotFigure } from '~/widgets/kit/PlotFigure';
import { prepareModel } from '~/widgets/kit/prepareModel';
import { warmContourBands } from '~/widgets/kit/warmContourBands';
import { useModel } from '~/widgets/kit/useModel';
import { useUrlState } from '~/widgets/kit/useUrlState';
import { Widget } from '~/widgets/kit/Widget';
import { SurfaceView } from '~/widgets/kit3d/SurfaceView';
import { warmFaceColors } from '~/widgets/kit3d/surfaceColor';
import { contourBase, contourLayer } from './contourPanel';
import { contourMapOf, model, SURFACES, surfaceModel, type SurfaceModel } from './model';
import { CONVEX_IDS, NONCONVEX_IDS, stateSchema, WIDGET_ID, type State } from './state';
import { summary } from './summary';
import { minimaOverlay } from './surfacePanel';
import { table } from './table';
import './convex-vs-nonconvex.css';

// The modules, each surface's contours, then its meshes, the 3-D views' colours and the hydration
// render, in short tasks.
await prepareModel(model, stateSchema.defaults, [
  warmContourBands,
  () => contourMapOf.inSteps(stateSchema.defaults.convex),
  () => surfaceModel.inSteps(stateSchema.defaults.convex),
  () => contourMapOf.inSteps(stateSchema.defaults.other),
  () => surfaceModel.inSteps(stateSchema.defaults.other),
  warmFaceColors,
]);

function Column(props: { m: SurfaceModel; kind: string; s: State; onView(v: View): void }): JSX.Element {
  const { m, s } = props;
  const name = m.id;
  return (
    <figure class="kit-panel cvn-column">
      <figcaption class="cvn-head">
        <strong>{props.kind}:</strong> {m.surface.name}
      </figcaption>
      {s.show !== 'contours' && (
        <SurfaceView
          name={`${name}-3d`}
          label={`${props.kind} surface, ${m.surface.name}, in 3-D`}
          mesh={m.mesh}
          movingMesh={m.movingMesh}
          meshKey={m.id}
          view={{ azimuth: s.az, elevation: s.el }}
          onView={props.onView}
          titles={{ x: 'w₁', y: 'w₂', z: 'f' }}
          overlays={[minimaOverlay(m)]}
          home={VIEW_PRESETS.lecture}
          ssrWidth={320}
        />
      )}
      {s.show !== '3d' && (
        <PlotFigure
          name={`${name}-contours`}
          label={`${props.kind} surface, ${m.surface.name}, as filled contours`}
          base={contourBase(m)}
          layers={[contourLayer(m)]}
          aspect={0.8}
          ssrWidth={320}
        />
      )}
    </figure>
  );
}

export default function ConvexVsNonconvex(): JSX.Element {
  const url = useUrlState(WIDGET_ID, stateSchema);
  const s = url.state;
  const m = useModel(url, model);
  const { convex, other } = m;
  const onView = (v: View): void => url.set({ az: v.azimuth, el: v.elevation });

  return (
    <Widget
      id={WIDGET_ID}
      title="A convex surface beside a non-convex one"
      url={url}
      summary={summary(m, s)}
      table={() => table(m)}
    >
      <div class="kit-panels cvn-panels">
        <Column m={convex} kind="Convex" s={s} onView={onView} />
        <Column m={other} kind="Non-convex" s={s} onView={onView} />
      </div>
      <p class="cvn-legend">
        ★ global minimum · ○ local minimum that is not global. Colours run from low (dark) to high (yellow); the 3-D
        views cut off the highest tenth of the values.
      </p>
      <div class="kit-controls">
        <Select
          label="Convex"
          value={s.convex}
          options={CONVEX_IDS.map((id) => ({ value: id, label: SURFACES[id].name }))}
          onChange={(convex) => url.set({ convex })}
        />
        <Select
          label="Non-convex"
          value={s.other}
          options={NONCONVEX_IDS.map((id) => ({ value: id, label: SURFACES[id].name }))}
          onChange={(other) => url.set({ other })}
        />
        <Select
          label="Show"
          value={s.show}
          options={[
            { value: 'both', label: '3-D and contours' },
            { value: '3d', label: '3-D only' },
            { value: 'contours', label: 'Contours only' },
          ]}
          onChange={(show) => url.set({ show })}
        />
      </div>
    </Widget>
  );
}
