// Every real widget: its island, id, state schema and pure modules (shared by the snapshot,
// URL-fuzz and pure-module tests). A new widget adds one entry here.
import ConvexVsNonconvex from '~/widgets/convex-vs-nonconvex/ConvexVsNonconvex';
import * as cvnModel from '~/widgets/convex-vs-nonconvex/model';
import * as cvn from '~/widgets/convex-vs-nonconvex/state';
import { summary as cvnSummary } from '~/widgets/convex-vs-nonconvex/summary';
import { table as cvnTable } from '~/widgets/convex-vs-nonconvex/table';
import DescentPath from '~/widgets/descent-path/DescentPath';
import * as dpModel from '~/widgets/descent-path/model';
import * as dp from '~/widgets/descent-path/state';
import { summary as dpSummary } from '~/widgets/descent-path/summary';
import { table as dpTable } from '~/widgets/descent-path/table';
import GradientField from '~/widgets/gradient-field/GradientField';
import * as gfModel from '~/widgets/gradient-field/model';
import * as gf from '~/widgets/gradient-field/state';
import { summary as gfSummary } from '~/widgets/gradient-field/summary';
import { table as gfTable } from '~/widgets/gradient-field/table';
import { CoreError } from '~/core/errors';
import type { TableData } from '~/widgets/kit/csv';
import type { Field, Schema } from '~/widgets/kit/urlState';
import Playground from '~/widgets/playground/Playground';
import { model as pgModel, withRuns } from '~/widgets/playground/model';
import * as pg from '~/widgets/playground/state';
import { summary as pgSummary } from '~/widgets/playground/summary';
import { table as pgTable } from '~/widgets/playground/table';
import LearningRateComparison from '~/widgets/learning-rate-comparison/LearningRateComparison';
import * as lrcModel from '~/widgets/learning-rate-comparison/model';
import * as lrc from '~/widgets/learning-rate-comparison/state';
import { summary as lrcSummary } from '~/widgets/learning-rate-comparison/summary';
import { table as lrcTable } from '~/widgets/learning-rate-comparison/table';
import LossAndGradient1D from '~/widgets/loss-and-gradient-1d/LossAndGradient1D';
import * as lgModel from '~/widgets/loss-and-gradient-1d/model';
import * as lg from '~/widgets/loss-and-gradient-1d/state';
import { summary as lgSummary } from '~/widgets/loss-and-gradient-1d/summary';
import { table as lgTable } from '~/widgets/loss-and-gradient-1d/table';
import LossSurfaceExplorer from '~/widgets/loss-surface-explorer/LossSurfaceExplorer';
import * as lseModel from '~/widgets/loss-surface-explorer/model';
import * as lse from '~/widgets/loss-surface-explorer/state';
import { summary as lseSummary } from '~/widgets/loss-surface-explorer/summary';
import { table as lseTable } from '~/widgets/loss-surface-explorer/table';
import RegressionDescent from '~/widgets/regression-descent/RegressionDescent';
import * as rdModel from '~/widgets/regression-descent/model';
import * as rd from '~/widgets/regression-descent/state';
import { summary as rdSummary } from '~/widgets/regression-descent/summary';
import { table as rdTable } from '~/widgets/regression-descent/table';
import MultiStart from '~/widgets/multi-start/MultiStart';
import { computeBasinsNow } from '~/widgets/multi-start/basinTask';
import * as msModel from '~/widgets/multi-start/model';
import * as ms from '~/widgets/multi-start/state';
import { summary as msSummary } from '~/widgets/multi-start/summary';
import { table as msTable } from '~/widgets/multi-start/table';
import OptimizerRace from '~/widgets/optimizer-race/OptimizerRace';
import * as oraceModel from '~/widgets/optimizer-race/model';
import * as orace from '~/widgets/optimizer-race/state';
import { summary as oraceSummary } from '~/widgets/optimizer-race/summary';
import { table as oraceTable } from '~/widgets/optimizer-race/table';
import ScalingComparison from '~/widgets/scaling-comparison/ScalingComparison';
import * as scModel from '~/widgets/scaling-comparison/model';
import * as sc from '~/widgets/scaling-comparison/state';
import { summary as scSummary } from '~/widgets/scaling-comparison/summary';
import { table as scTable } from '~/widgets/scaling-comparison/table';
import NetworkLandscape from '~/widgets/network-landscape/NetworkLandscape';
import { model as nlModel } from '~/widgets/network-landscape/model';
import * as nl from '~/widgets/network-landscape/state';
import { summary as nlSummary } from '~/widgets/network-landscape/summary';
import { table as nlTable } from '~/widgets/network-landscape/table';
import { runTask as nlRunTask, type TaskInput as NlTaskInput } from '~/widgets/network-landscape/training-task';
import Neuron from '~/widgets/neuron/Neuron';
import { model as neModel } from '~/widgets/neuron/model';
import * as ne from '~/widgets/neuron/state';
import { summary as neSummary } from '~/widgets/neuron/summary';
import { table as neTable } from '~/widgets/neuron/table';
import StepSizeSpectrum from '~/widgets/step-size-spectrum/StepSizeSpectrum';
import { model as sspModel } from '~/widgets/step-size-spectrum/model';
import * as ssp from '~/widgets/step-size-spectrum/state';
import { summary as sspSummary } from '~/widgets/step-size-spectrum/summary';
import { table as sspTable } from '~/widgets/step-size-spectrum/table';
import TangentExplorer from '~/widgets/tangent-explorer/TangentExplorer';
import * as teModel from '~/widgets/tangent-explorer/model';
import * as te from '~/widgets/tangent-explorer/state';
import { summary as teSummary } from '~/widgets/tangent-explorer/summary';
import { table as teTable } from '~/widgets/tangent-explorer/table';

