/**
 * Widget loss-surface-explorer (chapter 3): the training MSE of notebook recipe 000's linear
 * regression over (b, w) as filled contours; drag the point (mouse, touch, or focus the
 * figure and use the arrow keys) to choose a line. Linked panels: the data with that line and
 * its residuals, and the two cross-sections through the point.
 *
 * MDX: <LossSurfaceExplorer client:visible />
 */
import type { JSX } from 'preact';
import { Button } from '~/widgets/kit/controls/Button';
import { Slider } from '~/widgets/kit/controls/Slider';
import { Toggle } from '~/widgets/kit/controls/Toggle';
import { fmt } from '~/widgets/kit/format';
import { PlotFigure, type Interaction } from '~/widgets/kit/PlotFigure';
import { prepareModel } from '~/widgets/kit/prepareModel';
import { warmContourBands } from '~/widgets/kit/warmContourBands';
import { useModel } from '~/widgets/kit/useModel';
import { useUrlState } from '~/widgets/kit/useUrlState';
import { Widget } from '~/widgets/kit/Widget';
import { dataBackground, dataBase, dataOverlay } from './dataPanel';
import { model, surfaceContoursInSteps, type Model } from './model';
import { sectionBackground, sectionBase, sectionOverlay, type Along } from './sectionPanel';
import { B_DOMAIN, GRID_STEP, stateSchema, W_DOMAIN, WIDGET_ID } from './state';
import { summary } from './summary';
import { surfaceBackground, surfaceBase, surfaceOverlay } from './surfacePanel';
import { table } from './table';
import './loss-surface-explorer.css';

// The modules, the default state's model and the hydration render: a task each (prepareModel).
await prepareModel(model, stateSchema.defaults, [warmContourBands, surfaceContoursInSteps]);

/** A cross-section through the point: the MSE along one parameter, the other held fixed. */
function SectionFigure(props: { along: Along; m: Model; interact: Interaction }): JSX.Element {
  const { along, m } = props;
  const other = along === 'w' ? 'b' : 'w';
  return (
    <figure class="kit-panel">
      <PlotFigure
        name={`along-${along}`}
        label={`Cross-section: MSE as ${along} varies with ${other} held fixed`}
        base={sectionBase(m.fixed, along)}
        layers={[sectionBackground(along), sectionOverlay(m.at, along)]}
        interact={props.interact}
        aspect={0.75}
        minHeight={150}
        maxHeight={240}
        ssrWidth={260}
      />
      <figcaption>
        <span class={`lse-key lse-key-${along}`} aria-hidden="true" /> {other} fixed at {fmt(m.at[other], 2)}, {along}{' '}
        varies
      </figcaption>
    </figure>
  );
}

export default function LossSurfaceExplorer(): JSX.Element {
  const url = useUrlState(WIDGET_ID, stateSchema);
  const m = useModel(url, model);
  const { fixed: s, at: p, residuals: res } = m;
  const { b, w } = p;
  const fields = stateSchema.fields;
  const valueText = `b = ${fmt(b, 3)}, w = ${fmt(w, 3)}, training MSE ${fmt(p.mse, p.mse < 0.1 ? 4 : 2)}`;

  const surfaceInteract: Interaction = {
    kind: 'xy',
    label: 'Line parameters (b, w): drag, or use the arrow keys (left/right change b, up/down change w)',
    valueText,
    x: b,
    y: w,
    step: { x: GRID_STEP, y: GRID_STEP },
    onMove: (q) => url.set({ b: q.x, w: q.y }),
  };
  const alongInteract = (along: 'w' | 'b'): Interaction => ({
    kind: 'x',
    label: along === 'w' ? 'Slope w with b held fixed' : 'Intercept b with w held fixed',
    valueText,
    x: along === 'w' ? w : b,
    min: along === 'w' ? W_DOMAIN[0] : B_DOMAIN[0],
    max: along === 'w' ? W_DOMAIN[1] : B_DOMAIN[1],
    step: { x: GRID_STEP },
    onMove: (q) => url.set(along === 'w' ? { w: q.x } : { b: q.x }),
  });
  const jump = (to: { b: number; w: number }) => () => url.set({ b: to.b, w: to.w });

  return (
    <Widget
      id={WIDGET_ID}
      title="The loss surface of a straight line"
      url={url}
      summary={summary(m)}
      table={() => table(m)}
    >
      <div class="lse-wrap">
        <div class="lse-layout">
          <figure class="kit-panel lse-surface">
            <PlotFigure
              name="surface"
              label="Training MSE over the intercept b and the slope w, as filled contours"
              base={surfaceBase()}
              layers={[surfaceBackground(s), surfaceOverlay(p, true)]}
              interact={surfaceInteract}
              aspect={0.92}
              maxHeight={560}
              minHeight={260}
              ssrWidth={520}
            />
            <figcaption>
              Darker is lower. The dashed lines are the two cross-sections; the white arrow points downhill (−∇MSE).
            </figcaption>
          </figure>
          <div class="lse-side">
            <figure class="kit-panel">
              <PlotFigure
                name="data"
                label="Training data with the current line and its residuals"
                base={dataBase(s)}
                layers={[dataBackground(s), dataOverlay(s, p, res)]}
                aspect={0.6}
                minHeight={190}
                maxHeight={280}
                ssrWidth={400}
              />
              <figcaption>
                The 80 training points, the current line ŷ = b + w·x with its residuals r = y − ŷ, and (dotted) the true
                line y = 1 + 2x.
              </figcaption>
            </figure>
            <div class="lse-sections">
              <SectionFigure along="w" m={m} interact={alongInteract('w')} />
              <SectionFigure along="b" m={m} interact={alongInteract('b')} />
            </div>
          </div>
        </div>
      </div>
      <div class="kit-controls">
        <Slider label="b" field={fields.b} value={b} onChange={(v) => url.set({ b: v })} />
        <Slider label="w" field={fields.w} value={w} onChange={(v) => url.set({ w: v })} />
        <Toggle label="Show residuals" checked={res} onChange={(v) => url.set({ res: v })} />
      </div>
      <div class="lse-jumps" role="group" aria-label="Jump to a landmark">
        <span>Jump to:</span>
        <Button onClick={jump(s.start)}>random start</Button>
        <Button onClick={jump(s.truth)}>true (1, 2)</Button>
        <Button onClick={jump(s.best)}>least squares</Button>
      </div>
    </Widget>
  );
}
