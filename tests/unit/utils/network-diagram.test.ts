import { describe, expect, it } from 'vitest';
import { activationCurve } from '~/utils/activation-curve';
import { networkDiagram } from '~/utils/network-diagram';

describe('networkDiagram', () => {
  it('3-4-4-1: 12 neurons, 3·4 + 4·4 + 4·1 = 32 weights, columns left to right', () => {
    const d = networkDiagram([3, 4, 4, 1]);
    expect(d.nodes.length).toBe(12);
    expect(d.edges.length).toBe(32);
    expect(d.columns).toEqual([...d.columns].sort((a, b) => a - b));
    for (const e of d.edges) expect(e.to.layer).toBe(e.from.layer + 1);
    for (const n of d.nodes) {
      expect(n.x - d.radius).toBeGreaterThanOrEqual(0);
      expect(n.x + d.radius).toBeLessThanOrEqual(d.width);
      expect(n.y - d.radius).toBeGreaterThanOrEqual(0);
      expect(n.y + d.radius).toBeLessThanOrEqual(d.height);
    }
    // every column is centred on the same middle line
    const mid = (l: number) => {
      const ys = d.nodes.filter((n) => n.layer === l).map((n) => n.y);
      return (Math.min(...ys) + Math.max(...ys)) / 2;
    };
    expect(mid(0)).toBeCloseTo(mid(1), 9);
    expect(mid(3)).toBeCloseTo(mid(1), 9);
  });

  it('refuses sizes it cannot draw', () => {
    expect(() => networkDiagram([3])).toThrow();
    expect(() => networkDiagram([3, 0, 1])).toThrow();
  });
});

describe('activationCurve', () => {
  it('draws ReLU as two straight pieces meeting at the origin', () => {
    const path = activationCurve('relu', { width: 100, height: 50, zMax: 2, yMin: -1, yMax: 2 }, 4);
    expect(path).toBe('M0.00,33.33L25.00,33.33L50.00,33.33L75.00,16.67L100.00,0.00');
  });

  it('cuts the curve where it leaves the box instead of flattening it', () => {
    const path = activationCurve('identity', { width: 80, height: 40, zMax: 4, yMin: -1, yMax: 1 }, 8);
    expect(path).toBe('M30.00,40.00L40.00,20.00L50.00,0.00');
  });
});