type AnyState = Record<string, unknown>;

export interface WidgetEntry {
  readonly id: string;
  readonly component: unknown;
  readonly schema: Schema<Record<string, Field<unknown>>>;
  /**
   * model → summary and table, for any valid state. Absent for a widget whose summary
   * needs a worker's result that cannot be computed here.
   */
  summary?(state: AnyState): string;
  table?(state: AnyState): TableData;
}

function entry<S, M>(
  m: { WIDGET_ID: string; stateSchema: unknown },
  component: unknown,
  model: (s: S) => M,
  summary: (m: M, s: S) => string,
  table: (m: M) => TableData,
): WidgetEntry {
  const schema = m.stateSchema as WidgetEntry['schema'];
  // As the kit's useModel does: a state the core refuses (a CoreError) falls back to the defaults.
  const guarded = (s: AnyState): [M, S] => {
    try {
      return [model(s as S), s as S];
    } catch (error) {
      if (!(error instanceof CoreError)) throw error;
      return [model(schema.defaults as S), schema.defaults as S];
    }
  };
  // summary and table of the same state share one model (multi-start's computes a basin map).
  let last: { s: AnyState; v: [M, S] } | undefined;
  const once = (s: AnyState): [M, S] => (last?.s === s ? last.v : (last = { s, v: guarded(s) }).v);
  return {
    id: m.WIDGET_ID,
    component,
    schema,
    summary: (s) => summary(...once(s)),
    table: (s) => table(once(s)[0]),
  };
}

export const WIDGETS: readonly WidgetEntry[] = [
  entry(lg, LossAndGradient1D, lgModel.model, lgSummary, lgTable),
  entry(cvn, ConvexVsNonconvex, cvnModel.model, cvnSummary, cvnTable),
  entry(te, TangentExplorer, teModel.model, teSummary, teTable),
  entry(gf, GradientField, gfModel.model, gfSummary, gfTable),
  entry(lse, LossSurfaceExplorer, lseModel.model, lseSummary, lseTable),
  entry(dp, DescentPath, dpModel.model, dpSummary, dpTable),
  entry(rd, RegressionDescent, rdModel.model, rdSummary, rdTable),
  entry(lrc, LearningRateComparison, lrcModel.model, lrcSummary, lrcTable),
  // The page counts the steps a frame after a start drag; here at once, as the build does.
  entry(
    sc,
    ScalingComparison,
    (s: sc.State) => {
      const m = scModel.model(s);
      return { m, counts: scModel.countsOf(m) };
    },
    ({ m, counts }) => scSummary(m, counts),
    ({ m, counts }) => scTable(m, counts),
  ),
  // The page computes the basin map in a worker; here it is computed at once, as the build does.
  entry(
    ms,
    MultiStart,
    (s: ms.State) => {
      const m = msModel.model(s);
      return { m, r: computeBasinsNow(m.input) };
    },
    ({ m, r }) => msSummary(m, r, true),
    ({ m, r }) => msTable(m, r),
  ),
  entry(orace, OptimizerRace, oraceModel.model, (m) => oraceSummary(m), oraceTable),
  entry(
    ne,
    Neuron,
    (s: ne.State) => ({ m: neModel(s), s }),
    ({ m, s }) => neSummary(m, s),
    ({ m, s }) => neTable(m, s),
  ),
  // The page trains in a worker; here the model's tasks run at once, as the build does, but only
  // their first 20 steps on coarse grids: this checks the text for any state a URL can give (the
  // training itself has its own tests in tests/unit/widgets/network-landscape).
  entry(
    nl,
    NetworkLandscape,
    (s: nl.State) => {
      const m = nlModel(s);
      const run = (input: NlTaskInput) =>
        nlRunTask({ ...input, runTo: Math.min(input.runTo, 20), resolution: 9, decisionResolution: 9 });
      return { s, main: run(m.input), wide: m.wideInput === null ? null : run(m.wideInput) };
    },
    ({ s, main, wide }) =>
      nlSummary({
        training: main.training,
        hidden: s.hidden,
        paused: main.training.step < main.training.steps,
        landscape: main.landscape && { view: main.landscape, drawing: main.landscape.drawing },
        ...(wide && {
          wide: {
            training: wide.training,
            hidden: s.wide,
            landscape: wide.landscape && { view: wide.landscape, drawing: wide.landscape.drawing },
          },
        }),
      }),
    ({ s, main }) => nlTable(main.training, s.hidden),
  ),
  entry(
    pg,
    Playground,
    (s: pg.State) => withRuns(pgModel(s)),
    (m) => pgSummary(m),
    pgTable,
  ),
  entry(ssp, StepSizeSpectrum, sspModel, (m) => sspSummary(m), sspTable),
];
