/**
 * Widget playground (/playground/): type f(x, y), see its contours, the downhill arrows and
 * descent paths from a start you click, drag or move with the keys, with any of the core's
 * optimisers and their hyper-parameters; presets from the surface catalogue; the basin map
 * computed in a worker; everything in the URL.
 */
import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { SURFACE_METAS } from '~/core/surfaces/metas';
import { Button } from '~/widgets/kit/controls/Button';
import { NumberField } from '~/widgets/kit/controls/NumberField';
import { Select } from '~/widgets/kit/controls/Select';
import { Slider } from '~/widgets/kit/controls/Slider';
import { Toggle } from '~/widgets/kit/controls/Toggle';
import { plain, pt, sig } from '~/widgets/kit/format';
import { KEPT_HTML } from '~/widgets/kit/keptHtml';
import { pixelFrame, type PixelFrame } from '~/widgets/kit/markRedraw';
import { axesLayer, keptLayers, PlotFigure, type Interaction } from '~/widgets/kit/PlotFigure';
import { prepareModel } from '~/widgets/kit/prepareModel';
import { useModel } from '~/widgets/kit/useModel';
import { useUrlState } from '~/widgets/kit/useUrlState';
import { useWorkerTask } from '~/widgets/kit/useWorkerTask';
import { Unchanged } from '~/widgets/kit/Unchanged';
import { Widget } from '~/widgets/kit/Widget';
import { eachWhenIdle } from '~/widgets/kit/whenIdle';
import { basinMap, type BasinInput, type BasinMap } from './basinMap';
import { FormulaField } from './FormulaField';
import { adoptAnswer, mapAnswer, seenMap, type MapAnswer, type MapRequest } from './mapAnswer';
import { mapArrows, mapBackground, mapBase, pathColor } from './mapPanel';
import { drawStopGroups, mapPaths, STOP_SIDES } from './pathsLayer';
import { model, modelOnMap, runsKey, runsOf, runSpecs, withRuns, type ModelWithRuns } from './model';
import {
  COORD_LIMIT,
  etaField,
  MAX_PATHS,
  muField,
  OPTIMIZER_NAMES,
  OPTIMIZERS,
  rhoField,
  stateSchema,
  WIDGET_ID,
  type OptimizerChoice,
} from './state';
import { specName, summary } from './summary';
import { table } from './table';
import './playground.css';

// The modules, the default state's model and the hydration render: a task each (prepareModel).
await prepareModel(model, stateSchema.defaults);

/** The server's figure, kept until the first map arrives: every layer leaves its static SVG. */
const STATIC_LAYERS = keptLayers('axes', 'map', 'arrows', 'paths');

/** Starts per side of the basin map. */
const BASIN_SIDE = 64;

const PRESETS = [{ value: '', label: 'Load a preset…' }, ...SURFACE_METAS.map((s) => ({ value: s.id, label: s.name }))];
const OPTIMIZER_OPTIONS = OPTIMIZERS.map((o) => ({ value: o, label: OPTIMIZER_NAMES[o] }));

