import { describe, expect, it } from 'vitest';
import { CoreError } from '~/core/errors';
import {
  ACTIVATIONS,
  activate,
  activationId,
  activationSlope,
  bceWithLogit,
  initialParameters,
  layerViews,
  mlpLayout,
  networkLoss,
  predict,
  sigmoid,
} from '~/core/nn';
import { readNnFixture } from '../../../fixtures/nn/fixture';

const fixture = readNnFixture();

function maxRelDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let worst = 0;
  for (let k = 0; k < b.length; k++) worst = Math.max(worst, Math.abs(a[k]! - b[k]!) / (1e-12 + Math.abs(b[k]!)));
  return worst;
}

describe('activations and the loss on logits', () => {
  it('slopes match central differences', () => {
    for (const g of ACTIVATIONS) {
      for (const z of [-3, -0.7, 0.2, 1.5, 4]) {
        const h = 1e-6;
        const fd = (activate(g, z + h) - activate(g, z - h)) / (2 * h);
        expect(activationSlope(g, z, activate(g, z))).toBeCloseTo(fd, 8);
      }
    }
  });

  it('sigmoid never overflows and is symmetric', () => {
    expect(sigmoid(1000)).toBe(1);
    expect(sigmoid(-1000)).toBe(0);
    for (const z of [0.1, 2, 30]) expect(sigmoid(z) + sigmoid(-z)).toBeCloseTo(1, 15);
  });

  it('BCE on logits equals the textbook formula where that is safe, and stays finite where it is not', () => {
    for (const z of [-5, -0.3, 0, 0.8, 6]) {
      for (const y of [0, 1]) {
        const p = sigmoid(z);
        expect(bceWithLogit(z, y)).toBeCloseTo(-(y * Math.log(p) + (1 - y) * Math.log(1 - p)), 12);
      }
    }
    expect(bceWithLogit(800, 0)).toBe(800);
    expect(bceWithLogit(-800, 1)).toBe(800);
    expect(bceWithLogit(800, 1)).toBe(0);
  });

  it('activationId accepts only the four names', () => {
    expect(activationId('relu')).toBe('relu');
    expect(() => activationId('softmax')).toThrow(CoreError);
    expect(() => activationId(undefined)).toThrow(CoreError);
  });
});

describe('layout and named views', () => {
  it('the lecture network 3-4-4-1 has 41 parameters in W1 b1 W2 b2 W3 b3 order', () => {
    const layout = mlpLayout([3, 4, 4, 1]);
    expect(layout.size).toBe(3 * 4 + 4 + 4 * 4 + 4 + 4 + 1);
    const theta = Float64Array.from({ length: layout.size }, (_, k) => k);
    const views = layerViews(layout, theta);
    expect(views.map((v) => [v.weightName, v.biasName])).toEqual([
      ['W1', 'b1'],
      ['W2', 'b2'],
      ['W3', 'b3'],
    ]);
    expect(Array.from(views[0]!.weights)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(Array.from(views[0]!.bias)).toEqual([12, 13, 14, 15]);
    expect(Array.from(views[2]!.bias)).toEqual([40]);
    views[1]!.bias[0] = -1; // a view writes through to θ
    expect(theta[32]).toBe(-1);
  });

  it('refuses bad sizes', () => {
    for (const bad of [[2], [2, 0, 1], [2, 1e6, 1], [2, 2.5, 1], Array(12).fill(2)]) {
      expect(() => mlpLayout(bad)).toThrow(CoreError);
    }
    expect(() => layerViews(mlpLayout([2, 1]), new Float64Array(5))).toThrow(CoreError);
  });
});

describe('forward and backward pass against numpy', () => {
  for (const c of fixture.networks) {
    it(`${c.sizes.join('-')} ${c.activation}: θ₀, logits, loss and gradient`, () => {
      const layout = mlpLayout(c.sizes);
      const theta = initialParameters(layout, c.activation, c.seed);
      expect(maxRelDiff(theta, c.theta)).toBeLessThan(1e-15);
      const thetaNp = Float64Array.from(c.theta);
      const n = c.y.length;
      const batch = { n, x: Float64Array.from(c.x), y: Float64Array.from(c.y) };
      const { logits } = predict(layout, c.activation, thetaNp, batch.x);
      expect(maxRelDiff(logits, c.logits)).toBeLessThan(1e-12);
      const loss = networkLoss(layout, c.activation, batch);
      const { value, gradient } = loss.valueAndGradient(thetaNp);
      expect(Math.abs(value - c.loss) / c.loss).toBeLessThan(1e-13);
      expect(value).toBe(loss.value(thetaNp));
      let scale = 0;
      for (const g of c.gradient) scale = Math.max(scale, Math.abs(g));
      for (let k = 0; k < c.gradient.length; k++)
        expect(Math.abs(gradient[k]! - c.gradient[k]!)).toBeLessThan(1e-13 * scale);
    });
  }
});

describe('gradient against central finite differences', () => {
  const x = Float64Array.from([0.3, -1.2, 1.1, 0.4, -0.5, -0.9, 2.0, 0.1, -1.4, 0.6, 0.05, 0.7]);
  const y = Float64Array.from([1, 0, 1, 0, 0, 1]);
  for (const activation of ACTIVATIONS) {
    for (const sizes of [
      [2, 1],
      [2, 5, 1],
      [2, 4, 3, 1],
    ]) {
      it(`${sizes.join('-')} ${activation}`, () => {
        const layout = mlpLayout(sizes);
        const loss = networkLoss(layout, activation, { n: 6, x, y });
        const theta = initialParameters(layout, activation, 4);
        for (let k = 0; k < theta.length; k++) theta[k]! += 0.05 * Math.sin(7 * k + 1); // biases away from 0
        const g = loss.gradient(theta);
        for (let k = 0; k < theta.length; k++) {
          const h = 1e-6;
          const up = theta.slice();
          const down = theta.slice();
          up[k]! += h;
          down[k]! -= h;
          const fd = (loss.value(up) - loss.value(down)) / (2 * h);
          expect(Math.abs(g[k]! - fd)).toBeLessThan(1e-7 * (1 + Math.abs(fd)));
        }
      });
    }
  }
});

describe('networkLoss input checks', () => {
  const layout = mlpLayout([2, 3, 1]);
  const ok = { n: 2, x: Float64Array.from([0, 1, 2, 3]), y: Float64Array.from([0, 1]) };
  it('refuses batches and parameters that do not fit', () => {
    expect(() => networkLoss(mlpLayout([2, 3, 2]), 'tanh', ok)).toThrow(CoreError);
    expect(() => networkLoss(layout, 'tanh', { ...ok, x: new Float64Array(3) })).toThrow(CoreError);
    expect(() => networkLoss(layout, 'tanh', { ...ok, y: Float64Array.from([0, 2]) })).toThrow(CoreError);
    expect(() => networkLoss(layout, 'tanh', { ...ok, x: Float64Array.from([0, NaN, 2, 3]) })).toThrow(CoreError);
    const loss = networkLoss(layout, 'tanh', ok);
    expect(() => loss.value(new Float64Array(3))).toThrow(CoreError);
    expect(loss.value(Array(layout.size).fill(0))).toBeCloseTo(Math.log(2), 15);
  });

  it('accuracy counts logit > 0 as class 1', () => {
    const l = mlpLayout([2, 1]);
    const loss = networkLoss(l, 'identity', ok);
    expect(loss.accuracy([1, 0, -0.5])).toBe(1); // logits −0.5 and 1.5
    expect(loss.accuracy([-1, 0, 0.5])).toBe(0);
  });
});
