// `npm run bench:core`: the loss surface of linear regression from sufficient statistics
// (the core) against lecture 000's numpy broadcasting recipe and numpy on the same
// statistics. Run with Node 22's --experimental-strip-types; the resolve hook lets the
// core's extension-less imports load. Figures go to docs/benchmarks.md ("Core").
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { register } from 'node:module';
import { cpus } from 'node:os';

register('./core-resolve.mjs', import.meta.url);

const { noisyLineSplit } = await import('../../src/core/data/noisy-line-split');
const { RandomState } = await import('../../src/core/random/randomState');
const { sufficientStats } = await import('../../src/core/grid/sufficient-stats');
const { mseGridFromStats } = await import('../../src/core/grid/mse-grid');

interface Case {
  name: string;
  x: Float64Array;
  y: Float64Array;
  b: [number, number];
  w: [number, number];
  n: number;
  reps: number;
  repsRecipe: number;
}

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** The core's whole job for one surface: statistics from the data, then the grid. */
function core(c: Case) {
  const stats = sufficientStats(c.x, c.y);
  return mseGridFromStats(stats, { x: c.b, y: c.w, nx: c.n, ny: c.n });
}

function timeCore(c: Case): { ms: number; values: Float64Array } {
  for (let k = 0; k < 3; k++) core(c); // warm-up (JIT)
  const times: number[] = [];
  let values: Float64Array = new Float64Array(0);
  for (let k = 0; k < c.reps; k++) {
    const t0 = performance.now();
    values = core(c).values;
    times.push(performance.now() - t0);
  }
  return { ms: median(times), values };
}

/** y = 1 + 2x + 0.1·ε, x ~ U(0, 1), with numpy's generator (seed 7), like lecture 000 at size N. */
function syntheticData(N: number): { x: Float64Array; y: Float64Array } {
  const rs = new RandomState(7);
  const x = rs.rand(N);
  const e = rs.randn(N);
  const y = x.map((v: number, k: number) => 1 + 2 * v + 0.1 * e[k]!);
  return { x, y };
}

const fmt = (ms: number): string => (ms < 1 ? ms.toFixed(3) : ms < 100 ? ms.toFixed(2) : ms.toFixed(0));

const d = noisyLineSplit();
const cases: Case[] = [
  {
    name: 'lecture 000: N = 80, 101 × 101',
    x: d.xTrain,
    y: d.yTrain,
    b: [d.trueB - 3, d.trueB + 3],
    w: [d.trueW - 3, d.trueW + 3],
    n: 101,
    reps: 200,
    repsRecipe: 20,
  },
  { name: 'N = 2000, 201 × 201', ...syntheticData(2000), b: [-2, 4], w: [-1, 5], n: 201, reps: 50, repsRecipe: 3 },
];

const py = spawnSync('python3', [new URL('./core-numpy.py', import.meta.url).pathname], {
  input: JSON.stringify(
    cases.map((c) => ({
      x: Array.from(c.x),
      y: Array.from(c.y),
      b: c.b,
      w: c.w,
      nx: c.n,
      ny: c.n,
      repsRecipe: c.repsRecipe,
      repsStats: c.reps,
    })),
  ),
  encoding: 'utf8',
  maxBuffer: 1 << 30,
});
type NumpyResults = {
  numpy: string;
  results: { recipeMs: number; statsMs: number; recipe: number[]; stats: number[] }[];
};
let numpy: NumpyResults | null = null;
if (py.status === 0) numpy = JSON.parse(py.stdout) as NumpyResults;
else console.error(`python3 + numpy unavailable, timing the core alone:\n${py.stderr ?? py.error}`);

const cpu = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model ?? 'unknown';
console.log(`# bench:core — ${new Date().toISOString()}`);
console.log(`machine: ${cpus().length} CPUs (${cpu}); Node ${process.version}; numpy ${numpy?.numpy ?? 'missing'}\n`);

cases.forEach((c, k) => {
  const mine = timeCore(c);
  console.log(`${c.name} (median of ${c.reps} core runs, ${c.repsRecipe} recipe runs)`);
  console.log(`  core, sufficient statistics     ${fmt(mine.ms).padStart(9)} ms`);
  const r = numpy?.results[k];
  if (!r) return;
  let diffRecipe = 0;
  let diffStats = 0;
  for (let m = 0; m < mine.values.length; m++) {
    diffRecipe = Math.max(diffRecipe, Math.abs(mine.values[m]! - r.recipe[m]!));
    diffStats = Math.max(diffStats, Math.abs(mine.values[m]! - r.stats[m]!));
  }
  const tempMB = (c.x.length * c.n * c.n * 8) / 2 ** 20;
  console.log(
    `  numpy, sufficient statistics    ${fmt(r.statsMs).padStart(9)} ms   time ÷ core time: ${(r.statsMs / mine.ms).toFixed(1)}`,
  );
  console.log(
    `  numpy, lecture 000 broadcasting ${fmt(r.recipeMs).padStart(9)} ms   time ÷ core time: ${(r.recipeMs / mine.ms).toFixed(0)}   (temporaries of N × cells: ${tempMB.toFixed(0)} MiB each)`,
  );
  console.log(
    `  largest |core − numpy|: ${diffRecipe.toExponential(2)} (broadcasting), ${diffStats.toExponential(2)} (statistics)\n`,
  );
});

