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
import { useEffect, useId, useMemo, useState } from 'preact/hooks';
import { PlotFigure, type Interaction } from '~/widgets/kit/PlotFigure';
import { Slider } from '~/widgets/kit/controls/Slider';
import { useUrlState } from '~/widgets/kit/useUrlState';
import { Widget } from '~/widgets/kit/Widget';
import { NumberField } from '~/widgets/kit/controls/NumberField';
import { predictBehaviour, type Behaviour } from '~/core/stability/behaviour';
import { plain, sig } from '~/widgets/descent-path/text';
import { getProblem, runFor } from './model';
import { etaText, feedback, outcome, why } from './explain';
import {
  lossBackground, lossCurves, lossFrame, MAP_FRAME, mapBackground, mapPath, runColor, STRIP_FRAME, stripMarks, stripZones,
} from './panels';
import { ETA_MAX, ETA_MIN, MAX_RUNS, stateSchema, WIDGET_ID } from './state';
import { summary } from './summary';
import { table } from './table';
import './learning-rate-comparison.css';

const CHOICES: readonly Behaviour[] = ['converges', 'oscillates', 'diverges'];

interface Verdict {
  eta: number;
  right: boolean | null;
  text: string;
}

function EtaField(props: { live: boolean; eta: number; index: number; onChange(v: number): void }): JSX.Element {
  const id = useId();
  return (
    <span class="lrc-eta-field">
      <label for={id}>η</label>
      <NumberField
        id={id}
        shown={etaText(props.eta)}
        min={ETA_MIN}
        max={ETA_MAX}
        digits={6}
        disabled={!props.live}
        noteClass="lrc-note"
        stays={`It stays ${etaText(props.eta)}.`}
        onCommit={(v) => props.onChange(Number(v.toPrecision(4)))}
      />
    </span>
  );
}

