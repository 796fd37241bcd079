/**
 * What the map worker answers (map.worker.ts): the map of a formula over a window and the
 * descent paths on it from the starts and settings the page had when it asked, so that a
 * keystroke costs the main thread only drawing. Pure and built from text (functions cannot be
 * posted); the same function runs on the main thread where the worker cannot (useWorkerTask's
 * fallback), in the build and in the tests. Maps and runs are cached by their inputs, so typing
 * back to a formula seen a moment ago, or a request for the same map with other paths, only
 * computes what is new.
 */
import { CoreError } from '~/core/errors';
import { parseExpression } from '~/core/expr';
import { lruCache } from '~/widgets/kit/lruCache';
import { isPixelFrame, type PixelFrame } from '~/widgets/kit/pathStrings';
import { descentRun, typedSurface, type Run, type RunSpec } from './descentRuns';
import { mapDrawing, type MapDrawing } from './mapDrawing';
import { mapGeometry, mapKey, type MapGeometry, type MapInput } from './mapGeometry';

/** A map and the paths to draw on it: plain data. */
export interface MapRequest extends MapInput {
  readonly specs: readonly RunSpec[];
  /** The figure's pixel frame as last drawn, if known: the answer then carries its drawing. */
  readonly frame?: PixelFrame | null;
}

/** A run as posted: its points packed in one array (x0, y0, x1, y1, …) instead of one array per point. */
export interface PackedRun extends Omit<Run, 'points'> {
  readonly xy: Float64Array;
}

export interface MapAnswer {
  readonly map: MapGeometry;
  /** `runsKey` of the runs: the map's key and every spec. */
  readonly runsKey: string;
  readonly runs: readonly PackedRun[];
  /** The map and runs drawn for the request's frame (null without one). */
  readonly drawing: MapDrawing | null;
}

const maps = lruCache<MapGeometry>({ size: 8 });
/** The worker's drawings of the maps it sent, by map key (the page's thread only). */
const drawings = lruCache<MapDrawing>({ size: 8 });
const runs = lruCache<Run>({ size: 16 });

/** Identity of one run: the map it descends and its settings. */
export function specKey(key: string, spec: RunSpec): string {
  return `${key}|${spec.optimizer}|${spec.learningRate}|${spec.momentum}|${spec.decay}|${spec.start[0]}|${spec.start[1]}|${spec.maxSteps}`;
}

/** Identity of the runs on a map (its `mapKey`). */
export function runsKeyOf(key: string, specs: readonly RunSpec[]): string {
  return specs.map((spec) => specKey(key, spec)).join(';');
}

/** The map of a formula over a window (cached). CoreError when the text does not parse. */
export function cachedMap(input: MapInput): MapGeometry {
  return maps(mapKey(input), () => mapGeometry(input));
}

/** One run on the map `key` (cached: an unchanged run is not rerun). */
export function cachedRun(key: string, spec: RunSpec, compute: () => Run): Run {
  return runs(specKey(key, spec), compute);
}

export function packRun(run: Run): PackedRun {
  const { points, ...rest } = run;
  const xy = new Float64Array(2 * points.length);
  points.forEach((p, k) => {
    xy[2 * k] = p[0]!;
    xy[2 * k + 1] = p[1]!;
  });
  return { ...rest, xy };
}

/**
 * The run of a packed one. Its points (a view per point) are made when first read: the page
 * draws an answer's runs from the worker's drawing and shows their labels, so most answers'
 * points are never read, and thousands of views per keystroke kept the garbage collector busy
 * in the frames that draw.
 */
export function unpackRun(packed: PackedRun): Run {
  const { xy, ...rest } = packed;
  let points: Float64Array[] | undefined;
  const unpacked = (): Float64Array[] => {
    const out: Float64Array[] = [];
    for (let k = 0; k < xy.length; k += 2) out.push(xy.subarray(k, k + 2));
    return out;
  };
  return {
    ...rest,
    get points() {
      return (points ??= unpacked());
    },
  };
}

/** The map of the request and its runs (in the worker; on the page's main thread where it cannot run). */
export function mapAnswer(request: MapRequest): MapAnswer {
  return answerWith(request, cachedMap, cachedRun);
}

/**
 * The answer to `request` computed afresh, in none of the caches: the worker's warm-up
 * (warmUp.ts), which must not push out maps the page may ask for again.
 */
export function uncachedAnswer(request: MapRequest): MapAnswer {
  return answerWith(request, mapGeometry, (_key, _spec, compute) => compute());
}

/** The answer, its map and runs taken from `mapOf` and `runOf` (cached or not). */
function answerWith(
  request: MapRequest,
  mapOf: (input: MapInput) => MapGeometry,
  runOf: (key: string, spec: RunSpec, compute: () => Run) => Run,
): MapAnswer {
  const map = mapOf(request);
  const parsed = parseExpression(request.formula);
  if (!parsed.ok) throw new CoreError('invalid', parsed.error.message);
  const surface = typedSurface(parsed.formula, request.window);
  const key = runsKeyOf(map.key, request.specs);
  const runs = request.specs.map((spec) => runOf(map.key, spec, () => descentRun(surface, spec, request.window)));
  return {
    map,
    runsKey: key,
    runs: runs.map(packRun),
    drawing: isPixelFrame(request.frame) ? mapDrawing(map, runs, key, request.frame) : null,
  };
}

const adopted = new WeakSet<MapAnswer>();

/**
 * Puts an answer's map, drawing and runs in this thread's caches (once per answer):
 * `cachedRun` then finds the runs, and `seenMap` the map and its drawing, so that typing back to
 * a formula seen a moment ago redraws its map in the keystroke's own frame instead of after a
 * round trip to the worker.
 */
export function adoptAnswer(answer: MapAnswer): void {
  if (adopted.has(answer)) return;
  adopted.add(answer);
  maps.set(answer.map.key, answer.map);
  if (answer.drawing !== null) drawings.set(answer.map.key, answer.drawing);
  for (const run of answer.runs) cachedRun(answer.map.key, run.spec, () => unpackRun(run));
}

/**
 * The map of `key` if this thread has it (adopted from the worker, or computed here), with the
 * worker's last drawing of it (null when there is none); undefined when it does not.
 */
export function seenMap(key: string): { readonly map: MapGeometry; readonly drawing: MapDrawing | null } | undefined {
  const map = maps.peek(key);
  return map === undefined ? undefined : { map, drawing: drawings.peek(key) ?? null };
}