export default function Playground(): JSX.Element {
  const url = useUrlState(WIDGET_ID, stateSchema);
  const s = url.state;
  const base = useModel(url, model);
  // The map's pixel frame as last drawn: the worker sends the map drawn for it (mapDrawing.ts),
  // so the frame that shows a new map only puts path strings in place.
  const frame = useRef<PixelFrame | null>(null);
  // The map (sampling, contour levels and lines, arrows: ~8 ms) and the paths on it (~6 ms) are
  // computed in a worker for each new formula or window; the map on screen stays until the new
  // one arrives. The first one too: until it arrives the server's figure, summary and labels
  // stay (they show the default state, which the first render on the page always has), so
  // hydration computes and draws nothing heavy.
  const mapTask = useWorkerTask<MapRequest, MapAnswer>({
    key: base.mapKey,
    input: { ...base.mapInput, specs: base.specs, frame: frame.current },
    worker: () => new Worker(new URL('./map.worker.ts', import.meta.url), { type: 'module' }),
    compute: mapAnswer,
    // Typing outpaces the worker on a busy machine: show each map as it comes.
    showOvertaken: true,
  });
  const answer = mapTask.result;
  if (answer) adoptAnswer(answer);
  // A formula whose map the worker sent a moment ago (typing back and forth) is drawn at once,
  // in the keystroke's own frame, with the drawing the worker sent of it; a new one when the
  // worker's answer arrives. Hydration draws nothing: the first map is the worker's.
  const seen = answer !== undefined ? seenMap(base.mapKey) : undefined;
  const shown = seen?.map ?? answer?.map;
  const drawing = seen !== undefined ? seen.drawing : (answer?.drawing ?? null);
  // The paths belong to the map on screen. Those the worker sent are in the runs' cache
  // (adoptAnswer); a new start or setting on the same map (a drag) is computed here, in the
  // input's own frame, which is faster than a round trip to the worker.
  const onMap = shown === undefined || shown.key === base.mapKey ? base : modelOnMap(s, shown);
  const m = base;
  const withMap: ModelWithRuns | null = shown
    ? withRuns(base, { runs: runsOf(onMap), key: runsKey(onMap) }, shown)
    : null;

  // Once the first map is in, Plot draws a path's cross and words off the page at idle time, one
  // side of the end per task, for a path that starts ending early while the student types to get
  // them in place (pathGroups.ts).
  const mapIn = answer !== undefined;
  useEffect(
    () => (mapIn ? eachWhenIdle(STOP_SIDES.map((side) => () => drawStopGroups(document, [side]))) : undefined),
    [mapIn],
  );

  const first = m.specs[0];
  const basinInput: BasinInput = {
    formula: m.drawn,
    window: m.window,
    run: first
      ? {
          optimizer: first.optimizer,
          learningRate: first.learningRate,
          momentum: first.momentum,
          decay: first.decay,
          maxSteps: Math.min(first.maxSteps, 2000),
        }
      : { optimizer: 'gradient-descent', learningRate: 0.001, momentum: 0.9, decay: 0.999, maxSteps: 2000 },
    n: BASIN_SIDE,
  };
  const basinKey = JSON.stringify(basinInput);
  // Off: no request, and the worker's script is not downloaded until the map is switched on.
  const basins = useWorkerTask<BasinInput, BasinMap>({
    key: basinKey,
    input: basinInput,
    worker: () => new Worker(new URL('./basins.worker.ts', import.meta.url), { type: 'module' }),
    compute: basinMap,
    restart: true,
    enabled: s.basins,
  });
  const basinResult = s.basins && basins.resultKey === basinKey ? basins.result : undefined;

  const wx = m.window.x[1] - m.window.x[0];
  const wy = m.window.y[1] - m.window.y[0];
  const interact: Interaction = {
    kind: 'xy',
    label: 'Start of the paths (click, drag, or use the arrow keys)',
    valueText: `start ${pt(m.start[0], m.start[1])}${withMap ? `; ${withMap.runs.map((r, k) => `path ${k + 1}: ${r.label}`).join('; ')}` : ''}`,
    x: m.start[0],
    y: m.start[1],
    step: { x: wx / 100, y: wy / 100 },
    onMove: (q) => {
      const sx = Math.min(m.window.x[1], Math.max(m.window.x[0], q.x));
      const sy = Math.min(m.window.y[1], Math.max(m.window.y[0], q.y));
      url.set({ sx: Number(sx.toPrecision(4)), sy: Number(sy.toPrecision(4)) });
    },
  };

  const setRun = (k: number, patch: { opt?: OptimizerChoice; eta?: number; mu?: number; rho?: number }): void => {
    const specs = runSpecs(s, m.start);
    url.set({
      opt: specs.map((r, i) => (i === k && patch.opt ? patch.opt : (r.optimizer as OptimizerChoice))),
      eta: specs.map((r, i) => (i === k && patch.eta !== undefined ? patch.eta : r.learningRate)),
      mu: specs.map((r, i) => (i === k && patch.mu !== undefined ? patch.mu : r.momentum)),
      rho: specs.map((r, i) => (i === k && patch.rho !== undefined ? patch.rho : r.decay)),
    });
  };
  const removeRun = (k: number): void => {
    const keep = <T,>(xs: readonly T[]): T[] => xs.filter((_x, i) => i !== k);
    const specs = runSpecs(s, m.start);
    url.set({
      opt: keep(specs.map((r) => r.optimizer as OptimizerChoice)),
      eta: keep(specs.map((r) => r.learningRate)),
      mu: keep(specs.map((r) => r.momentum)),
      rho: keep(specs.map((r) => r.decay)),
    });
  };
  const addRun = (): void => {
    const specs = runSpecs(s, m.start);
    url.set({
      opt: [...specs.map((r) => r.optimizer as OptimizerChoice), 'momentum'],
      eta: [...specs.map((r) => r.learningRate), specs[0]?.learningRate ?? etaField.default],
      mu: [...specs.map((r) => r.momentum), muField.default],
      rho: [...specs.map((r) => r.decay), rhoField.default],
    });
  };

  const windowField = (key: 'x0' | 'x1' | 'y0' | 'y1', label: string): JSX.Element => (
    <span class="pg-window-field">
      <label for={`pg-${key}`}>{label}</label>
      <NumberField
        id={`pg-${key}`}
        shown={plain(s[key])}
        field={stateSchema.fields[key]}
        stays={`It stays ${plain(s[key])}.`}
        noteClass="pg-note"
        onCommit={(v) => url.set({ [key]: v })}
      />
    </span>
  );

  return (
    <Widget
      id={WIDGET_ID}
      title="Your function, your descent"
      headingLevel={2}
      url={url}
      pending={mapTask.stale || basins.stale}
      summary={withMap ? summary(withMap) : null}
      table={() => (withMap ? table(withMap) : null)}
    >
      <FormulaField value={m.text} valueError={m.textError} onApply={(f) => url.set({ f })} />
      {/* Controls a keystroke in the formula does not touch skip its renders (Unchanged). */}
      <Unchanged deps={`${s.arrows}|${s.basins}`}>
        {() => (
          <div class="kit-controls pg-presets">
            <Select
              label="Preset"
              value=""
              options={PRESETS}
              onChange={(id) => {
                const p = SURFACE_METAS.find((c) => c.id === id);
                if (!p) return;
                const [x0, x1] = p.window.x;
                const [y0, y1] = p.window.y;
                url.set({
                  f: p.formula,
                  x0,
                  x1,
                  y0,
                  y1,
                  sx: Number((x0 + 0.2 * (x1 - x0)).toPrecision(4)),
                  sy: Number((y1 - 0.2 * (y1 - y0)).toPrecision(4)),
                });
              }}
            />
            <Toggle label="Downhill arrows" checked={s.arrows} onChange={(arrows) => url.set({ arrows })} />
            <Toggle
              label="Basins of attraction (path 1's optimiser)"
              checked={s.basins}
              onChange={(basins) => url.set({ basins })}
            />
          </div>
        )}
      </Unchanged>
      <figure class="kit-panel pg-map">
        <PlotFigure
          name="map"
          label={`Contour map of f(x, y) = ${withMap?.map.formula ?? m.drawn} with ${m.specs.length} descent paths`}
          base={mapBase(m)}
          layers={
            withMap
              ? [
                  // Axes change with the window only: typing a formula redraws the map, not the axes.
                  axesLayer(`${m.window.x}|${m.window.y}`),
                  mapBackground(withMap, basinResult, basinResult ? basinKey : 'none', drawing),
                  mapArrows(withMap, drawing),
                  mapPaths(withMap, drawing),
                ]
              : STATIC_LAYERS
          }
          interact={interact}
          aspect={0.75}
          maxHeight={640}
          minHeight={240}
          ssrWidth={640}
          onScales={(scales) => (frame.current = pixelFrame(scales))}
        />
        <figcaption>
          Contour lines at evenly spread quantiles of f over the window{s.arrows ? '; arrows point downhill (−∇f)' : ''}
          ; grey cells: f is not defined there. The ring is the common start: click or drag on the map, or focus it and
          use the arrow keys.
          {s.basins &&
            (basins.pending
              ? ' Computing the basin map…'
              : basinResult
                ? ` Basins: each colour is the set of starts from which path 1's optimiser reaches the starred minimum (${basinResult.source === 'catalogue' ? 'minima from the catalogue' : `${basinResult.minima.length} minima found by descent`}); uncoloured starts diverge, stall or stop elsewhere.`
                : '')}
          {basins.error !== null && s.basins ? ` The basin map could not be computed: ${basins.error}` : ''}
          {mapTask.error !== null ? ` The map could not be redrawn: ${mapTask.error}` : ''}
        </figcaption>
      </figure>
      <Unchanged
        deps={`${JSON.stringify(m.specs)}|${s.steps}|${s.x0}|${s.x1}|${s.y0}|${s.y1}|${withMap ? withMap.runs.map((r) => r.label).join('|') : 'server'}`}
      >
        {() => (
          <>
            <ol class="pg-runs" aria-label="Descent paths">
              {m.specs.map((spec, k) => (
                <li key={k} class="pg-run" style={{ '--pg-run-color': pathColor(k) }}>
                  <span class="pg-run-swatch" aria-hidden="true" />
                  <Select
                    label={`Path ${k + 1}`}
                    value={spec.optimizer as OptimizerChoice}
                    options={OPTIMIZER_OPTIONS}
                    onChange={(opt) => setRun(k, { opt })}
                  />
                  <span class="pg-run-field">
                    <label for={`pg-eta-${k}`}>{spec.optimizer === 'backtracking' ? 'first step' : 'η'}</label>
                    <NumberField
                      id={`pg-eta-${k}`}
                      shown={plain(spec.learningRate)}
                      field={etaField}
                      stays={`It stays ${plain(spec.learningRate)}.`}
                      noteClass="pg-note"
                      onCommit={(eta) => setRun(k, { eta })}
                    />
                  </span>
                  {['momentum', 'nesterov', 'adam'].includes(spec.optimizer) && (
                    <span class="pg-run-field">
                      <label for={`pg-mu-${k}`}>{spec.optimizer === 'adam' ? 'β₁' : 'μ'}</label>
                      <NumberField
                        id={`pg-mu-${k}`}
                        shown={plain(spec.momentum)}
                        field={muField}
                        stays={`It stays ${plain(spec.momentum)}.`}
                        noteClass="pg-note"
                        onCommit={(mu) => setRun(k, { mu })}
                      />
                    </span>
                  )}
                  {['rmsprop', 'adam'].includes(spec.optimizer) && (
                    <span class="pg-run-field">
                      <label for={`pg-rho-${k}`}>{spec.optimizer === 'adam' ? 'β₂' : 'ρ'}</label>
                      <NumberField
                        id={`pg-rho-${k}`}
                        shown={plain(spec.decay)}
                        field={rhoField}
                        stays={`It stays ${plain(spec.decay)}.`}
                        noteClass="pg-note"
                        onCommit={(rho) => setRun(k, { rho })}
                      />
                    </span>
                  )}
                  {m.specs.length > 1 && (
                    <Button class="pg-run-remove" aria-label={`Remove path ${k + 1}`} onClick={() => removeRun(k)}>
                      Remove
                    </Button>
                  )}
                  {withMap ? (
                    <p class="pg-run-label">
                      {specName(spec)}: {withMap.runs[k]?.label ?? 'computing…'}
                    </p>
                  ) : (
                    <p class="pg-run-label" dangerouslySetInnerHTML={KEPT_HTML} />
                  )}
                </li>
              ))}
            </ol>
            <div class="kit-controls">
              {m.specs.length < MAX_PATHS && <Button onClick={addRun}>Add a path</Button>}
              <Slider
                label="steps at most"
                field={stateSchema.fields.steps}
                value={s.steps}
                onChange={(steps) => url.set({ steps: Math.round(steps) })}
              />
            </div>
            <fieldset class="pg-window">
              <legend>Window (coordinates up to ±{sig(COORD_LIMIT)})</legend>
              {windowField('x0', 'x from')}
              {windowField('x1', 'x to')}
              {windowField('y0', 'y from')}
              {windowField('y1', 'y to')}
            </fieldset>
          </>
        )}
      </Unchanged>
    </Widget>
  );
}
