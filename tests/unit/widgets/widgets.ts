// Every real widget: its island, id and state schema (shared by the snapshot and fuzz tests).
import ConvexVsNonconvex from '~/widgets/convex-vs-nonconvex/ConvexVsNonconvex';
import * as cvn from '~/widgets/convex-vs-nonconvex/state';
import DescentPath from '~/widgets/descent-path/DescentPath';
import * as dp from '~/widgets/descent-path/state';
import GradientField from '~/widgets/gradient-field/GradientField';
import * as gf from '~/widgets/gradient-field/state';
import type { Field, Schema } from '~/widgets/kit/urlState';
import LearningRateComparison from '~/widgets/learning-rate-comparison/LearningRateComparison';
import * as lrc from '~/widgets/learning-rate-comparison/state';
import LossAndGradient1D from '~/widgets/loss-and-gradient-1d/LossAndGradient1D';
import * as lg from '~/widgets/loss-and-gradient-1d/state';
import LossSurfaceExplorer from '~/widgets/loss-surface-explorer/LossSurfaceExplorer';
import * as lse from '~/widgets/loss-surface-explorer/state';
import RegressionDescent from '~/widgets/regression-descent/RegressionDescent';
import * as rd from '~/widgets/regression-descent/state';
import StepSizeSpectrum from '~/widgets/step-size-spectrum/StepSizeSpectrum';
import * as ssp from '~/widgets/step-size-spectrum/state';
import TangentExplorer from '~/widgets/tangent-explorer/TangentExplorer';
import * as te from '~/widgets/tangent-explorer/state';

export interface WidgetEntry {
  readonly id: string;
  readonly component: unknown;
  readonly schema: Schema<Record<string, Field<unknown>>>;
}

const entry = (m: { WIDGET_ID: string; stateSchema: unknown }, component: unknown): WidgetEntry => ({
  id: m.WIDGET_ID,
  component,
  schema: m.stateSchema as WidgetEntry['schema'],
});

export const WIDGETS: readonly WidgetEntry[] = [
  entry(lg, LossAndGradient1D),
  entry(cvn, ConvexVsNonconvex),
  entry(te, TangentExplorer),
  entry(gf, GradientField),
  entry(lse, LossSurfaceExplorer),
  entry(dp, DescentPath),
  entry(rd, RegressionDescent),
  entry(lrc, LearningRateComparison),
  entry(ssp, StepSizeSpectrum),
];
