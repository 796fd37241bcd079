/**
 * Widget optimizer-race (chapter 8): gradient descent, momentum, Nesterov, AdaGrad, RMSProp
 * and Adam from one start on one surface, stepping together. Play, pause, step and scrub the
 * shared iteration; paths on the contour map, f − f_min on one log chart, steps to the
 * tolerance in the table. Presets: the Rosenbrock valley, a saddle, an ill-conditioned bowl,
 * Himmelblau from its central peak.
 *
 * MDX: <OptimizerRace client:visible />
 */
import type { JSX } from 'preact';
import { memo } from '~/widgets/kit/memo';
import { PlotFigure, axesLayer, type Interaction } from '~/widgets/kit/PlotFigure';
import { Slider } from '~/widgets/kit/controls/Slider';
import { Select } from '~/widgets/kit/controls/Select';
import { Toggle } from '~/widgets/kit/controls/Toggle';
import { Player } from '~/widgets/kit/controls/Player';
import { prepareModel } from '~/widgets/kit/prepareModel';
import { warmContours } from '~/widgets/kit/warmContours';
import { useModel } from '~/widgets/kit/useModel';
import { useUrlState } from '~/widgets/kit/useUrlState';
import { Widget } from '~/widgets/kit/Widget';
import { pt } from '~/widgets/kit/format';
import { SURFACES } from './surfaces';
import { RACER_COLOR, RACER_DASH } from './colors';
import { lossBase, lossCurves, lossCursor } from './lossPanel';
import { contoursOfInSteps, mapBackground, mapBase, mapPaths } from './mapPanel';
import { model, RACER_KEYS, RACER_NAMES, racerRun, type Model, type RacerKey } from './model';
import { PRESETS, presetById } from './presets';
import {
  PRESET_IDS,
  RACE_SURFACES,
  stateSchema,
  WIDGET_ID,
  type PresetId,
  type RaceSurfaceId,
  type State,
} from './state';
import { outcomeText, summary } from './summary';
import { table } from './table';
import './optimizer-race.css';

// The modules, the map's contours, each racer's run and the hydration render, in short tasks.
const FIRST = stateSchema.defaults;
await prepareModel(model, stateSchema.defaults, [
  warmContours,
  () => contoursOfInSteps(SURFACES[FIRST.surface]),
  ...RACER_KEYS.filter((k) => FIRST[k]).map((k) => () => racerRun.inSteps(k, FIRST)),
]);

const PRESET_OPTIONS: ReadonlyArray<{ value: PresetId; label: string }> = [
  ...PRESETS.map((p) => ({ value: p.id, label: p.label })),
  { value: 'custom', label: 'Your own settings' },
];
const SURFACE_OPTIONS = RACE_SURFACES.map((id) => ({ value: id, label: SURFACES[id].name }));

/** The hyper-parameter fields of each racer, after its on/off switch. */
const HYPER: Record<RacerKey, ReadonlyArray<{ field: keyof State; label: string }>> = {
  gd: [{ field: 'gdEta', label: 'η' }],
  mom: [
    { field: 'momEta', label: 'η' },
    { field: 'momMu', label: 'μ' },
  ],
  nag: [
    { field: 'nagEta', label: 'η' },
    { field: 'nagMu', label: 'μ' },
  ],
  adagrad: [{ field: 'adagradEta', label: 'η' }],
  rms: [
    { field: 'rmsEta', label: 'η' },
    { field: 'rmsDecay', label: 'decay' },
  ],
  adam: [
    { field: 'adamEta', label: 'η' },
    { field: 'adamB1', label: 'β₁' },
    { field: 'adamB2', label: 'β₂' },
  ],
};

/** Every field the racers' switches and hyper-parameter sliders show. */
const SETTINGS_FIELDS: ReadonlyArray<keyof State> = RACER_KEYS.flatMap((k) => [k, ...HYPER[k].map((h) => h.field)]);

/**
 * The racers' switches and hyper-parameters (19 controls), re-rendered only when one of their
 * values changes: the scrubber re-renders the widget at every step and changes none of them.
 * (`change` only calls the URL state's stable `set`.)
 */
const RacerSettings = memo(
  function RacerSettings(props: { s: State; change: (patch: Partial<State>) => void }): JSX.Element {
    const { s, change } = props;
    const fields = stateSchema.fields;
    return (
      <details class="or-hyper">
        <summary>Optimisers and their hyperparameters</summary>
        {RACER_KEYS.map((k) => (
          <fieldset key={k} class="or-racer">
            <legend>
              <Toggle label={RACER_NAMES[k]} checked={s[k]} onChange={(on) => change({ [k]: on } as Partial<State>)} />
            </legend>
            <div class="kit-controls">
              {HYPER[k].map((h) => (
                <Slider
                  key={h.field}
                  label={h.label}
                  field={fields[h.field] as typeof fields.gdEta}
                  value={s[h.field] as number}
                  onChange={(v) => change({ [h.field]: v } as Partial<State>)}
                />
              ))}
            </div>
          </fieldset>
        ))}
      </details>
    );
  },
  (a, b) => SETTINGS_FIELDS.every((f) => a.s[f] === b.s[f]),
);

