/** The widget kit: import everything a widget needs from '~/widgets/kit' (or from the files). */
export { Widget, type WidgetProps } from './Widget';
export {
  PlotFigure,
  axesLayer,
  keptLayers,
  layerContext,
  layerOptions,
  pixelDistance,
  pixelScale,
  MARGINS,
  type PlotBase,
  type Interaction,
  type Layer,
  type LayerContext,
  type LayerScales,
  type MovePhase,
  type PlotFigureProps,
  type PlotRect,
  type Size,
} from './PlotFigure';
export { DataTable } from './DataTable';
export { Button, type ButtonProps } from './controls/Button';
export { Slider, type SliderProps } from './controls/Slider';
export { NumberField, type NumberFieldProps } from './controls/NumberField';
export { Toggle, type ToggleProps } from './controls/Toggle';
export { Select, type SelectProps } from './controls/Select';
export { Player, type PlayerProps } from './controls/Player';
export { useUrlState, linkFor, type UrlState } from './useUrlState';
export { useModel } from './useModel';
export { useDeferred, type Deferred } from './useDeferred';
export { useWorkerTask, type WorkerTask, type WorkerTaskOptions } from './useWorkerTask';
export { useServerView } from './useServerView';
export { serveTask, type TaskControl } from './workerProtocol';
export {
  schema,
  num,
  int,
  bool,
  choice,
  list,
  text,
  type Field,
  type NumField,
  type Schema,
  type StateOf,
} from './urlState';
export { fmt, fmtSigned, sig, plain, pt, sci, readout, powerOfTen, grouped, finiteOr, clampFinite } from './format';
export { cursorLayer, type CursorStyle } from './cursorLayer';
export { polygonsRender } from './polygonsRender';
export { thinPath, type ThinOptions } from './thin';
export { pathPrefixes, type PathPrefixes } from './pathPrefix';
export { lruCache, type LruCache } from './lruCache';
export { memo, sameProps } from './memo';
export { toCsv, type TableData } from './csv';
export { color } from './colors';
export { usePrefersReducedMotion } from './usePrefersReducedMotion';
export { KitContext, useHydrated } from './context';
