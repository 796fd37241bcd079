import { basinChunk, type BasinSurface } from '~/core/basins';
import { formulaSurface, parseExpression } from '~/core/expr';
import { descentPath } from '~/core/optim';
import type { Window2D } from '~/core/geometry/window';
import type { Surface2D } from '~/core/loss/objective';
import { SURFACE_METAS } from '~/core/surfaces/metas';
import { configuredOptimizer, type RunSpec } from './descentRuns';

/** What the basin map is computed from: plain data, so it can be posted to a worker. */
export interface BasinInput {
  readonly formula: string;
  readonly window: Window2D;
  /** The optimiser and its hyper-parameters (the start and step count are not used). */
  readonly run: Omit<RunSpec, 'start'>;
  /** Starts per side. */
  readonly n: number;
}

export interface BasinMap {
  readonly n: number;
  /** labels[j·n + i]: index into `minima` the run from start (x_i, y_j) reaches, or a core BASIN_* code (< 0). */
  readonly labels: Int16Array;
  /** The minima the map colours: the catalogue's for a preset, else those descent found. */
  readonly minima: ReadonlyArray<{ readonly x: number; readonly y: number; readonly f: number }>;
  /** Where the minima come from. */
  readonly source: 'catalogue' | 'found';
}

/** Finding minima: descent from a LATTICE × LATTICE grid of starts, ends merged within 1 % of the window. */
const LATTICE = 9;

/** True when f at (x, y) is no higher than at 8 points around it at distance r: a minimum, not a saddle. */
function lowestNearby(surface: Surface2D, x: number, y: number, r: number): boolean {
  const f0 = surface.f(x, y);
  for (let k = 0; k < 8; k++) {
    const a = (k * Math.PI) / 4;
    if (surface.f(x + r * Math.cos(a), y + r * Math.sin(a)) < f0) return false;
  }
  return true;
}

/**
 * Where descent comes to rest from a lattice of starts: the minima of a typed formula, which
 * nobody has listed. Runs that do not converge, or end outside the window, are ignored.
 */
export function foundMinima(surface: Surface2D, input: BasinInput): BasinMap['minima'] {
  const { window } = input;
  const side = Math.max(window.x[1] - window.x[0], window.y[1] - window.y[0]);
  const found: Array<{ x: number; y: number; f: number }> = [];
  for (let j = 0; j < LATTICE; j++) {
    for (let i = 0; i < LATTICE; i++) {
      const x = window.x[0] + ((i + 0.5) * (window.x[1] - window.x[0])) / LATTICE;
      const y = window.y[0] + ((j + 0.5) * (window.y[1] - window.y[0])) / LATTICE;
      let path;
      try {
        path = descentPath(surface, configuredOptimizer({ ...input.run, start: [x, y] }), [x, y], {
          maxSteps: input.run.maxSteps,
          gradTolerance: 1e-6,
        });
      } catch {
        continue; // f not defined at this start
      }
      if (!path.status.startsWith('converged')) continue;
      const p = path.points[path.points.length - 1]!;
      const [px, py] = [p[0]!, p[1]!];
      if (px < window.x[0] || px > window.x[1] || py < window.y[0] || py > window.y[1]) continue;
      if (found.some((m) => Math.hypot(m.x - px, m.y - py) <= 0.01 * side)) continue;
      if (!lowestNearby(surface, px, py, 1e-3 * side)) continue; // a saddle a run ended on exactly
      found.push({ x: px, y: py, f: surface.f(px, py) });
    }
  }
  return found.sort((a, b) => a.f - b.f);
}

/**
 * The basin map of a typed formula: from every start of an n × n grid over the window, which
 * minimum the chosen optimiser reaches. For a preset's formula the catalogue's minima (and
 * saddles) label the map; for any other formula the minima are found first by descent.
 * Throws a CoreError for settings the core refuses (the worker hook reports it).
 */
export function basinMap(input: BasinInput): BasinMap {
  const parsed = parseExpression(input.formula);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const meta = { id: 'playground', name: 'your function', tex: '', domain: input.window, minima: [] };
  const surface = formulaSurface(parsed.formula, meta);
  const bare = (t: string): string => t.replace(/\s+/g, '');
  const preset = SURFACE_METAS.find((s) => bare(s.formula) === bare(input.formula));
  const out = [0, 0, 0];
  const at = ([x, y]: readonly [number, number]): { x: number; y: number; f: number } => {
    parsed.formula.evaluate(x, y, out);
    return { x, y, f: out[0]! };
  };
  const critical = preset
    ? { minima: preset.minima.map(at), saddles: (preset.saddles ?? []).map(at), maxima: (preset.maxima ?? []).map(at) }
    : { minima: foundMinima(surface, input) };
  const basinSurface: BasinSurface = { ...surface, window: input.window, criticalPoints: critical };
  const chunk = basinChunk(basinSurface, configuredOptimizer({ ...input.run, start: [0, 0] }), {
    grid: { x: input.window.x, y: input.window.y, nx: input.n, ny: input.n },
    maxIterations: input.run.maxSteps,
  });
  return { n: input.n, labels: chunk.labels, minima: critical.minima, source: preset ? 'catalogue' : 'found' };
}
