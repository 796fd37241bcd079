/**
 * Widget learning-rate-comparison (chapter 6): several learning rates on lecture 004's
 * least-squares problem from (−8, −2): one contour map per run with shared scales, all loss
 * curves on one log chart, each run labelled by the eigenvalues of XᵀX, an η strip shaded
 * into converges / oscillates / diverges, and "predict, then run".
 *
 * MDX: <LearningRateComparison client:visible />
 * Instructor's link to the divergent rate alone:
 *   ?learning-rate-comparison=etas:0.0065,eta:0.0065#learning-rate-comparison
 */
import type { JSX } from 'preact';
import { useId, useState } from 'preact/hooks';
import type { Behaviour } from '~/core/stability/behaviour';
import { Button } from '~/widgets/kit/controls/Button';
import { NumberField } from '~/widgets/kit/controls/NumberField';
import { Slider } from '~/widgets/kit/controls/Slider';
import { Toggle } from '~/widgets/kit/controls/Toggle';
import { useHydrated } from '~/widgets/kit/context';
import { plain, sig } from '~/widgets/kit/format';
import { PlotFigure, type Interaction } from '~/widgets/kit/PlotFigure';
import { prepareModel } from '~/widgets/kit/prepareModel';
import { warmContours } from '~/widgets/kit/warmContours';
import { useModel } from '~/widgets/kit/useModel';
import { useUrlState } from '~/widgets/kit/useUrlState';
import { Widget } from '~/widgets/kit/Widget';
import { feedback, outcome, why } from './explain';
import { getProblemInSteps, model, runFor } from './model';
import {
  lossBackground,
  lossBase,
  lossCurves,
  MAP_BASE,
  mapBackground,
  mapPath,
  runColor,
  STRIP_BASE,
  stripMarks,
  stripZones,
} from './panels';
import { ETA_MAX, ETA_MIN, etaField, MAX_RUNS, stateSchema, WIDGET_ID } from './state';
import { summary } from './summary';
import { table } from './table';
import './learning-rate-comparison.css';

// The modules, the data, each run of the default state and the hydration render: a task each.
const FIRST = stateSchema.defaults;
await prepareModel(model, stateSchema.defaults, [
  warmContours,
  getProblemInSteps,
  ...FIRST.etas.map((eta) => () => runFor(eta, FIRST.steps, FIRST.armijo)),
]);

const CHOICES: readonly Behaviour[] = ['converges', 'oscillates', 'diverges'];

interface Verdict {
  eta: number;
  right: boolean | null;
  text: string;
}

function EtaField(props: { eta: number; onChange(v: number): void }): JSX.Element {
  const id = useId();
  return (
    <span class="lrc-eta-field">
      <label for={id}>η</label>
      <NumberField
        id={id}
        shown={plain(props.eta)}
        field={etaField}
        noteClass="lrc-note"
        stays={`It stays ${plain(props.eta)}.`}
        onCommit={(v) => props.onChange(Number(v.toPrecision(4)))}
      />
    </span>
  );
}

