/**
 * Widget network-landscape (chapter 9): a small network trained in the page on a toy set (in a
 * Web Worker: progress, live loss curve and decision region, pause/resume), then its loss
 * landscape around the parameters reached, on a random filter-normalised plane or on the PCA
 * plane of the training path; optionally beside a wide network trained the same way.
 *
 * MDX: <NetworkLandscape client:visible />
 */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Button } from '~/widgets/kit/controls/Button';
import { Select } from '~/widgets/kit/controls/Select';
import { Slider } from '~/widgets/kit/controls/Slider';
import { Toggle } from '~/widgets/kit/controls/Toggle';
import { keptChildren } from '~/widgets/kit/keptHtml';
import { axesLayer, keptLayers, PlotFigure } from '~/widgets/kit/PlotFigure';
import { prepareModel } from '~/widgets/kit/prepareModel';
import { useModel } from '~/widgets/kit/useModel';
import { useServerView } from '~/widgets/kit/useServerView';
import { useUrlState } from '~/widgets/kit/useUrlState';
import { useWorkerTask } from '~/widgets/kit/useWorkerTask';
import { Widget } from '~/widgets/kit/Widget';
import {
  dataLayer,
  decisionBase,
  decisionLayer,
  gridDomain,
  landscapeBase,
  landscapeLayer,
  lossBase,
  lossLayer,
  lossRange,
  pathLayer,
} from './panels';
import type { LandscapeSurfaceProps } from './LandscapeSurface';
import { model, parseWidths, toyData } from './model';
import { MAX_STEPS, stateSchema, WIDGET_ID, type State } from './state';
import { architecture, landscapeText, summary } from './summary';
import { table } from './table';
import { inputKey } from './task-key';
import type { TaskInput, TaskResult, TrainingView } from './training-task';
import type { ChunkedInput } from './train-in-chunks';
import './network-landscape.css';

// The modules, the default state's data set, its model and the hydration render: a task each
// (prepareModel).
await prepareModel(model, stateSchema.defaults, [() => toyData(stateSchema.defaults)]);

const makeWorker = (): Worker =>
  new Worker(new URL('./network-landscape.worker.ts', import.meta.url), { type: 'module' });
/**
 * The build renders the trained default with runTask; in the browser all training happens in the
 * worker. The import exists only in the server build (import.meta.env.SSR is a build-time
 * constant), so the page's bundle carries no training code, not even the optimisers' modules; a
 * browser without Web Workers gets a message instead of a frozen tab.
 */
const runNow = import.meta.env.SSR ? (await import('./training-task')).runTask : null;
const compute = (input: ChunkedInput | null): TaskResult | null => {
  if (input === null) return null;
  if (runNow !== null) return runNow(input);
  throw new Error('This browser cannot run Web Workers, which this figure needs to train the network.');
};

/** The figures kept while the network trains, or until the page's first run is done (keptLayers). */
const DECISION_KEPT = keptLayers('axes', 'decision', 'data');
const LANDSCAPE_KEPT = keptLayers('landscape', 'path');

function taskKey(input: TaskInput | null, attempt: number, pausing: boolean): string {
  if (input === null) return 'off';
  return `${inputKey(input)}|${attempt}|${pausing ? 'p' : ''}`;
}

const DATASETS = [
  { value: 'two-moons', label: 'Two moons' },
  { value: 'circles', label: 'Circles' },
  { value: 'xor', label: 'XOR' },
  { value: 'two-spirals', label: 'Two spirals' },
] as const;
const ACTIVATIONS = [
  { value: 'tanh', label: 'tanh' },
  { value: 'relu', label: 'ReLU' },
  { value: 'sigmoid', label: 'sigmoid' },
  { value: 'identity', label: 'identity (linear)' },
] as const;
const OPTIMIZERS = [
  { value: 'adam', label: 'Adam' },
  { value: 'momentum', label: 'Momentum (μ = 0.9)' },
  { value: 'gradient-descent', label: 'Gradient descent' },
] as const;
const VIEWS = [
  { value: 'random', label: 'Random directions' },
  { value: 'pca', label: 'PCA plane of the path' },
] as const;

type SurfaceComponent = (p: LandscapeSurfaceProps) => JSX.Element | null;

/**
 * The 3-D view's module (kit3d and the projection core), fetched with import() the first time
 * the student turns the 3-D view on: the chapter's JavaScript stays small for everyone else.
 */
function useLandscapeSurface(wanted: boolean): { Surface: SurfaceComponent | null; error: string | null } {
  const [Surface, setSurface] = useState<SurfaceComponent | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!wanted || Surface !== null) return;
    let live = true;
    import('./LandscapeSurface').then(
      (m) => {
        if (live) setSurface(() => m.LandscapeSurface);
      },
      () => {
        if (live) setError('The 3-D view could not be loaded; check the connection and reload the page.');
      },
    );
    return () => {
      live = false;
    };
  }, [wanted, Surface]);
  return { Surface, error };
}

