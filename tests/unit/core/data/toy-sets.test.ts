import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CoreError } from '~/core/errors';
import { TOY_SETS, toySet } from '~/core/data/toy-sets';
import { NN_FIXTURE_SCRIPT, readNnFixture } from '../../../fixtures/nn/fixture';
import { numpyRequired, pythonWithNumpy } from '../../../support/python';

const fixture = readNnFixture();

/** Largest |a − b| in units of the last place of b. */
function ulps(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let worst = 0;
  for (let k = 0; k < b.length; k++) {
    const diff = Math.abs(a[k]! - b[k]!);
    if (diff === 0) continue;
    const ulp = Math.max(Number.EPSILON * Math.abs(b[k]!), Number.MIN_VALUE);
    worst = Math.max(worst, diff / ulp);
  }
  return worst;
}

describe('toy data sets against numpy', () => {
  for (const c of fixture.toys) {
    it(`${c.id}, n = ${c.n}, seed ${c.seed}, noise ${c.noise}`, () => {
      const d = toySet(c.id).make({ n: c.n, seed: c.seed, noise: c.noise });
      expect(d.n).toBe(c.n);
      expect(Array.from(d.y)).toEqual(c.y);
      // the uniform draws are numpy's bit for bit; glibc's log (inside randn) and its sin/cos
      // are not always correctly rounded, so a rare coordinate differs in its last bits
      expect(ulps(d.x, c.x)).toBeLessThanOrEqual(8);
      expect(Math.max(...Array.from(d.x, (v, k) => Math.abs(v - c.x[k]!)))).toBeLessThan(1e-15);
    });
  }

  it('nearly every coordinate equals numpy bit for bit', () => {
    let same = 0;
    let total = 0;
    for (const c of fixture.toys) {
      const d = toySet(c.id).make(c);
      d.x.forEach((v, k) => {
        total++;
        if (v === c.x[k]) same++;
      });
    }
    expect(same / total).toBeGreaterThan(0.97);
  });

  const py = pythonWithNumpy();
  it.skipIf(!py.available && !numpyRequired)('the committed fixture is what the script writes today', () => {
    if (!py.available) throw new Error(py.reason);
    const dir = mkdtempSync(join(tmpdir(), 'nn-fixture-'));
    const run = spawnSync(py.python, [NN_FIXTURE_SCRIPT, dir], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const live = JSON.parse(readFileSync(join(dir, 'nn.json'), 'utf8'));
    expect(live.toys).toEqual(fixture.toys);
    expect(live.networks.map((n: { theta: number[] }) => n.theta)).toEqual(fixture.networks.map((n) => n.theta));
  });
});

describe('toy data sets', () => {
  it('balanced labels 0/1 and the expected shapes', () => {
    for (const s of TOY_SETS) {
      const d = s.make({ n: 101, seed: 3, noise: s.defaultNoise });
      expect(d.x.length).toBe(202);
      const ones = d.y.reduce((a, b) => a + b, 0);
      expect(d.y.every((v) => v === 0 || v === 1)).toBe(true);
      if (s.id !== 'xor') expect(ones).toBe(51);
      else expect(ones).toBeGreaterThan(30);
    }
  });

  it('without noise the points lie on their curves', () => {
    const moons = toySet('two-moons').make({ n: 40, seed: 1, noise: 0 });
    for (let i = 0; i < 40; i++) {
      const [px, py] = [moons.x[2 * i]!, moons.x[2 * i + 1]!];
      const r = moons.y[i] === 0 ? Math.hypot(px, py) : Math.hypot(px - 1, py - 0.5);
      expect(r).toBeCloseTo(1, 12);
      expect(moons.y[i] === 0 ? py >= 0 : py <= 0.5).toBe(true);
    }
    const rings = toySet('circles').make({ n: 40, seed: 1, noise: 0 });
    for (let i = 0; i < 40; i++)
      expect(Math.hypot(rings.x[2 * i]!, rings.x[2 * i + 1]!)).toBeCloseTo(i < 20 ? 1 : 0.5, 12);
    const spirals = toySet('two-spirals').make({ n: 40, seed: 1, noise: 0 });
    for (let i = 0; i < 40; i++) {
      const r = Math.hypot(spirals.x[2 * i]!, spirals.x[2 * i + 1]!);
      const sign = i < 20 ? 1 : -1;
      expect(sign * spirals.x[2 * i]!).toBeCloseTo(r * Math.cos(3 * Math.PI * r), 12);
    }
    const square = toySet('xor').make({ n: 40, seed: 1, noise: 0 });
    for (let i = 0; i < 40; i++) expect(square.y[i]).toBe(square.x[2 * i]! * square.x[2 * i + 1]! > 0 ? 1 : 0);
  });

  it('same seed, same points; another seed, other points', () => {
    const a = toySet('circles').make({ n: 30, seed: 9, noise: 0.1 });
    const b = toySet('circles').make({ n: 30, seed: 9, noise: 0.1 });
    const c = toySet('circles').make({ n: 30, seed: 10, noise: 0.1 });
    expect(a.x).toEqual(b.x);
    expect(a.x).not.toEqual(c.x);
  });

  it('refuses bad options with a CoreError', () => {
    const moons = toySet('two-moons');
    for (const bad of [
      { n: 1, seed: 0, noise: 0.1 },
      { n: 1e9, seed: 0, noise: 0.1 },
      { n: 2.5, seed: 0, noise: 0.1 },
      { n: 10, seed: -1, noise: 0.1 },
      { n: 10, seed: 0, noise: -0.1 },
      { n: 10, seed: 0, noise: NaN },
      { n: 10, seed: 0, noise: 100 },
    ]) {
      expect(() => moons.make(bad)).toThrow(CoreError);
    }
    expect(() => toySet('<script>')).toThrow(CoreError);
  });
});
