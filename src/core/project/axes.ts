import { toUnit, type Box3, type Range } from './box';
import type { Camera } from './camera';
import { projectPoint } from './project';
import { niceTicks } from './ticks';
import type { Vec3 } from './vec3';

type P2 = [number, number];

/** A back pane of the box (floor or wall), with grid lines at the tick values. */
export interface Pane {
  readonly kind: 'floor' | 'x-wall' | 'y-wall';
  readonly ring: P2[];
  readonly grid: Array<[P2, P2]>;
}

/** One labelled axis: the edge it runs along, its ticks and its title's anchor. */
export interface Axis {
  readonly name: 'x' | 'y' | 'z';
  readonly edge: [P2, P2];
  readonly ticks: Array<{ readonly value: number; readonly at: P2; readonly label: P2 }>;
  readonly title: P2;
}

export interface BoxFrame {
  readonly panes: Pane[];
  readonly axes: Axis[];
}

/** Options: about how many ticks per axis, and how far labels stand off the box (unit-box units). */
export interface FrameOptions {
  readonly ticks?: number;
  readonly zTicks?: number;
  readonly labelOffset?: number;
}

/**
 * The box drawn the way matplotlib draws a 3-D axes: the three panes behind
 * the surface (the floor and the two walls facing the eye), each with grid
 * lines, and the x, y and z axes along front edges with tick labels that
 * stand outside the box. Everything is in screen coordinates for `camera`.
 */
export function boxFrame(box: Box3, camera: Camera, options: FrameOptions = {}): BoxFrame {
  const off = options.labelOffset ?? 0.07;
  const xt = niceTicks(box.x[0], box.x[1], options.ticks ?? 5);
  const yt = niceTicks(box.y[0], box.y[1], options.ticks ?? 5);
  const zt = niceTicks(box.z[0], box.z[1], options.zTicks ?? 4);
  const t = camera.toward;
  // The sides nearer the eye (ties go to the high side).
  const xNear = t[0] >= 0 ? box.x[1] : box.x[0];
  const xFar = t[0] >= 0 ? box.x[0] : box.x[1];
  const yNear = t[1] >= 0 ? box.y[1] : box.y[0];
  const yFar = t[1] >= 0 ? box.y[0] : box.y[1];
  const [z0, z1] = box.z;
  const P = (x: number, y: number, z: number): P2 => {
    const s = projectPoint(camera, toUnit(box, x, y, z));
    return [s.x, s.y];
  };
  // Offsets in unit-box units, converted to data units per axis.
  const dx = (off / box.aspect[0]) * (box.x[1] - box.x[0]);
  const dy = (off / box.aspect[1]) * (box.y[1] - box.y[0]);
  const sx = Math.sign(xNear - xFar);
  const sy = Math.sign(yNear - yFar);

  const floor: Pane = {
    kind: 'floor',
    ring: [P(box.x[0], box.y[0], z0), P(box.x[1], box.y[0], z0), P(box.x[1], box.y[1], z0), P(box.x[0], box.y[1], z0)],
    grid: [
      ...xt.map((v): [P2, P2] => [P(v, box.y[0], z0), P(v, box.y[1], z0)]),
      ...yt.map((v): [P2, P2] => [P(box.x[0], v, z0), P(box.x[1], v, z0)]),
    ],
  };
  const xWall: Pane = {
    kind: 'x-wall',
    ring: [P(xFar, box.y[0], z0), P(xFar, box.y[1], z0), P(xFar, box.y[1], z1), P(xFar, box.y[0], z1)],
    grid: [
      ...yt.map((v): [P2, P2] => [P(xFar, v, z0), P(xFar, v, z1)]),
      ...zt.map((v): [P2, P2] => [P(xFar, box.y[0], v), P(xFar, box.y[1], v)]),
    ],
  };
  const yWall: Pane = {
    kind: 'y-wall',
    ring: [P(box.x[0], yFar, z0), P(box.x[1], yFar, z0), P(box.x[1], yFar, z1), P(box.x[0], yFar, z1)],
    grid: [
      ...xt.map((v): [P2, P2] => [P(v, yFar, z0), P(v, yFar, z1)]),
      ...zt.map((v): [P2, P2] => [P(box.x[0], yFar, v), P(box.x[1], yFar, v)]),
    ],
  };

  const xAxis: Axis = {
    name: 'x',
    edge: [P(box.x[0], yNear, z0), P(box.x[1], yNear, z0)],
    ticks: xt.map((v) => ({ value: v, at: P(v, yNear, z0), label: P(v, yNear + sy * dy, z0) })),
    title: P((box.x[0] + box.x[1]) / 2, yNear + sy * 2.6 * dy, z0),
  };
  const yAxis: Axis = {
    name: 'y',
    edge: [P(xNear, box.y[0], z0), P(xNear, box.y[1], z0)],
    ticks: yt.map((v) => ({ value: v, at: P(xNear, v, z0), label: P(xNear + sx * dx, v, z0) })),
    title: P(xNear + sx * 2.6 * dx, (box.y[0] + box.y[1]) / 2, z0),
  };
  // The z axis stands on whichever side corner (near in one axis, far in the
  // other) is further left on screen, so its labels never cross the surface.
  // Its labels stand out from the far wall (away from the box and from the
  // x or y labels that end at the same corner).
  const corners: Array<[number, number, number, number]> = [
    [xNear, yFar, 0, -sy],
    [xFar, yNear, -sx, 0],
  ];
  const [cxv, cyv, ox, oy] = corners.reduce((best, c) =>
    P(c[0], c[1], z0)[0] < P(best[0], best[1], z0)[0] ? c : best,
  );
  const zAxis: Axis = {
    name: 'z',
    edge: [P(cxv, cyv, z0), P(cxv, cyv, z1)],
    ticks: zt.map((v) => ({ value: v, at: P(cxv, cyv, v), label: P(cxv + ox * dx, cyv + oy * dy, v) })),
    title: P(cxv + ox * 2.6 * dx, cyv + oy * 2.6 * dy, (z0 + z1) / 2),
  };
  // The x or y axis that ends at the z axis's foot would print a tick label
  // on top of the z axis's lowest one: leave that tick label out.
  const without = (axis: Axis, r: Range, at: number): Axis => ({
    ...axis,
    ticks: axis.ticks.filter((t) => Math.abs(t.value - at) > 0.04 * (r[1] - r[0])),
  });
  const zAtYFar = cxv === xNear && cyv === yFar;
  return {
    panes: [floor, xWall, yWall],
    axes: [zAtYFar ? xAxis : without(xAxis, box.x, cxv), zAtYFar ? without(yAxis, box.y, cyv) : yAxis, zAxis],
  };
}

/** The eight corners of the box in unit coordinates (for tests and bounds). */
export function boxCorners(box: Box3): Vec3[] {
  const out: Vec3[] = [];
  for (const x of box.x) for (const y of box.y) for (const z of box.z) out.push(toUnit(box, x, y, z));
  return out;
}
