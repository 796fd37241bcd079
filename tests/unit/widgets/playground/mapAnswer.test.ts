// The map worker's answer (mapAnswer): the map and the descent paths for a formula, settings and
// starts, as posted (structured clone), equal to what the main thread computes itself.
import { describe, expect, it } from 'vitest';
import { parseExpression } from '~/core/expr';
import { serveTask, type TaskReply, type WorkerScope } from '~/widgets/kit/workerProtocol';
import { descentRun, typedSurface, type Run, type RunSpec } from '~/widgets/playground/descentRuns';
import {
  adoptAnswer,
  mapAnswer,
  packRun,
  runsKeyOf,
  seenMap,
  unpackRun,
  type MapAnswer,
  type MapRequest,
} from '~/widgets/playground/mapAnswer';
import { mapGeometry } from '~/widgets/playground/mapGeometry';
import { model, runsKey, runsOf, withRuns } from '~/widgets/playground/model';
import { stateSchema } from '~/widgets/playground/state';
import { spec as specWith, window } from './runSpec';

const spec = (patch: Partial<RunSpec> = {}): RunSpec => specWith(patch, 2000);

/** The run computed here from scratch (no cache): what the main thread would draw. */
function runHere(formula: string, s: RunSpec): Run {
  const parsed = parseExpression(formula);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return descentRun(typedSurface(parsed.formula, window), s, window);
}

const plain = (run: Run) => ({ ...run, points: run.points.map((p) => Array.from(p)) });