export default function LearningRateComparison(): JSX.Element {
  const url = useUrlState(WIDGET_ID, stateSchema);
  const m = useModel(url, model);
  const { etas } = url.state;
  const { eta, steps, runs, zone: sliderZone } = m;
  const p = m.problem;
  const t = p.thresholds;
  const [prediction, setPrediction] = useState<Behaviour | null>(null);
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const full = etas.length >= MAX_RUNS;
  const inList = etas.some((e) => Math.abs(e - eta) <= 1e-12 * eta);
  const radio = useId();
  const hydrated = useHydrated();

  const runIt = (): void => {
    const run = runFor(eta, steps, m.armijo);
    const fb = feedback(prediction, run);
    setVerdict({ eta, ...fb });
    setPrediction(null);
    if (!inList && !full) url.set({ etas: [...etas, eta] });
  };

  const stripInteract: Interaction = {
    kind: 'x',
    label: 'Learning rate η on the zone strip (click, drag, or use the arrow keys)',
    valueText: `η = ${plain(eta)}, ${sliderZone}`,
    x: eta,
    min: ETA_MIN,
    max: ETA_MAX,
    step: { x: 0.0001 },
    onMove: (q) => url.set({ eta: Math.min(ETA_MAX, Math.max(ETA_MIN, q.x)) }),
  };

  return (
    <Widget id={WIDGET_ID} title="Learning rates side by side" url={url} summary={summary(m)} table={() => table(m)}>
      <div class="lrc-maps">
        {runs.map((r, i) => (
          <figure class="kit-panel lrc-map" key={`${i}-${r.eta}`}>
            <figcaption class="lrc-map-head">
              <span class="lrc-swatch" style={{ background: runColor(i) }} aria-hidden="true" />
              <span>η = {plain(r.eta)}</span>
              <span class={`lrc-badge lrc-${r.predicted}`} data-verdict={r.predicted}>
                {r.predicted}
              </span>
            </figcaption>
            <PlotFigure
              name={`map-${i}`}
              label={`Path of gradient descent with η = ${plain(r.eta)} on the contours of the loss: it ${r.predicted}, ${outcome(r)}`}
              base={MAP_BASE}
              layers={[mapBackground(), mapPath(r, i)]}
              aspect={0.62}
              minHeight={150}
              ssrWidth={300}
            />
            <p class="lrc-map-note">{outcome(r)}</p>
          </figure>
        ))}
      </div>
      <figure class="kit-panel lrc-loss">
        <PlotFigure
          name="loss"
          label="Loss per iteration of every run, on a logarithmic scale"
          base={lossBase(runs, steps)}
          layers={[lossBackground(runs, steps), lossCurves(runs, steps)]}
          aspect={0.45}
          minHeight={200}
          maxHeight={340}
          ssrWidth={640}
        />
        <figcaption>
          Loss per iteration, log scale, one colour per run (as on the maps). Contours: ‖y − Xβ‖² for chapter 5’s ten
          points; the ring is the start (−8, −2), the star the least-squares fit ({sig(p.minimum[0], 4)},{' '}
          {sig(p.minimum[1], 4)}).
        </figcaption>
      </figure>

      <ul class="lrc-runs" aria-label="Learning rates in the comparison">
        {runs.map((r, i) => (
          <li key={`${i}-${r.eta}`}>
            <span class="lrc-swatch" style={{ background: runColor(i) }} aria-hidden="true" />
            <EtaField eta={r.eta} onChange={(v) => url.set({ etas: etas.map((e, j) => (j === i ? v : e)) })} />
            <span class={`lrc-badge lrc-${r.predicted}`}>{r.predicted}</span>
            <span class="lrc-why">{why(r)}</span>
            <Button
              disabled={etas.length <= 1}
              aria-label={`Remove η = ${plain(r.eta)}`}
              title="Remove this run"
              onClick={() => url.set({ etas: etas.filter((_, j) => j !== i) })}
            >
              ✕
            </Button>
          </li>
        ))}
      </ul>

      <div class="lrc-explore">
        <Slider label="η" field={stateSchema.fields.eta} value={eta} onChange={(v) => url.set({ eta: v })} />
        <PlotFigure
          name="zones"
          label={`Learning-rate strip: converges up to 1/λ_max = ${sig(t.monotoneLimit, 4)}, oscillates up to 2/λ_max = ${sig(t.criticalLearningRate, 4)}, diverges beyond; best fixed step ${sig(t.bestFixedStep, 4)}`}
          base={STRIP_BASE}
          layers={[stripZones(), stripMarks(eta, etas)]}
          interact={stripInteract}
          aspect={0.16}
          minHeight={96}
          maxHeight={120}
          ssrWidth={640}
        />
        <p class="lrc-zone-legend">
          <span class="lrc-legend">
            <span class="lrc-badge lrc-converges">converges</span> η ≤ {plain(t.monotoneLimit)} (1/λ_max)
          </span>
          <span class="lrc-legend">
            <span class="lrc-badge lrc-oscillates">oscillates</span> up to {sig(t.criticalLearningRate, 4)} (2/λ_max)
          </span>
          <span class="lrc-legend">
            <span class="lrc-badge lrc-diverges">diverges</span> beyond
          </span>
        </p>
        <p class="lrc-zone-read">
          η = {plain(eta)} lies in the <strong class={`lrc-badge lrc-${sliderZone}`}>{sliderZone}</strong> zone. From
          the data: λ_min = {sig(t.lambdaMin, 4)}, λ_max = {sig(t.lambdaMax, 5)}; the best fixed step 2/(λ_min + λ_max)
          = {sig(t.bestFixedStep, 4)} is marked on the strip.
        </p>
        <fieldset class="lrc-predict">
          <legend>Predict, then run η = {plain(eta)}</legend>
          <div class="lrc-choices" role="radiogroup" aria-label="Your prediction">
            {CHOICES.map((c) => (
              <label key={c}>
                <input
                  type="radio"
                  name={radio}
                  value={c}
                  checked={prediction === c}
                  disabled={!hydrated}
                  onChange={() => setPrediction(c)}
                />
                {c}
              </label>
            ))}
          </div>
          <Button class="lrc-run" data-action="run" onClick={runIt}>
            {prediction === null ? `Run η = ${plain(eta)}` : `Run η = ${plain(eta)} (I predict: ${prediction})`}
          </Button>
          {full && !inList && <p class="lrc-note">Six runs is the most; remove one to add this η to the maps.</p>}
          <p
            class={`lrc-verdict${verdict?.right === true ? ' is-right' : verdict?.right === false ? ' is-wrong' : ''}`}
            role="status"
          >
            {verdict?.text ?? 'Choose what you expect, then run it: the new run joins the maps and the loss chart.'}
          </p>
        </fieldset>
        <Slider
          label="steps"
          field={stateSchema.fields.steps}
          value={steps}
          onChange={(v) => url.set({ steps: Math.round(v) })}
        />
        <Toggle
          label="Backtracking line search (Armijo), starting each step at the run’s η"
          checked={m.armijo}
          onChange={(armijo) => url.set({ armijo })}
        />
      </div>
    </Widget>
  );
}
