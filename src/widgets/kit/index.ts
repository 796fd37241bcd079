/** The widget kit: import everything a widget needs from '~/widgets/kit'. */
export { Widget, type WidgetProps } from './Widget';
export { PlotFigure, axesLayer, layerOptions, type Frame, type Interaction, type Layer, type MovePhase, type PlotFigureProps, type Size } from './PlotFigure';
export { DataTable } from './DataTable';
export { Slider, type SliderProps } from './controls/Slider';
export { NumberField, type NumberFieldProps } from './controls/NumberField';
export { Toggle, type ToggleProps } from './controls/Toggle';
export { Select, type SelectProps } from './controls/Select';
export { Player, type PlayerProps } from './controls/Player';
export { useUrlState, linkFor, type UrlState } from './useUrlState';
export { schema, num, int, bool, choice, list, type Field, type Schema, type StateOf } from './urlState';
export { fmt, fmtSigned, finiteOr, clampFinite } from './format';
export { memoize, type Memo } from './memoize';
export { toCsv, type TableData } from './csv';
export { color } from './colors';
export { usePrefersReducedMotion } from './usePrefersReducedMotion';
export { KitContext } from './context';
