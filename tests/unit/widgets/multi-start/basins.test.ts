import { describe, expect, it } from 'vitest';
import { computeBasins, computeBasinsNow, type BasinInput, type BasinProgress } from '~/widgets/multi-start/basinTask';
import { labelCells } from '~/widgets/multi-start/cells';

const input: BasinInput = { surface: 'himmelblau', opt: 'gradient-descent', eta: 0.01, mu: 0.9, n: 16, steps: 2000 };

describe('multi-start basin task', () => {
  it('chunked (worker) and all-at-once (build) give the same map, with progress per chunk', async () => {
    const progress: BasinProgress[] = [];
    const chunked = await computeBasins(input, { report: (p) => progress.push(p), cancelled: () => false });
    const now = computeBasinsNow(input);
    expect([...chunked.labels]).toEqual([...now.labels]);
    expect(chunked.counts).toEqual(now.counts);
    expect(progress.map((p) => p.rows)).toEqual([4, 8, 12, 16]);
  });

  it('stops early when cancelled', async () => {
    let calls = 0;
    const r = await computeBasins(input, { report: () => calls++, cancelled: () => calls >= 1 });
    expect(calls).toBe(1);
    expect(r.labels.length).toBe(256);
  });

  it('64 × 64 default: the four basins of chapter 8', () => {
    const r = computeBasinsNow({ ...input, n: 64 });
    expect(r.counts).toEqual({ perMinimum: [1087, 1056, 976, 977], diverged: 0, stalled: 0 });
  });
});

describe('labelCells', () => {
  it('merges runs of equal labels in each row and tiles the window', () => {
    const labels = [0, 0, 1, 1, -1, 0, 0, 0, 0];
    const cells = labelCells(labels, 3, { x: [0, 2], y: [0, 2] });
    expect(cells.map((c) => c.label)).toEqual([0, 1, 1, -1, 0, 0]);
    expect(cells[0]).toEqual({ x1: -0.5, x2: 1.5, y1: -0.5, y2: 0.5, label: 0 });
    expect(cells[5]).toEqual({ x1: -0.5, x2: 2.5, y1: 1.5, y2: 2.5, label: 0 });
  });
});
