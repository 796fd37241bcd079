/**
 * Widget multi-start (chapter 8): a grid of starts, each run to convergence, the plane
 * coloured by the minimum each reaches (the basins of attraction), diverged and stalled
 * starts in their own colours and counted. The map is computed in a Web Worker; click or use
 * the keys to drop a single start and see its path.
 *
 * MDX: <MultiStart client:visible />
 */
import type { JSX } from 'preact';
import { PlotFigure, type Interaction } from '~/widgets/kit/PlotFigure';
import { Slider } from '~/widgets/kit/controls/Slider';
import { Select } from '~/widgets/kit/controls/Select';
import { prepareModel } from '~/widgets/kit/prepareModel';
import { warmContours } from '~/widgets/kit/warmContours';
import { useModel } from '~/widgets/kit/useModel';
import { useServerView } from '~/widgets/kit/useServerView';
import { useUrlState } from '~/widgets/kit/useUrlState';
import { useWorkerTask } from '~/widgets/kit/useWorkerTask';
import { Widget } from '~/widgets/kit/Widget';
import { pt } from '~/widgets/kit/format';
import { keptChildren } from '~/widgets/kit/keptHtml';
import { SURFACES } from './surfaces';
import {
  BASIN_DIVERGED,
  BASIN_STALLED,
  computeBasinsNow,
  type BasinInput,
  type BasinProgress,
  type BasinResult,
} from './basinTask';
import { basinLayer, contourLayer, fillOf, mapBase, probeLayer } from './mapPanel';
import { contoursOfInSteps, model, OPTIMIZER_NAMES } from './model';
import {
  BASIN_OPTIMIZERS,
  BASIN_SURFACES,
  GRID_SIDES,
  stateSchema,
  SUGGESTED_ETA,
  WIDGET_ID,
  type BasinSurfaceId,
} from './state';
import { countRows, summary } from './summary';
import { table } from './table';
import './multi-start.css';

// The modules, the map's contours, the rest of the default state's model and the hydration
// render: a task each (prepareModel).
await prepareModel(model, stateSchema.defaults, [warmContours, () => contoursOfInSteps(stateSchema.defaults.surface)]);

const SURFACE_OPTIONS = BASIN_SURFACES.map((id) => ({ value: id, label: SURFACES[id].name }));
const OPT_OPTIONS = BASIN_OPTIMIZERS.map((id) => ({ value: id, label: OPTIMIZER_NAMES[id] }));
const SIDE_OPTIONS = GRID_SIDES.map((n) => ({ value: n, label: `${n} × ${n}` }));

export default function MultiStart(): JSX.Element {
  const url = useUrlState(WIDGET_ID, stateSchema);
  const s = url.state;
  const m = useModel(url, model);
  const task = useWorkerTask<BasinInput, BasinResult, BasinProgress>({
    key: m.mapKey,
    input: m.input,
    worker: () => new Worker(new URL('./basins.worker.ts', import.meta.url), { type: 'module' }),
    compute: computeBasinsNow,
  });
  const current = task.resultKey === m.mapKey;
  const result = task.result;
  // Until the page's first map comes from the worker, the default view keeps the server's text
  // (the same map's counts, KEPT_HTML): saying "computing" meanwhile, without the counts, made the
  // widget 56–259 px shorter at hydration, and everything below it moved twice.
  const kept = useServerView(result === undefined && url.serialized === '');
  const fields = stateSchema.fields;
  const stepX = (m.window.x[1] - m.window.x[0]) / 64;
  const stepY = (m.window.y[1] - m.window.y[0]) / 64;
  const status = current
    ? null
    : task.progress !== undefined
      ? `Computing the map: ${task.progress.rows} of ${task.progress.of} rows…`
      : 'Computing the map…';

  const interact: Interaction = {
    kind: 'xy',
    label: 'A single start (click, or use the arrow keys)',
    valueText: `start ${pt(m.probe.start[0], m.probe.start[1])}`,
    x: m.probe.start[0],
    y: m.probe.start[1],
    step: { x: stepX, y: stepY },
    onMove: (q) => url.set({ x: q.x, y: q.y }),
  };

  return (
    <Widget
      id={WIDGET_ID}
      title="Basins of attraction"
      url={url}
      pending={task.stale}
      summary={kept ? null : summary(m, result, current)}
      table={() => table(m, current ? result : undefined)}
    >
      <div class="kit-controls">
        <Select
          label="Surface"
          value={s.surface}
          options={SURFACE_OPTIONS}
          onChange={(surface) => {
            if (!BASIN_SURFACES.includes(surface as BasinSurfaceId)) return;
            const id = surface as BasinSurfaceId;
            const w = SURFACES[id].window;
            url.set({ surface: id, eta: SUGGESTED_ETA[id], x: (w.x[0] + w.x[1]) / 2, y: (w.y[0] + w.y[1]) / 2 });
          }}
        />
        <Select
          label="Optimiser"
          value={s.opt}
          options={OPT_OPTIONS}
          onChange={(opt) => BASIN_OPTIMIZERS.includes(opt) && url.set({ opt })}
        />
        <Select
          label="Starts"
          value={s.n}
          options={SIDE_OPTIONS}
          onChange={(n) => GRID_SIDES.includes(n) && url.set({ n })}
        />
      </div>
      <div class="ms-layout">
        <figure class="kit-panel ms-map">
          <PlotFigure
            name="basins"
            label={`Basins of attraction of ${m.surface.name} for ${OPTIMIZER_NAMES[s.opt]}, with the path of one start`}
            base={mapBase(m)}
            layers={[basinLayer(m, result, task.resultKey), contourLayer(m), probeLayer(m)]}
            interact={interact}
            aspect={(m.window.y[1] - m.window.y[0]) / (m.window.x[1] - m.window.x[0])}
            maxHeight={600}
            ssrWidth={520}
          />
          <figcaption>
            Each start's cell has the colour of the minimum it reaches (stars); saddles are crosses. Click, or focus the
            map and use the arrow keys, to drop a start.
          </figcaption>
        </figure>
        <div class="ms-side">
          <p
            class="ms-status"
            role="status"
            {...keptChildren(
              kept,
              status ?? `${m.input.n * m.input.n} starts, ${task.pending ? 'updating…' : 'done'}.`,
            )}
          />
          {(kept || (result !== undefined && result.input.surface === m.surface.id)) && (
            <ul
              class="ms-counts"
              aria-label="Where the starts end"
              {...keptChildren(
                kept,
                result &&
                  countRows(m, result)
                    .filter(
                      (c) => c.label >= 0 || c.label === BASIN_DIVERGED || c.label === BASIN_STALLED || c.count > 0,
                    )
                    .map((c) => (
                      <li key={c.label}>
                        <span class="ms-swatch" style={{ background: fillOf(c.label) }} aria-hidden="true" />
                        <span>
                          {c.what}: <strong>{c.count}</strong>
                        </span>
                      </li>
                    )),
              )}
            />
          )}
        </div>
      </div>
      <div class="kit-controls">
        <Slider label="η" field={fields.eta} value={s.eta} onChange={(eta) => url.set({ eta })} />
        {(s.opt === 'momentum' || s.opt === 'nesterov') && (
          <Slider label="μ" field={fields.mu} value={s.mu} onChange={(mu) => url.set({ mu })} />
        )}
        <Slider
          label="steps"
          field={fields.steps}
          value={s.steps}
          onChange={(steps) => url.set({ steps: Math.round(steps) })}
        />
      </div>
    </Widget>
  );
}