/** One network's run: the worker task and what the panels draw from it. */
function useRun(input: TaskInput | null, attempt: number, pausing: boolean) {
  const task = useWorkerTask<ChunkedInput | null, TaskResult | null, TrainingView>({
    key: taskKey(input, attempt, pausing),
    input: input === null ? null : { ...input, attempt, pausing },
    worker: makeWorker,
    compute,
  });
  const result = task.result ?? undefined;
  const training = task.pending && task.progress !== undefined ? task.progress : result?.training;
  const landscape = task.pending ? undefined : result?.landscape;
  const decision = training?.drawing ?? null;
  const drawing = landscape?.drawing ?? null;
  return { task, training, landscape, decision, drawing };
}

export default function NetworkLandscape(): JSX.Element {
  const url = useUrlState(WIDGET_ID, stateSchema);
  const s: State = url.state;
  const fields = stateSchema.fields;
  const [attempt, setAttempt] = useState(0);
  const [pausing, setPausing] = useState(false);
  const m = useModel(url, model);
  const main = useRun(m.input, attempt, pausing);
  const wide = useRun(m.wideInput, attempt, pausing);
  const surface = useLandscapeSurface(s.v3d);
  // The page's first run trains the default network again, to the figures the server drew: until
  // it is done they stay, with the server's text and run row (kept layers, KEPT_HTML), so nothing
  // changes or moves when the widget hydrates. (Shown step by step, the shorter text of a run in
  // progress made the widget up to 164 px shorter for a second or two, and each step was a frame
  // of hydration.) "Train again", or any change, trains in view.
  const quiet = useServerView(
    url.serialized === '' && attempt === 0 && main.task.result === undefined && main.task.error === null,
  );

  const t = quiet ? undefined : main.training;
  const decision = quiet ? null : main.decision;
  const running = main.task.pending && !quiet;
  const paused = !running && t !== undefined && t.step < t.steps && t.status !== 'diverged';
  const set = (patch: Partial<State>): void => {
    setPausing(false);
    url.set(patch);
  };
  const pause = (): void => {
    setPausing(true);
    url.set({ at: t?.step ?? 0 });
  };
  const resume = (): void => set({ at: MAX_STEPS });
  const again = (): void => {
    setAttempt((a) => a + 1);
    set({ at: MAX_STEPS });
  };

  const text = summary({
    training: t,
    hidden: s.hidden,
    paused,
    landscape: main.landscape ? { view: main.landscape, drawing: main.drawing } : undefined,
    ...(s.compare && wide.training
      ? {
          wide: {
            training: wide.training,
            hidden: s.wide,
            landscape: wide.landscape ? { view: wide.landscape, drawing: wide.drawing } : undefined,
          },
        }
      : {}),
  });
  const progressStep = t?.step ?? 0;

  const surfacePanel = (
    name: string,
    run: ReturnType<typeof useRun>,
    hidden: readonly number[],
  ): JSX.Element | null => {
    if (!s.v3d || !run.landscape) return null;
    const { Surface, error } = surface;
    if (Surface === null) return <p class="nl-wait nl-wait-3d">{error ?? 'Loading the 3-D view…'}</p>;
    return (
      <Surface
        name={`${name}-3d`}
        network={architecture(hidden)}
        landscape={run.landscape}
        landscapeKey={`${name}|${run.task.resultKey}`}
        view={{ azimuth: s.az, elevation: s.el }}
        onView={(v) => url.set({ az: v.azimuth, el: v.elevation })}
      />
    );
  };

  const landscapePanel = (
    name: string,
    run: ReturnType<typeof useRun>,
    hidden: readonly number[],
    kept = false,
  ): JSX.Element => (
    <figure class="kit-panel">
      {/* While the network trains, the last landscape (the server's, at first) stays in its box,
          under a note that veils it: nothing below it moves when the new one comes. (The veil is
          the note's own background: hydration adds the note but does not patch a class.) */}
      <div class="nl-frame">
        <PlotFigure
          name={name}
          label={`Loss landscape of the ${architecture(hidden)} network around the parameters reached`}
          base={run.landscape ? landscapeBase(run.landscape) : {}}
          layers={
            run.landscape
              ? [
                  landscapeLayer(run.drawing, `${name}|${run.task.resultKey}`),
                  pathLayer(run.landscape, `${name}|path|${run.task.resultKey}`),
                ]
              : LANDSCAPE_KEPT
          }
          aspect={0.85}
          maxHeight={380}
          ssrWidth={360}
        />
        {run.landscape || kept ? null : (
          <p class="nl-wait">{run.task.error ?? 'The landscape is drawn again when training stops…'}</p>
        )}
      </div>
      {surfacePanel(name, run, hidden)}
      <figcaption
        {...keptChildren(
          kept,
          <>
            {architecture(hidden)}: {run.landscape ? landscapeText(run.landscape, run.drawing) : 'training…'} Star: the
            parameters reached.
            {s.v3d && run.landscape?.path
              ? ' In 3-D the path is drawn at the height of the landscape below it, not at its own loss.'
              : ''}
          </>,
        )}
      />
    </figure>
  );

  return (
    <Widget
      id={WIDGET_ID}
      title="Train a network, then look at its loss landscape"
      url={url}
      summary={quiet ? null : text}
      table={() => (quiet ? null : table(t, s.hidden))}
      pending={main.task.pending || wide.task.pending}
    >
      <div class="kit-controls">
        <Select label="Data set" value={s.data} options={DATASETS} onChange={(data) => set({ data })} />
        <Select
          label="Hidden layers"
          value={m.widths.value}
          options={m.widths.options}
          onChange={(v) => {
            if (v !== 'custom') set({ hidden: parseWidths(v) });
          }}
        />
        <Select label="Activation" value={s.act} options={ACTIVATIONS} onChange={(act) => set({ act })} />
        <Select label="Optimiser" value={s.opt} options={OPTIMIZERS} onChange={(opt) => set({ opt })} />
        <Slider label="Learning rate η" field={fields.eta} value={s.eta} onChange={(eta) => set({ eta })} />
        <Select
          label="Steps"
          value={m.steps.value}
          options={m.steps.options}
          onChange={(v) => {
            if (v !== 'other') set({ steps: Number(v) });
          }}
        />
      </div>
      <div class="nl-run" aria-busy={running ? 'true' : undefined}>
        {running ? (
          <Button onClick={pause}>Pause</Button>
        ) : paused ? (
          <Button onClick={resume}>Resume</Button>
        ) : (
          <Button onClick={again}>Train again</Button>
        )}
        <span
          class="nl-progress"
          {...keptChildren(
            quiet,
            <>
              <progress max={t?.steps ?? s.steps} value={progressStep} aria-label="Training progress">
                {progressStep} of {t?.steps ?? s.steps}
              </progress>
              <span class="nl-step">
                step {progressStep} / {t?.steps ?? s.steps}
                {m.runTo < s.steps ? ' (paused)' : ''}
              </span>
            </>,
          )}
        />
      </div>
      <div class="kit-panels">
        <figure class="kit-panel">
          {/* Until the first training step arrives the server's figure stays, in its box. */}
          <PlotFigure
            name="decision"
            label="The data and the network's decision region (probability of class 1)"
            base={decision ? decisionBase(decision) : {}}
            layers={
              decision
                ? [
                    // The axes on their own: each training step redraws the region, not the axes.
                    axesLayer(`axes|${gridDomain(decision)}`),
                    decisionLayer(decision, `${m.dataKey}|${t?.step}|${main.task.resultKey}`),
                    // the frame's domain comes from the decision grid: redraw the points when it moves
                    dataLayer(m.data, `${m.dataKey}|${gridDomain(decision)}`),
                  ]
                : DECISION_KEPT
            }
            aspect={0.9}
            maxHeight={380}
            ssrWidth={360}
          />
          <figcaption>
            Class 1 (red circles) and class 0 (blue squares); shading: the probability of class 1, line: 0.5.
          </figcaption>
        </figure>
        <figure class="kit-panel">
          <PlotFigure
            name="loss"
            label="Training loss against the step, log scale"
            base={lossBase(t?.steps ?? s.steps, lossRange(t))}
            layers={[lossLayer(t, `${t?.step}|${main.task.resultKey}|${attempt}`)]}
            aspect={0.9}
            maxHeight={380}
            ssrWidth={360}
          />
          <figcaption>Loss (binary cross-entropy, log scale) at every step so far.</figcaption>
        </figure>
      </div>
      <div class="kit-controls">
        <Select label="Landscape" value={s.view} options={VIEWS} onChange={(view) => url.set({ view })} />
        <Toggle
          label={`Compare with a wide network ${architecture(s.wide)}`}
          checked={s.compare}
          onChange={(compare) => url.set({ compare })}
        />
        <Toggle label="Show in 3-D" checked={s.v3d} onChange={(v3d) => url.set({ v3d })} />
      </div>
      <div class="kit-panels">
        {landscapePanel('landscape', main, s.hidden, quiet)}
        {s.compare ? landscapePanel('landscape-wide', wide, s.wide) : null}
      </div>
    </Widget>
  );
}
