// bench:core entries for chapter 9's networks (imported by core.ts, after its resolve hook is
// registered): training the [2, 8, 8, 1] tanh network on 200 two-moons points for 2000
// full-batch Adam steps (target ≤ 1 s) and its 51 × 51 filter-normalised landscape (target
// ≤ 0.5 s). Figures go to docs/benchmarks.md ("Core: networks").
export {};

const { twoMoons } = await import('../../src/core/data/two-moons');
const nn = await import('../../src/core/nn/index');
const { adam, configure } = await import('../../src/core/optim/index');
const { RandomState } = await import('../../src/core/random/randomState');

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Median wall time and median CPU time of this process (user + system): on a shared machine the
 * CPU time is the steadier figure, since waiting for a core does not count. */
function timed<T>(reps: number, run: () => T): { ms: number; cpuMs: number; result: T } {
  run(); // warm-up (JIT)
  const times: number[] = [];
  const cpu: number[] = [];
  let result = run();
  for (let k = 0; k < reps; k++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    result = run();
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { ms: median(times), cpuMs: median(cpu), result };
}

const both = (t: { ms: number; cpuMs: number }): string =>
  `${t.ms.toFixed(0).padStart(6)} ms (CPU ${t.cpuMs.toFixed(0)} ms)`;

const layout = nn.mlpLayout([2, 8, 8, 1]);
const loss = nn.networkLoss(layout, 'tanh', twoMoons({ n: 200, seed: 0, noise: 0.1 }));
const theta0 = nn.initialParameters(layout, 'tanh', 1);
const optimizer = configure(adam, { learningRate: 0.01 });

console.log('\nnetworks (chapter 9): [2, 8, 8, 1] tanh, two moons n = 200 (seed 0, noise 0.1), Adam η = 0.01');
const training = timed(5, () => nn.train(loss, optimizer, theta0, { steps: 2000 }));
const run = training.result;
console.log(
  `  train 2000 full-batch steps      ${both(training)}   target ≤ 1000 ms   (loss ${run.losses[0]!.toFixed(3)} → ${run.losses[2000]!.toFixed(4)}, accuracy ${loss.accuracy(run.theta)})`,
);
const rs = new RandomState(2);
const d1 = nn.filterNormalisedDirection(layout, run.theta, rs);
const d2 = nn.filterNormalisedDirection(layout, run.theta, rs);
const spec = { x: [-1, 1] as [number, number], y: [-1, 1] as [number, number], nx: 51, ny: 51 };
const landscape = timed(5, () => nn.lossLandscape(loss, run.theta, d1, d2, spec));
console.log(
  `  51 × 51 landscape                ${both(landscape)}   target ≤ 500 ms    (min ${landscape.result.min.toExponential(2)} at α = ${landscape.result.argmin?.x}, β = ${landscape.result.argmin?.y})`,
);
const plane = timed(5, () => nn.pathPlane(run.snapshots));
console.log(
  `  PCA plane of the path (${run.snapshots.length} snapshots) ${plane.ms.toFixed(1).padStart(6)} ms   (explained ${plane.result.explained.map((v: number) => (100 * v).toFixed(1)).join(' % + ')} %)`,
);

const wide = nn.mlpLayout([2, 32, 32, 1]);
const wideLoss = nn.networkLoss(wide, 'tanh', twoMoons({ n: 200, seed: 0, noise: 0.1 }));
const wideRun = timed(3, () => nn.train(wideLoss, optimizer, nn.initialParameters(wide, 'tanh', 1), { steps: 2000 }));
console.log(`  [2, 32, 32, 1]: train 2000 steps ${both(wideRun)}   (the widest the widget offers)`);
