import { describe, expect, it } from 'vitest';
import { boxFrame } from '~/core/project/axes';
import { boxRadius, makeBox, toUnit } from '~/core/project/box';
import { orbitCamera, VIEW_PRESETS } from '~/core/project/camera';
import { projectPoint } from '~/core/project/project';

describe('boxFrame', () => {
  const box = makeBox([-12, 12], [-4, 4], [-1, 2000]);
  it('puts the x axis on the near y side and the panes on the far sides (lecture view)', () => {
    const cam = orbitCamera(VIEW_PRESETS.lecture); // eye towards +x, +y
    const frame = boxFrame(box, cam);
    const x = frame.axes.find((a) => a.name === 'x')!;
    const s = projectPoint(cam, toUnit(box, -12, 4, -1));
    expect(x.edge[0][0]).toBeCloseTo(s.x, 14);
    expect(x.edge[0][1]).toBeCloseTo(s.y, 14);
    expect(x.ticks.map((t) => t.value)).toEqual([-10, -5, 0, 5, 10]);
    const xWall = frame.panes.find((p) => p.kind === 'x-wall')!;
    const w = projectPoint(cam, toUnit(box, -12, -4, -1));
    expect(xWall.ring[0]![0]).toBeCloseTo(w.x, 14);
  });
  it('labels the z axis from 0 to 2000 with labels outside the box', () => {
    const cam = orbitCamera(VIEW_PRESETS.overhead);
    const z = boxFrame(box, cam).axes.find((a) => a.name === 'z')!;
    expect(z.ticks.map((t) => t.value)).toEqual([0, 500, 1000, 1500, 2000]);
    // z labels sit to the left of the axis line on screen.
    for (const t of z.ticks) expect(t.label[0]).toBeLessThanOrEqual(t.at[0] + 1e-12);
  });
  it('keeps every coordinate finite and near the box from every view', () => {
    const r = boxRadius(box);
    for (let az = 0; az < 360; az += 30) {
      for (let el = 0; el <= 90; el += 30) {
        const f = boxFrame(box, orbitCamera({ azimuth: az, elevation: el }));
        const pts = [
          ...f.panes.flatMap((p) => [...p.ring, ...p.grid.flat()]),
          ...f.axes.flatMap((a) => [...a.edge, a.title, ...a.ticks.flatMap((t) => [t.at, t.label])]),
        ];
        for (const [x, y] of pts) {
          expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
          expect(Math.hypot(x, y)).toBeLessThan(r * 1.5);
        }
      }
    }
  });
});

describe('boxFrame tick clash', () => {
  it('leaves out the x or y tick label that would sit on the foot of the z axis', () => {
    const box = makeBox([-12, 12], [-4, 4], [-1, 2000]);
    for (let az = 5; az < 360; az += 10) {
      const f = boxFrame(box, orbitCamera({ azimuth: az, elevation: 22 }));
      const z = f.axes.find((a) => a.name === 'z')!;
      const foot = z.edge[0];
      for (const a of f.axes.filter((x) => x.name !== 'z')) {
        for (const t of a.ticks) expect(Math.hypot(t.at[0] - foot[0], t.at[1] - foot[1])).toBeGreaterThan(0.02);
      }
    }
  });
});
