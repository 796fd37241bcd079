import { RandomState } from '../random/randomState';

/**
 * A noisy line split for training: 100 points y = 1 + 2x + noise (σ = 0.1),
 * x uniform in [0, 1), shuffled into 80 training and 20 validation points,
 * and a random start (b, w). Bit-identical to the numpy code of notebook
 * recipe 000 ("PyTorch step by step"):
 *
 * ```python
 * true_b = 1; true_w = 2; N = 100
 * np.random.seed(42)
 * x = np.random.rand(N, 1)
 * epsilon = .1 * np.random.randn(N, 1)
 * y = true_b + true_w * x + epsilon
 * idx = np.arange(N); np.random.shuffle(idx)
 * train_idx = idx[:int(N*.8)]; val_idx = idx[int(N*.8):]
 * np.random.seed(42); b = np.random.randn(1); w = np.random.randn(1)
 * ```
 *
 * The arrays are shared between callers: treat them as read-only.
 */
export interface NoisyLineSplit {
  x: Float64Array;
  y: Float64Array;
  trainIdx: Int32Array;
  valIdx: Int32Array;
  xTrain: Float64Array;
  yTrain: Float64Array;
  xVal: Float64Array;
  yVal: Float64Array;
  trueB: number;
  trueW: number;
  /** The lecture's random starting point: b ≈ 0.4967. */
  initialB: number;
  /** The lecture's random starting point: w ≈ −0.1383. */
  initialW: number;
}

const TRUE_B = 1;
const TRUE_W = 2;
const N = 100;
const N_TRAIN = 80; // int(N * .8)

let memo: NoisyLineSplit | undefined;

function gather(values: Float64Array, idx: Int32Array): Float64Array {
  return Float64Array.from(idx, (i) => values[i]!);
}

export function noisyLineSplit(): NoisyLineSplit {
  if (memo) return memo;
  const rs = new RandomState(42);
  const x = rs.rand(N);
  const noise = rs.randn(N);
  // numpy evaluates (true_b + true_w * x) + (.1 * randn), element by element.
  const y = Float64Array.from(x, (xi, i) => TRUE_B + TRUE_W * xi + 0.1 * noise[i]!);
  const idx = rs.permutation(N); // same draws as np.random.shuffle(np.arange(N))
  const trainIdx = idx.slice(0, N_TRAIN);
  const valIdx = idx.slice(N_TRAIN);
  rs.seed(42);
  const initialB = rs.standardNormal();
  const initialW = rs.standardNormal();
  memo = {
    x,
    y,
    trainIdx,
    valIdx,
    xTrain: gather(x, trainIdx),
    yTrain: gather(y, trainIdx),
    xVal: gather(x, valIdx),
    yVal: gather(y, valIdx),
    trueB: TRUE_B,
    trueW: TRUE_W,
    initialB,
    initialW,
  };
  return memo;
}