export default function LearningRateComparison(): JSX.Element {
  const url = useUrlState(WIDGET_ID, stateSchema);
  const { etas, eta, steps } = url.state;
  const p = getProblem();
  const t = p.thresholds;
  const runs = etas.map((e) => runFor(e, steps));
  const [prediction, setPrediction] = useState<Behaviour | null>(null);
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const data = useMemo(() => table(runs, steps), [etas.join(','), steps]);
  const sliderZone = predictBehaviour(eta, p.loss.stats.xtx);
  const full = etas.length >= MAX_RUNS;
  const inList = etas.some((e) => Math.abs(e - eta) <= 1e-12 * eta);
  const radio = useId();
  const [live, setLive] = useState(false);
  useEffect(() => setLive(true), []);

  const runIt = (): void => {
    const run = runFor(eta, steps);
    const fb = feedback(prediction, run);
    setVerdict({ eta, ...fb });
    setPrediction(null);
    if (!inList && !full) url.set({ etas: [...etas, eta] });
  };

  const stripInteract: Interaction = {
    kind: 'x',
    label: 'Learning rate η on the zone strip (click, drag, or use the arrow keys)',
    valueText: `η = ${etaText(eta)}, ${sliderZone}`,
    x: eta,
    min: ETA_MIN,
    max: ETA_MAX,
    step: { x: 0.0001 },
    onMove: (q) => url.set({ eta: Math.min(ETA_MAX, Math.max(ETA_MIN, q.x)) }),
  };

  return (
    <Widget id={WIDGET_ID} title="Learning rates side by side" url={url} summary={summary(runs, eta, steps)} table={data}>
      <div class="lrc-maps">
        {runs.map((r, i) => (
          <figure class="kit-panel lrc-map" key={`${i}-${r.eta}`}>
            <figcaption class="lrc-map-head">
              <span class="lrc-swatch" style={{ background: runColor(i) }} aria-hidden="true" />
              <span>η = {etaText(r.eta)}</span>
              <span class={`lrc-badge lrc-${r.predicted}`} data-verdict={r.predicted}>
                {r.predicted}
              </span>
            </figcaption>
            <PlotFigure
              name={`map-${i}`}
              label={`Path of gradient descent with η = ${etaText(r.eta)} on the contours of the loss: it ${r.predicted}, ${outcome(r)}`}
              frame={MAP_FRAME}
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
          frame={lossFrame(runs, steps)}
          layers={[lossBackground(runs, steps), lossCurves(runs, steps)]}
          aspect={0.45}
          minHeight={200}
          maxHeight={340}
          ssrWidth={640}
        />
        <figcaption>
          Loss per iteration, log scale, one colour per run (as on the maps). Contours: ‖y − Xβ‖² for lecture 004’s ten points;
          the ring is the start (−8, −2), the star the least-squares fit ({sig(p.minimum[0], 4)}, {sig(p.minimum[1], 4)}).
        </figcaption>
      </figure>

      <ul class="lrc-runs" aria-label="Learning rates in the comparison">
        {runs.map((r, i) => (
          <li key={`${i}-${r.eta}`}>
            <span class="lrc-swatch" style={{ background: runColor(i) }} aria-hidden="true" />
            <EtaField
              live={live}
              eta={r.eta}
              index={i}
              onChange={(v) => url.set({ etas: etas.map((e, j) => (j === i ? v : e)) })}
            />
            <span class={`lrc-badge lrc-${r.predicted}`}>{r.predicted}</span>
            <span class="lrc-why">{why(r)}</span>
            <button
              type="button"
              class="kit-button"
              disabled={!live || etas.length <= 1}
              aria-label={`Remove η = ${etaText(r.eta)}`}
              title="Remove this run"
              onClick={() => url.set({ etas: etas.filter((_, j) => j !== i) })}
            >
              ✕
            </button>
          </li>
        ))}
      </ul>

      <div class="lrc-explore">
        <Slider label="η" value={eta} min={ETA_MIN} max={ETA_MAX} scale="log" digits={5} onChange={(v) => url.set({ eta: v })} />
        <PlotFigure
          name="zones"
          label={`Learning-rate strip: converges up to 1/λ_max = ${sig(t.monotoneLimit, 4)}, oscillates up to 2/λ_max = ${sig(t.criticalLearningRate, 4)}, diverges beyond; best fixed step ${sig(t.bestFixedStep, 4)}`}
          frame={STRIP_FRAME}
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
          η = {etaText(eta)} lies in the <strong class={`lrc-badge lrc-${sliderZone}`}>{sliderZone}</strong> zone. From the data:
          λ_min = {sig(t.lambdaMin, 4)}, λ_max = {sig(t.lambdaMax, 5)}; the best fixed step 2/(λ_min + λ_max) = {sig(t.bestFixedStep, 4)} is
          marked on the strip.
        </p>
        <fieldset class="lrc-predict">
          <legend>Predict, then run η = {etaText(eta)}</legend>
          <div class="lrc-choices" role="radiogroup" aria-label="Your prediction">
            {CHOICES.map((c) => (
              <label key={c}>
                <input
                  type="radio"
                  name={radio}
                  value={c}
                  checked={prediction === c}
                  disabled={!live}
                  onChange={() => setPrediction(c)}
                />
                {c}
              </label>
            ))}
          </div>
          <button type="button" class="kit-button lrc-run" data-action="run" disabled={!live} onClick={runIt}>
            {prediction === null ? `Run η = ${etaText(eta)}` : `Run η = ${etaText(eta)} (I predict: ${prediction})`}
          </button>
          {full && !inList && <p class="lrc-note">Six runs is the most; remove one to add this η to the maps.</p>}
          <p class={`lrc-verdict${verdict?.right === true ? ' is-right' : verdict?.right === false ? ' is-wrong' : ''}`} role="status">
            {verdict?.text ?? 'Choose what you expect, then run it: the new run joins the maps and the loss chart.'}
          </p>
        </fieldset>
        <Slider label="steps" value={steps} min={1} max={1000} step={1} digits={0} onChange={(v) => url.set({ steps: Math.round(v) })} />
      </div>
    </Widget>
  );
}
