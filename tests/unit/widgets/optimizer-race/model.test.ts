import { describe, expect, it } from 'vitest';
import { model, positionAt, type Model } from '~/widgets/optimizer-race/model';
import { PRESETS, presetById } from '~/widgets/optimizer-race/presets';
import { stateSchema, type State } from '~/widgets/optimizer-race/state';

const defaults = (): State => ({ ...(stateSchema.defaults as State) });
const withPreset = (id: (typeof PRESETS)[number]['id']): State => ({ ...defaults(), ...presetById(id)!.values });
const byKey = (m: Model, key: string) => m.racers.find((r) => r.key === key)!;

describe('optimizer-race model', () => {
  it('Rosenbrock preset reproduces chapter 8: momentum 1,386 steps, Adam 2,874, plain descent not within 5,000', () => {
    const m = model(withPreset('rosenbrock'));
    expect(m.racers).toHaveLength(6);
    expect(byKey(m, 'mom').stepsToTolerance).toBe(1386);
    expect(byKey(m, 'adam').stepsToTolerance).toBe(2874);
    expect(byKey(m, 'gd').outcome).toBe('stalled');
    expect(byKey(m, 'gd').xs.length).toBe(5001);
    // with the budget raised, plain descent needs 15,068 (the chapter's listing)
    expect(
      model({
        ...withPreset('rosenbrock'),
        steps: 16000,
        gd: true,
        mom: false,
        nag: false,
        adagrad: false,
        rms: false,
        adam: false,
      }).racers[0]!.stepsToTolerance,
    ).toBe(15068);
  });

  it('Himmelblau peak preset: plain and momentum methods end at (3.58, −1.85), adaptive ones at (3, 2)', () => {
    const m = model(withPreset('himmelblau-peak'));
    const minima = m.surface.criticalPoints.minima;
    const where = (k: string) => {
      const i = byKey(m, k).endsAtMinimum;
      return i === null ? null : [Math.round(minima[i]!.x * 100) / 100, Math.round(minima[i]!.y * 100) / 100];
    };
    for (const k of ['gd', 'mom', 'nag']) expect(where(k)).toEqual([3.58, -1.85]);
    for (const k of ['adagrad', 'adam']) expect(where(k)).toEqual([3, 2]);
  });

  it('saddle preset: AdaGrad and RMSProp reach the tolerance before plain descent', () => {
    const m = model(withPreset('saddle'));
    const gd = byKey(m, 'gd').stepsToTolerance!;
    expect(byKey(m, 'adagrad').stepsToTolerance!).toBeLessThan(gd);
    expect(byKey(m, 'rms').stepsToTolerance!).toBeLessThan(gd);
  });

  it('ill-conditioned preset: momentum beats plain descent and Adam', () => {
    const m = model(withPreset('ill-conditioned'));
    expect(byKey(m, 'mom').stepsToTolerance!).toBeLessThan(byKey(m, 'gd').stepsToTolerance!);
    expect(byKey(m, 'mom').stepsToTolerance!).toBeLessThan(byKey(m, 'adam').stepsToTolerance!);
  });

  it('a huge step diverges without NaN, a start far away is brought into the window', () => {
    const m = model({ ...defaults(), gdEta: 10, x: 100, y: -100 });
    expect(m.start).toEqual([m.window.x[1], m.window.y[0]]);
    const gd = byKey(m, 'gd');
    expect(gd.outcome).toBe('diverged');
    for (const r of m.racers) for (const v of [...r.xs, ...r.ys, ...r.gaps]) expect(Number.isFinite(v)).toBe(true);
  });

  it('the scrubber is clamped to the longest run and positionAt holds a finished racer at its end', () => {
    const m = model({ ...defaults(), steps: 50, at: 20000 });
    expect(m.at).toBe(50);
    const r = m.racers[0]!;
    expect(positionAt(r, 1000)!.k).toBe(50);
  });

  it('every preset sentence is one sentence', () => {
    for (const p of PRESETS) expect(p.comment.split(/[.!?](\s|$)/).filter((t) => t.trim().length > 0)).toHaveLength(1);
  });
});
