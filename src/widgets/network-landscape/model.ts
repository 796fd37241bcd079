/**
 * What the network-landscape widget derives from its state (pure): the training setup and the
 * worker task input of the network (and of the wide one when comparing), the step training runs
 * to, the toy data drawn under the decision region, and the menus' current entries (width
 * presets, step counts). The training itself happens in the worker (training-task.ts).
 */
import { toySet } from '~/core/data/toy-sets';
import type { ToyData } from '~/core/data/toy-data';
import { lruCache } from '~/widgets/kit/lruCache';
import type { State } from './state';
import type { TaskInput, TrainingSetup } from './training-task';

/** Landscape grid side: 41 × 41 on the page (the benchmark's 51 × 51 is the upper bound). */
export const LANDSCAPE_SIDE = 41;
export const DECISION_SIDE = 35;
/** Points in each toy set. */
export const N_POINTS = 200;

/** The presets of the hidden-layer menu; [4, 4] is the chapter's two hidden layers of 4. */
export const WIDTH_PRESETS: readonly (readonly number[])[] = [[2], [4], [4, 4], [8, 8], [16, 16], [32, 32]];
/** The step counts of the Steps menu. */
export const STEP_CHOICES = ['100', '300', '1000', '2000', '5000'] as const;

export interface MenuOption {
  readonly value: string;
  readonly label: string;
}

/** A menu's current entry and its options (the state's own value is added when no option has it). */
export interface Menu {
  readonly value: string;
  readonly options: readonly MenuOption[];
}

export interface Model {
  /** The network's task: train to `runTo`, then its landscape. */
  readonly input: TaskInput;
  /** The wide network's task, trained the same way (null unless comparing). */
  readonly wideInput: TaskInput | null;
  /** The step training runs to: `at` when paused before the end, else all steps. */
  readonly runTo: number;
  readonly data: ToyData;
  /** Identity of the data (data set, seed, noise). */
  readonly dataKey: string;
  readonly widths: Menu;
  readonly steps: Menu;
}

export function trainingSetup(s: State, hidden: readonly number[]): TrainingSetup {
  return {
    dataset: s.data,
    n: N_POINTS,
    noise: s.noise,
    dataSeed: s.seed,
    hidden: hidden.length > 0 ? hidden : [4],
    activation: s.act,
    optimizer: s.opt,
    learningRate: s.eta,
    steps: s.steps,
    initSeed: s.init,
  };
}

function taskInput(s: State, hidden: readonly number[]): TaskInput {
  return {
    setup: trainingSetup(s, hidden),
    runTo: Math.min(s.at, s.steps),
    mode: s.view,
    directionSeed: s.dir,
    resolution: LANDSCAPE_SIDE,
    decisionResolution: DECISION_SIDE,
  };
}

export const widthLabel = (h: readonly number[]): string =>
  h.length === 1 ? `one layer of ${h[0]}` : `two layers of ${h[0]} and ${h[1]}`;
/** A width preset as a menu value ('4x4'); parseWidths reads it back. */
export const widthValue = (h: readonly number[]): string => h.join('x');
export const parseWidths = (v: string): number[] => v.split('x').map(Number);

function widthMenu(hidden: readonly number[]): Menu {
  const value = widthValue(hidden);
  const preset = WIDTH_PRESETS.some((h) => widthValue(h) === value);
  return {
    value: preset ? value : 'custom',
    options: [
      ...WIDTH_PRESETS.map((h) => ({ value: widthValue(h), label: widthLabel(h) })),
      ...(preset ? [] : [{ value: 'custom', label: widthLabel(hidden) }]),
    ],
  };
}

function stepMenu(steps: number): Menu {
  const listed = (STEP_CHOICES as readonly string[]).includes(String(steps));
  return {
    value: listed ? String(steps) : 'other',
    options: [
      ...STEP_CHOICES.map((v) => ({ value: v, label: v })),
      ...(listed ? [] : [{ value: 'other', label: String(steps) }]),
    ],
  };
}

const dataKeyOf = (s: Pick<State, 'data' | 'seed' | 'noise'>): string => `${s.data}|${s.seed}|${s.noise}`;
const dataSets = lruCache<ToyData>({ size: 8 });

/**
 * The toy data set of a state, kept by data set, seed and noise. The page's first one is a
 * prepare step of its own (NetworkLandscape.tsx): drawn with numpy's normal generator, still
 * cold, it took most of a 57-63 ms task at 4× CPU inside the model's.
 */
export function toyData(s: Pick<State, 'data' | 'seed' | 'noise'>): ToyData {
  return dataSets(dataKeyOf(s), () => toySet(s.data).make({ n: N_POINTS, seed: s.seed, noise: s.noise }));
}

export function model(s: State): Model {
  const input = taskInput(s, s.hidden);
  const dataKey = dataKeyOf(s);
  return {
    input,
    wideInput: s.compare ? taskInput(s, s.wide) : null,
    runTo: input.runTo,
    data: toyData(s),
    dataKey,
    widths: widthMenu(s.hidden),
    steps: stepMenu(s.steps),
  };
}
