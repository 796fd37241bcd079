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
    expect(r.counts).toEqual({
      perMinimum: [1087, 1056, 976, 977],
      saddle: 0,
      maximum: 0,
      elsewhere: 0,
      diverged: 0,
      stalled: 0,
    });
  });

  it("η = 0.015 and 0.02: chapter 8's numpy counts (a basin lost, starts stalled and diverged)", () => {
    const a = computeBasinsNow({ ...input, n: 64, eta: 0.015 }).counts;
    expect([a.perMinimum, a.diverged, a.stalled]).toEqual([[1088, 1048, 0, 953], 11, 996]);
    const b = computeBasinsNow({ ...input, n: 64, eta: 0.02 }).counts;
    expect([b.perMinimum, b.diverged, b.stalled]).toEqual([[1050, 898, 0, 0], 431, 1717]);
  });

  it('a start on the ridge of the two wells stops at the saddle', () => {
    // n = 3 on [−2, 2]: the middle column is x = 0
    const r = computeBasinsNow({
      surface: 'double-well',
      opt: 'gradient-descent',
      eta: 0.05,
      mu: 0.9,
      n: 3,
      steps: 1000,
    });
    expect(r.counts.saddle).toBe(3);
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
