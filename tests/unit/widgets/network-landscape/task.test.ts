import { describe, expect, it } from 'vitest';
import { lossCurve, runTask } from '~/widgets/network-landscape/training-task';
import { trainInChunks } from '~/widgets/network-landscape/train-in-chunks';
import { smallInput } from './inputs';

const input = smallInput;

describe('network-landscape task', () => {
  it('trains, then draws a landscape lowest at its centre and a decision map in [0, 1]', () => {
    const r = runTask(input);
    expect(r.training.step).toBe(300);
    expect(r.training.status).toBe('done');
    expect(r.training.accuracy).toBeGreaterThan(0.95);
    expect(r.training.parameters).toBe(37);
    const g = r.landscape!.grid;
    let at = 0;
    g.values.forEach((v, k) => {
      if (v < g.values[at]!) at = k;
    });
    expect(at).toBe(5 * 11 + 5);
    for (const p of r.training.decision.values) expect(p >= 0 && p <= 1).toBe(true);
  });

  it('the PCA mode puts the path on the plane, ending at the origin', () => {
    const r = runTask({ ...input, mode: 'pca' });
    const l = r.landscape!;
    expect(l.problem).toBeUndefined();
    expect(l.path!.alpha.length).toBe(101);
    expect(l.path!.alpha[100]).toBe(0);
    expect(l.explained![0]).toBeGreaterThan(l.explained![1]);
    expect(l.path!.alpha[0]! > l.grid.x[0] && l.path!.alpha[0]! < l.grid.x[1]).toBe(true);
  });

  it('paused before the first step: PCA mode explains why there is no plane', () => {
    const r = runTask({ ...input, runTo: 0, mode: 'pca' });
    expect(r.training.step).toBe(0);
    expect(r.landscape!.problem).toMatch(/plane/);
  });

  it('the loss curve is thinned but keeps the last step', () => {
    const c = lossCurve(new Float64Array(2001).map((_, k) => 1 / (k + 1)));
    expect(c.step.length).toBeLessThanOrEqual(401);
    expect(c.step[c.step.length - 1]).toBe(2000);
    expect(c.loss[c.loss.length - 1]).toBe(1 / 2001);
  });

  it('in chunks (the worker) it reports progress and ends exactly where the one-shot run ends; pausing and resuming continues', async () => {
    const progress: number[] = [];
    const control = { report: (p: { step: number }) => progress.push(p.step), cancelled: () => false };
    const whole = runTask(input);
    const paused = (await trainInChunks({ ...input, runTo: 120 }, control))!;
    expect(paused.training.step).toBe(120);
    const resumed = (await trainInChunks(input, control))!;
    expect(resumed.training.step).toBe(300);
    expect(resumed.training.loss).toBe(whole.training.loss);
    expect(Array.from(resumed.landscape!.grid.values)).toEqual(Array.from(whole.landscape!.grid.values));
    expect(progress[progress.length - 1]).toBe(300);
    // a new attempt starts again from step 0
    const again = (await trainInChunks({ ...input, runTo: 50, attempt: 1 }, control))!;
    expect(again.training.step).toBe(50);
  });

  it('with the comparison off the task is null', async () => {
    expect(await trainInChunks(null, { report: () => {}, cancelled: () => false })).toBeNull();
  });

  it('a cancelled request stops early and returns no landscape', async () => {
    let calls = 0;
    const r = (await trainInChunks({ ...input, attempt: 7 }, { report: () => {}, cancelled: () => ++calls > 1 }))!;
    expect(r.landscape).toBeUndefined();
    expect(r.training.step).toBeLessThan(300);
  });
});
