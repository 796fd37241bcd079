import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CoreError } from '~/core/errors';
import { clipPath, insideWindow, windowExit, type Window2D } from '~/core/geometry';
import { configure } from '~/core/optim/optimizer';
import { gradientDescent } from '~/core/optim/gradient-descent';
import { descentPath } from '~/core/optim/descent-path';
import { roundBowl } from '~/core/surfaces';

const W: Window2D = { x: [0, 10], y: [0, 10] };

describe('clipPath', () => {
  it('an empty path has nothing inside, no exit and no pieces, even when stopped', () => {
    for (const stopped of [false, true]) {
      const c = clipPath([], W, { stopped });
      expect(c).toEqual({ lastInside: -1, exit: null, inside: new Uint8Array(0), pieces: [] });
    }
  });

  it('a path inside the window is one piece and has no exit unless its producer stopped it', () => {
    const pts = [
      [1, 1],
      [2, 3],
      [10, 10],
    ];
    const c = clipPath(pts, W);
    expect(c.lastInside).toBe(2);
    expect(c.exit).toBeNull();
    expect(Array.from(c.inside)).toEqual([1, 1, 1]);
    expect(c.pieces).toEqual([{ first: 0, last: 2, entry: null, exit: null }]);
    expect(clipPath(pts, W, { stopped: true }).exit).toEqual({
      index: 3,
      lastInside: 2,
      at: [10, 10],
      reason: 'non-finite',
    });
  });

  it('marks where a path leaves: the crossing of the edge, the last inside index, the reason', () => {
    const c = clipPath(
      [
        [5, 5],
        [6, 5],
        [16, 8],
        [5, 5],
      ],
      W,
    );
    // (6, 5) → (16, 8) crosses x = 10 at t = 0.4: y = 5 + 0.4·3 = 6.2
    expect(c.lastInside).toBe(1);
    expect(c.exit).toEqual({ index: 2, lastInside: 1, at: [10, expect.closeTo(6.2, 14)], reason: 'left-window' });
  });

  it('a path that leaves and comes back gives two pieces with their edge points', () => {
    const c = clipPath(
      [
        [5, 5],
        [15, 5],
        [5, 6],
        [6, 6],
      ],
      W,
    );
    expect(Array.from(c.inside)).toEqual([1, 0, 1, 1]);
    expect(c.lastInside).toBe(0);
    expect(c.pieces).toHaveLength(2);
    expect(c.pieces[0]).toEqual({ first: 0, last: 0, entry: null, exit: [10, 5] });
    expect(c.pieces[1]!.first).toBe(2);
    expect(c.pieces[1]!.last).toBe(3);
    expect(c.pieces[1]!.entry![0]).toBe(10);
    expect(c.pieces[1]!.entry![1]).toBeCloseTo(5.5, 14);
    expect(c.pieces[1]!.exit).toBeNull();
  });

  it('a segment between two outside points that crosses the window is a piece of its own; one that misses is not', () => {
    const c = clipPath(
      [
        [-5, 5],
        [15, 5],
        [15, 20],
        [-5, 20],
      ],
      W,
    );
    expect(c.pieces).toEqual([{ first: 1, last: 0, entry: [0, 5], exit: [10, 5] }]);
    expect(c.exit).toEqual({ index: 0, lastInside: -1, at: null, reason: 'left-window' });
  });

  it('a path that starts outside has no exit point but enters at the edge', () => {
    const c = clipPath(
      [
        [20, 20],
        [5, 5],
      ],
      W,
    );
    expect(c.lastInside).toBe(-1);
    expect(c.exit).toEqual({ index: 0, lastInside: -1, at: null, reason: 'left-window' });
    expect(c.pieces).toEqual([{ first: 1, last: 1, entry: [10, 10], exit: null }]);
  });

  it('NaN: non-finite, the exit is the last inside point, and the path breaks there', () => {
    const c = clipPath(
      [
        [5, 5],
        [NaN, 3],
        [4, 4],
      ],
      W,
    );
    expect(c.exit).toEqual({ index: 1, lastInside: 0, at: [5, 5], reason: 'non-finite' });
    expect(c.pieces).toEqual([
      { first: 0, last: 0, entry: null, exit: null },
      { first: 2, last: 2, entry: null, exit: null },
    ]);
    expect(clipPath([[NaN, NaN]], W).exit).toEqual({ index: 0, lastInside: -1, at: null, reason: 'non-finite' });
  });

  it('±Infinity: non-finite, the exit follows the infinite direction to the edge', () => {
    const exitOf = (b: [number, number], a: [number, number] = [5, 5]) => clipPath([a, b], W).exit;
    expect(exitOf([Infinity, 5])).toEqual({ index: 1, lastInside: 0, at: [10, 5], reason: 'non-finite' });
    expect(exitOf([3, -Infinity])!.at).toEqual([5, 0]);
    expect(exitOf([Infinity, -Infinity])!.at).toEqual([10, 0]);
    expect(exitOf([-Infinity, Infinity], [5, 2])!.at).toEqual([0, 7]);
    // coming back from infinity enters along the same direction
    const c = clipPath(
      [
        [-Infinity, 5],
        [5, 5],
      ],
      W,
    );
    expect(c.pieces).toEqual([{ first: 1, last: 1, entry: [0, 5], exit: null }]);
  });

  it('1e300 and the largest doubles: left-window, exit on the edge in the right direction, nothing overflows', () => {
    const exitOf = (b: [number, number]) => clipPath([[5, 5], b], W).exit!;
    expect(exitOf([1e300, 5])).toEqual({ index: 1, lastInside: 0, at: [10, 5], reason: 'left-window' });
    expect(exitOf([1e300, 1e300]).at).toEqual([10, 10]);
    expect(exitOf([1e300, 2e300]).at).toEqual([7.5, 10]);
    expect(exitOf([-1.7e308, 1.7e308]).at).toEqual([0, 10]);
    expect(exitOf([-Number.MAX_VALUE, -Number.MAX_VALUE]).at).toEqual([0, 0]);
    // a segment from −1e300 to +1e300 through the window
    const c = clipPath(
      [
        [-1e300, 5],
        [1e300, 5],
      ],
      W,
    );
    expect(c.pieces).toEqual([{ first: 1, last: 0, entry: [0, 5], exit: [10, 5] }]);
    expect(clipPath([[1e300, 1e300]], W).exit).toEqual({ index: 0, lastInside: -1, at: null, reason: 'left-window' });
  });

  it('any coordinates (finite, huge, ±Infinity, NaN) give finite results inside the window, consistent with `inside`', () => {
    const coord = fc.oneof(
      fc.double({ min: -5, max: 15, noNaN: true }),
      fc.constantFrom(NaN, Infinity, -Infinity, 1e300, -1e300, Number.MAX_VALUE, -Number.MAX_VALUE, 0, 10),
      fc.double(),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(coord, coord), { maxLength: 30 }), fc.boolean(), (pts, stopped) => {
        const c = clipPath(pts, W, { stopped });
        expect(c.inside).toHaveLength(pts.length);
        pts.forEach(([x, y], k) => expect(c.inside[k]).toBe(insideWindow(W, x, y) ? 1 : 0));
        for (let k = 0; k <= c.lastInside; k++) expect(c.inside[k]).toBe(1);
        if (c.exit !== null) {
          expect(c.exit.lastInside).toBe(c.lastInside);
          expect(c.exit.index).toBe(c.lastInside + 1);
          if (c.exit.at !== null) expect(insideWindow(W, c.exit.at[0], c.exit.at[1])).toBe(true);
        } else {
          expect(c.lastInside).toBe(pts.length - 1);
        }
        let previousLast = -Infinity;
        for (const p of c.pieces) {
          expect(p.first).toBeGreaterThan(previousLast);
          previousLast = Math.max(p.first, p.last);
          for (let k = p.first; k <= p.last; k++) expect(c.inside[k]).toBe(1);
          for (const e of [p.entry, p.exit]) if (e !== null) expect(insideWindow(W, e[0], e[1])).toBe(true);
          if (p.first > p.last) expect(p.entry !== null && p.exit !== null).toBe(true);
        }
        // every inside point belongs to exactly one piece
        const covered = pts.map((_, k) => c.pieces.filter((p) => p.first <= k && k <= p.last).length);
        pts.forEach((_, k) => expect(covered[k]).toBe(c.inside[k]));
      }),
      { numRuns: 500 },
    );
  });

  it('serves descent-path: a divergent run on the round bowl leaves its window at the edge', () => {
    const run = descentPath(roundBowl, configure(gradientDescent, { learningRate: 1.2 }), [3, -3], { maxSteps: 60 });
    expect(run.status).toBe('diverged');
    const c = clipPath(run.points, roundBowl.window, { stopped: run.steps < 60 });
    // x_k − 2 = (1 − 2.4)^k = (−1.4)^k: first above 6 at k = 6 (2 + 7.53); at k = 5 it is −3.38, inside
    expect(c.exit!.index).toBe(6);
    expect(c.exit!.at).toEqual([6, -3]);
    expect(c.exit!.reason).toBe('left-window');
  });

  it('rejects a bad window and a point with one coordinate', () => {
    expect(() => clipPath([[1, 1]], { x: [1, 0], y: [0, 1] })).toThrow(CoreError);
    expect(() => clipPath([[1, 1]], { x: [0, NaN], y: [0, 1] })).toThrow(CoreError);
    expect(() => clipPath([[1]], W)).toThrow(CoreError);
  });
});

describe('windowExit', () => {
  it('meets the edge along the segment, and stays at the start for NaN', () => {
    expect(windowExit(W, 5, 5, 15, 15)).toEqual([10, 10]);
    expect(windowExit(W, 5, 5, 5, -20)).toEqual([5, 0]);
    expect(windowExit(W, 5, 5, NaN, 0)).toEqual([5, 5]);
  });
});
