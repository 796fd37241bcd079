// The 3-D views' face colours: viridis by height, darkened or lightened by the face's brightness.
import { scale } from '@observablehq/plot';
import { describe, expect, it, vi } from 'vitest';
import { faceColor } from '~/widgets/kit3d/surfaceColor';

/** The colour asked of the ramp for this face, then shaded: what the table must hold. */
function expected(height: number, light: number): string {
  const h = Math.round(Math.min(1, Math.max(0, height)) * 63) / 63;
  const s = Math.round(Math.min(1, Math.max(0, (light - 0.35) / 0.65)) * 15);
  const k = 0.58 + 0.46 * (s / 15);
  const ramp = scale({ color: { type: 'linear', scheme: 'viridis', domain: [0, 1] } });
  const [r, g, b] = (String(ramp.apply(h)).match(/[0-9a-f]{2}/gi) ?? []).map((x) => parseInt(x, 16));
  const f = (v: number): number => Math.max(0, Math.min(255, Math.round(v * k)));
  return `rgb(${f(r!)},${f(g!)},${f(b!)})`;
}

describe('faceColor', () => {
  it('is the viridis colour of the height, shaded by the brightness, for every step and shade', () => {
    for (let h = 0; h <= 63; h++) {
      for (let s = 0; s <= 15; s++) {
        const light = 0.35 + (0.65 * s) / 15;
        expect(faceColor(h / 63, light), `${h}, ${s}`).toBe(expected(h / 63, light));
      }
    }
  });

  it('reads a height out of [0, 1] at its end, and a height or brightness that is not finite as the top', () => {
    expect(faceColor(-2, 1)).toBe(faceColor(0, 1));
    expect(faceColor(7, 0.35)).toBe(faceColor(1, 0.35));
    expect(faceColor(NaN, 0.5)).toBe(faceColor(1, 0.5));
    expect(faceColor(0.5, NaN)).toBe(faceColor(0.5, 1));
  });

  it('is built ahead by warmFaceColors, so that the first 3-D drawing asks no ramp', async () => {
    vi.resetModules();
    const scaleCalls = vi.fn();
    vi.doMock('@observablehq/plot', async (original) => {
      const plot = await original<typeof import('@observablehq/plot')>();
      return { ...plot, scale: (...args: Parameters<typeof plot.scale>) => (scaleCalls(), plot.scale(...args)) };
    });
    try {
      const fresh = await import('~/widgets/kit3d/surfaceColor');
      fresh.warmFaceColors();
      expect(scaleCalls).toHaveBeenCalledTimes(1);
      expect(fresh.faceColor(0.5, 0.7)).toBe(expected(0.5, 0.7));
      fresh.warmFaceColors();
      expect(scaleCalls).toHaveBeenCalledTimes(1);
    } finally {
      vi.doUnmock('@observablehq/plot');
      vi.resetModules();
    }
  });
});