{
  const N = 100_000;
  const n = 401;
  const big: Case = {
    name: 'N = 100 000, 401 × 401',
    ...syntheticData(N),
    b: [-2, 4],
    w: [-1, 5],
    n,
    reps: 20,
    repsRecipe: 0,
  };
  const mine = timeCore(big);
  const statsTimes: number[] = [];
  for (let k = 0; k < 10; k++) {
    const t0 = performance.now();
    sufficientStats(big.x, big.y);
    statsTimes.push(performance.now() - t0);
  }
  const gb = (N * n * n * 8) / 1e9;
  console.log(`${big.name}, core only (median of ${big.reps} runs)`);
  console.log(
    `  core, sufficient statistics     ${fmt(mine.ms).padStart(9)} ms   (of which the O(N) statistics ${fmt(median(statsTimes))} ms)`,
  );
  console.log(
    `  the broadcasting recipe would need ${gb.toFixed(1)} GB per N × cells temporary (${N} × ${n * n} doubles): not run`,
  );
}

// A typed formula on the playground's map: the parsed Rosenbrock against the closed form.
{
  const { parseExpression } = await import('../../src/core/expr/index');
  const { evaluateGrid } = await import('../../src/core/grid/evaluate-grid');
  const { rosenbrock } = await import('../../src/core/surfaces/rosenbrock');
  const text = '(1 - x)^2 + 100*(y - x^2)^2';
  const spec = { x: [-2, 2] as [number, number], y: [-1, 3] as [number, number], nx: 200, ny: 200 };
  const timeIt = (reps: number, run: () => void): number => {
    for (let k = 0; k < 5; k++) run();
    const times: number[] = [];
    for (let k = 0; k < reps; k++) {
      const t0 = performance.now();
      run();
      times.push(performance.now() - t0);
    }
    return median(times);
  };
  const parsed = parseExpression(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const formula = parsed.formula;
  const out = new Float64Array(3);
  let sink = 0;
  const parseMs = timeIt(2000, () => {
    sink += parseExpression(text).ok ? 1 : 0;
  });
  const valueMs = timeIt(200, () => {
    sink += evaluateGrid(formula.value, spec).values[0]!;
  });
  const gradMs = timeIt(200, () => {
    for (let j = 0; j < 200; j++)
      for (let i = 0; i < 200; i++) {
        formula.evaluate(-2 + (4 * i) / 199, -1 + (4 * j) / 199, out);
        sink += out[1]!;
      }
  });
  const closedMs = timeIt(200, () => {
    sink += evaluateGrid(rosenbrock.f, spec).values[0]!;
  });
  const closedGradMs = timeIt(200, () => {
    for (let j = 0; j < 200; j++)
      for (let i = 0; i < 200; i++) sink += rosenbrock.gradient([-2 + (4 * i) / 199, -1 + (4 * j) / 199])[0]!;
  });
  const a = evaluateGrid(formula.value, spec).values;
  const b = evaluateGrid(rosenbrock.f, spec).values;
  let diff = 0;
  for (let m = 0; m < a.length; m++) diff = Math.max(diff, Math.abs(a[m]! - b[m]!) / (1 + Math.abs(b[m]!)));
  console.log(`\ntyped formula ${text}, 200 × 200 grid (medians; parse: 2000 runs, grids: 200 runs)`);
  console.log(`  parse + compile                       ${fmt(parseMs).padStart(9)} ms`);
  console.log(
    `  values, parsed formula                ${fmt(valueMs).padStart(9)} ms   closed form: ${fmt(closedMs)} ms`,
  );
  console.log(
    `  values + exact gradients, parsed      ${fmt(gradMs).padStart(9)} ms   closed form: ${fmt(closedGradMs)} ms`,
  );
  console.log(`  largest relative |parsed − closed form| ${diff.toExponential(2)}${sink === 0.5 ? ' ' : ''}`);
}

// Contour lines (src/core/contour/): contourLines, traced directly (isolines.ts), against
// contourPolygons, d3-contour's rings and polygons, which contourLines cut at the frame before
// (its lines were those rings, so its cost was at least that), on Rosenbrock over the
// playground's window at the levels the widgets use: quantiles of the grid.
{
  const { contourLines } = await import('../../src/core/contour/contour-lines');
  const { contourPolygons } = await import('../../src/core/contour/contour-polygons');
  const { evaluateGrid } = await import('../../src/core/grid/evaluate-grid');
  const { rosenbrock } = await import('../../src/core/surfaces/rosenbrock');
  console.log('\ncontour lines, Rosenbrock on [−2, 2] × [−1, 3] (medians of 200 runs after 20 warm-up runs)');
  for (const [n, levels] of [
    [80, 12],
    [121, 15],
  ] as const) {
    const grid = evaluateGrid(rosenbrock.f, { x: [-2, 2], y: [-1, 3], nx: n, ny: n });
    const sorted = Float64Array.from(grid.values).sort();
    const thresholds = Array.from({ length: levels }, (_, k) => sorted[Math.floor(((k + 1) * n * n) / (levels + 1))]!);
    const time = (run: () => void): number => {
      for (let k = 0; k < 20; k++) run();
      const times: number[] = [];
      for (let k = 0; k < 200; k++) {
        const t0 = performance.now();
        run();
        times.push(performance.now() - t0);
      }
      return median(times);
    };
    let sink = 0;
    const lines = time(() => void (sink += contourLines(grid, thresholds).count));
    const rings = time(() => void (sink += contourPolygons(grid, thresholds).length));
    console.log(
      `  ${n} × ${n}, ${levels} levels: contourLines ${fmt(lines).padStart(7)} ms   contourPolygons (the rings) ${fmt(rings)} ms${sink < 0 ? ' ' : ''}`,
    );
  }
}

// Basins of attraction (src/core/basins/): gradient descent from every start of a grid on
// Himmelblau, each run to rest (‖∇f‖ ≤ 1e-6) or 2000 iterations, labelled by the minimum it reaches.
{
  const { basinChunk, basinRowChunks } = await import('../../src/core/basins/basins');
  const { himmelblau } = await import('../../src/core/surfaces/himmelblau');
  const { configure } = await import('../../src/core/optim/optimizer');
  const { gradientDescent } = await import('../../src/core/optim/gradient-descent');
  const { adam } = await import('../../src/core/optim/adam');
  const w = himmelblau.window;
  const runs: Array<{ name: string; n: number; opt: Parameters<typeof basinChunk>[1]; reps: number }> = [
    // η = 0.01: the step the basin tests use; below 2/λ_max = 0.0149 at every minimum
    {
      name: 'Himmelblau 64 × 64, gradient descent η = 0.01',
      n: 64,
      opt: configure(gradientDescent, { learningRate: 0.01 }),
      reps: 9,
    },
    {
      name: 'Himmelblau 128 × 128, gradient descent η = 0.01',
      n: 128,
      opt: configure(gradientDescent, { learningRate: 0.01 }),
      reps: 5,
    },
    { name: 'Himmelblau 64 × 64, Adam η = 0.05', n: 64, opt: configure(adam, { learningRate: 0.05 }), reps: 5 },
  ];
  console.log('\nbasins of attraction (src/core/basins), median of the runs after one warm-up run');
  for (const r of runs) {
    const grid = { x: w.x, y: w.y, nx: r.n, ny: r.n };
    basinChunk(himmelblau, r.opt, { grid }); // warm-up (JIT)
    const times: number[] = [];
    let steps = 0;
    let labelled = 0;
    for (let k = 0; k < r.reps; k++) {
      const t0 = performance.now();
      const m = basinChunk(himmelblau, r.opt, { grid });
      times.push(performance.now() - t0);
      steps = m.iterations.reduce((a: number, b: number) => a + b, 0);
      labelled = m.labels.filter((l: number) => l >= 0).length;
    }
    // the longest single chunk of 8 rows: what one frame (or one worker message) costs
    let worstChunk = 0;
    for (const rows of basinRowChunks(r.n, 8)) {
      const t0 = performance.now();
      basinChunk(himmelblau, r.opt, { grid, rows });
      worstChunk = Math.max(worstChunk, performance.now() - t0);
    }
    console.log(`${r.name} (${r.reps} runs)`);
    console.log(
      `  whole map ${fmt(median(times)).padStart(9)} ms (fastest ${fmt(Math.min(...times))} ms)   ${steps} steps in all (${((median(times) * 1e6) / steps).toFixed(0)} ns per step); ${labelled} of ${r.n * r.n} starts reach a minimum`,
    );
    console.log(`  slowest 8-row chunk ${fmt(worstChunk)} ms`);
  }
}
// Chapter 9: networks and their landscapes.
await import('./core-nn.ts');