describe('mapAnswer (what the map worker sends)', () => {
  it('carries the map and the same paths as the main thread computes, through a structured clone', () => {
    const specs = [spec(), spec({ optimizer: 'adam', learningRate: 0.05, start: [-1.2, 2.5] })];
    const request: MapRequest = { formula: '(1 - x)^2 + 100.5*(y - x^2)^2', window, specs };
    const answer = structuredClone(mapAnswer(request));
    expect(answer.map).toEqual(mapGeometry(request));
    expect(answer.runsKey).toBe(runsKeyOf(answer.map.key, specs));
    expect(answer.runs).toHaveLength(2);
    answer.runs.forEach((packed, k) => {
      const here = runHere(request.formula, specs[k]!);
      expect(plain(unpackRun(packed))).toEqual(plain(here));
      expect(packed.label).toBe(here.label);
    });
  });

  it('keeps what ends a path early: "stopped" where f is not defined, diverged, leaving the map', () => {
    const specs = [spec({ start: [0.5, 1], learningRate: 0.6 }), spec({ start: [1, 1], learningRate: 2 })];
    const request: MapRequest = { formula: 'log(x) + y^2', window, specs };
    const answer = structuredClone(mapAnswer(request));
    answer.runs.forEach((packed, k) => {
      const here = runHere(request.formula, specs[k]!);
      expect(plain(unpackRun(packed))).toEqual(plain(here));
      expect([packed.status, packed.clipped]).toEqual([here.status, here.clipped]);
    });
    expect(answer.runs.some((r) => r.status === 'not-defined' && /stopped|not defined/.test(r.label))).toBe(true);
  });

  it('packs a run losslessly', () => {
    const run = runHere('x^2 + 3*y^2', spec({ start: [1.5, 2.5], learningRate: 0.1 }));
    expect(plain(unpackRun(structuredClone(packRun(run))))).toEqual(plain(run));
    // Its points are views on the packed array, made once, when first read.
    const packed = structuredClone(packRun(run));
    const unpacked = unpackRun(packed);
    expect(unpacked.points).toBe(unpacked.points);
    expect(unpacked.points[3]!.buffer).toBe(packed.xy.buffer);
    expect(Array.from(unpacked.points[3]!)).toEqual(Array.from(run.points[3]!));
  });

  it('refuses text that does not parse (the worker trusts nothing it is sent)', () => {
    expect(() => mapAnswer({ formula: 'x +', window, specs: [spec()] })).toThrow(/./);
  });

  it('is served by map.worker.ts as a task: one request, one result with the map and its paths', async () => {
    const posted: TaskReply<MapAnswer, never>[] = [];
    let listener: ((e: { data: unknown }) => void) | null = null;
    const scope: WorkerScope = {
      postMessage: (m) => posted.push(structuredClone(m) as TaskReply<MapAnswer, never>),
      addEventListener: (_t, l) => (listener = l),
    };
    serveTask(mapAnswer, scope, (run) => run());
    const input: MapRequest = { formula: 'x^2 + 2*y^2 + x*y', window, specs: [spec({ learningRate: 0.05 })] };
    listener!({ data: { type: 'run', id: 1, key: 'k', input } });
    await new Promise((r) => setTimeout(r, 0));
    expect(posted).toHaveLength(1);
    const reply = posted[0]!;
    if (reply.type !== 'result') throw new Error(`expected a result, got ${reply.type}`);
    expect(plain(unpackRun(reply.result.runs[0]!))).toEqual(plain(runHere(input.formula, input.specs[0]!)));
  });

  it("carries the map drawn for the page's pixel frame only when the request has a usable one", () => {
    const request: MapRequest = { formula: 'x^2 + 2*y^2', window, specs: [spec()] };
    expect(mapAnswer(request).drawing).toBeNull();
    expect(mapAnswer({ ...request, frame: { x: 1, y: 2 } as never }).drawing).toBeNull();
    const frame = { x: { domain: window.x, range: [48, 624] }, y: { domain: window.y, range: [440, 16] } } as const;
    const answer = structuredClone(mapAnswer({ ...request, frame }));
    expect(answer.drawing?.frame).toEqual(frame);
    expect(answer.drawing?.mapKey).toBe(answer.map.key);
    expect(answer.drawing?.runsKey).toBe(answer.runsKey);
    expect(answer.drawing?.contours.length).toBeGreaterThan(0);
    expect(answer.drawing?.paths).toHaveLength(1);
  });

  it('once adopted, its runs are the ones the model draws (no second computation on the main thread)', () => {
    const s = { ...stateSchema.parse('').state, f: 'x^2 + y^2 + 0.25*x', sx: 1.25, sy: 2.5 };
    const m = model(s);
    // As a worker computes it: in another thread, so nothing of it is in this thread's cache.
    const answer: MapAnswer = structuredClone({
      map: mapGeometry(m.mapInput),
      runsKey: runsKeyOf(m.mapKey, m.specs),
      runs: m.specs.map((sp) => packRun(runHere(m.drawn, sp))),
      drawing: null,
    });
    adoptAnswer(answer);
    const runs = runsOf(m);
    runs.forEach((run, k) => expect(run.points[0]!.buffer).toBe(answer.runs[k]!.xy.buffer));
    expect(answer.runsKey).toBe(runsKey(m));
    expect(withRuns(m).runs.map((r) => r.label)).toEqual(answer.runs.map((r) => r.label));
  });

  it('once adopted, its map is seen by its key with the latest drawing of it (typing back to a formula)', () => {
    const frame = { x: { domain: window.x, range: [48, 624] }, y: { domain: window.y, range: [440, 16] } } as const;
    const request: MapRequest = { formula: 'x^2 + 3*y^2 + 0.125*x*y', window, specs: [spec()], frame };
    const first: MapAnswer = structuredClone(mapAnswer(request));
    // Computed in this thread (as the test's mapAnswer did), it is seen, but not yet drawn.
    expect(seenMap(first.map.key)?.drawing).toBeNull();
    expect(seenMap('not a map key')).toBeUndefined();
    adoptAnswer(first);
    expect(seenMap(first.map.key)?.map).toBe(first.map);
    expect(seenMap(first.map.key)?.drawing).toBe(first.drawing);
    // The same map again, with paths from another start: its drawing is the one kept.
    const again: MapAnswer = structuredClone(mapAnswer({ ...request, specs: [spec({ start: [0.5, 0.5] })] }));
    adoptAnswer(again);
    expect(seenMap(first.map.key)?.drawing).toBe(again.drawing);
    // Without a drawing (no pixel frame yet), the map is seen and its drawing is null.
    const bare: MapAnswer = structuredClone(mapAnswer({ ...request, formula: 'x^2 + 3*y^2 + 0.25*x*y', frame: null }));
    adoptAnswer(bare);
    expect(seenMap(bare.map.key)).toEqual({ map: bare.map, drawing: null });
  });
});