/** Preset and surface (and the preset's comment): not re-rendered by the scrubber. */
const RaceChoice = memo(
  function RaceChoice(props: {
    s: State;
    set: (patch: Partial<State>) => void;
    change: (patch: Partial<State>) => void;
  }): JSX.Element {
    const { s, set, change } = props;
    const preset = presetById(s.preset);
    return (
      <>
        <div class="kit-controls">
          <Select
            label="Preset"
            value={s.preset}
            options={PRESET_OPTIONS}
            onChange={(id) => {
              if (!PRESET_IDS.includes(id)) return;
              const p = presetById(id);
              set(
                p === undefined ? { preset: 'custom' } : { ...p.values, preset: id, at: stateSchema.fields.at.default },
              );
            }}
          />
          <Select
            label="Surface"
            value={s.surface}
            options={SURFACE_OPTIONS}
            onChange={(surface) => {
              if (RACE_SURFACES.includes(surface as RaceSurfaceId)) change({ surface: surface as RaceSurfaceId });
            }}
          />
        </div>
        <p class="or-comment">
          {preset !== undefined
            ? preset.comment
            : 'Your own settings: choose a preset to start again from one of the four races.'}
        </p>
      </>
    );
  },
  (a, b) => a.s.preset === b.s.preset && a.s.surface === b.s.surface,
);

/** Each racer's line style and outcome: depends on the runs, not on the iteration shown. */
const RaceLegend = memo(
  function RaceLegend(props: { m: Model }): JSX.Element {
    const { m } = props;
    return (
      <ul class="or-legend" aria-label="Optimisers">
        {m.racers.map((r) => (
          <li key={r.key}>
            <svg width="26" height="10" viewBox="0 0 26 10" aria-hidden="true">
              <line
                x1="1"
                y1="5"
                x2="25"
                y2="5"
                stroke={RACER_COLOR[r.key]}
                stroke-width="2.5"
                stroke-dasharray={RACER_DASH[r.key]}
              />
            </svg>
            <span>
              {r.name}: {outcomeText(r, m)}
            </span>
          </li>
        ))}
      </ul>
    );
  },
  (a, b) =>
    a.m.budget === b.m.budget &&
    a.m.racers.length === b.m.racers.length &&
    a.m.racers.every((r, i) => r === b.m.racers[i]),
);

/** The race's length and tolerance. */
const RaceLength = memo(
  function RaceLength(props: { s: State; change: (patch: Partial<State>) => void }): JSX.Element {
    const { s, change } = props;
    const fields = stateSchema.fields;
    return (
      <div class="kit-controls">
        <Slider
          label="steps"
          field={fields.steps}
          value={s.steps}
          onChange={(steps) => change({ steps: Math.round(steps) })}
        />
        <Slider
          label="log₁₀ tolerance"
          field={fields.tol}
          value={s.tol}
          onChange={(tol) => change({ tol: Math.round(tol) })}
        />
      </div>
    );
  },
  (a, b) => a.s.steps === b.s.steps && a.s.tol === b.s.tol,
);

export default function OptimizerRace(): JSX.Element {
  const url = useUrlState(WIDGET_ID, stateSchema);
  const s = url.state;
  const m = useModel(url, model);
  /** Any change but the scrubber shows the whole race and leaves the preset. */
  const change = (patch: Partial<State>) => url.set({ ...patch, preset: 'custom', at: stateSchema.fields.at.default });
  const stepX = (m.window.x[1] - m.window.x[0]) / 100;
  const stepY = (m.window.y[1] - m.window.y[0]) / 100;

  const interact: Interaction = {
    kind: 'xy',
    label: 'Start of the race (click, drag, or use the arrow keys)',
    valueText: `start ${pt(m.start[0], m.start[1])}`,
    x: m.start[0],
    y: m.start[1],
    step: { x: stepX, y: stepY },
    onMove: (q) => change({ x: q.x, y: q.y }),
  };

  return (
    <Widget id={WIDGET_ID} title="Six optimisers, one start" url={url} summary={summary(m)} table={() => table(m)}>
      <RaceChoice s={s} set={url.set} change={change} />
      <div class="kit-panels or-panels">
        <figure class="kit-panel">
          <PlotFigure
            name="map"
            label={`Contour map of ${m.surface.name} with the six paths`}
            base={mapBase(m)}
            layers={[mapBackground(m), mapPaths(m)]}
            interact={interact}
            aspect={0.8}
            maxHeight={560}
            ssrWidth={420}
          />
          <figcaption>
            Paths up to iteration {m.at}. The ring is the start (drag it, or focus the map and use the arrow keys);
            stars are minima, crosses saddles.
          </figcaption>
        </figure>
        <figure class="kit-panel">
          <PlotFigure
            name="loss"
            label="f − f_min against the iteration for each optimiser, logarithmic"
            base={lossBase(m)}
            layers={[axesLayer(`${m.longest}|${m.racers.length}|${m.surface.id}`), lossCurves(m), lossCursor(m)]}
            aspect={0.8}
            maxHeight={560}
            ssrWidth={420}
          />
          <figcaption>f − f_min per iteration on a log scale; the dashed line is the tolerance.</figcaption>
        </figure>
      </div>
      <RaceLegend m={m} />
      <div class="or-player">
        <Player
          label="Race"
          at={m.at}
          count={m.longest + 1}
          onSeek={(at) => url.set({ at })}
          fps={Math.max(4, Math.round(m.longest / 12))}
          speeds={[0.25, 1, 4]}
        />
      </div>
      <RaceLength s={s} change={change} />
      <RacerSettings s={s} change={change} />
    </Widget>
  );
}
