// @vitest-environment jsdom
// SurfaceView's level of detail: a turn (view changes in quick succession) is drawn with the
// moving mesh and the full mesh returns SETTLE_MS after the last step; a single jump, and the
// first view a link sets just after hydration, are drawn with the full mesh at once.
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { usePreactHost } from '../../../support/preact-host';
import { evaluateGrid } from '~/core/grid/evaluate-grid';
import { makeBox } from '~/core/project/box';
import { surfaceMeshFromGrid } from '~/core/project/mesh-from-grid';
import { roundBowl } from '~/core/surfaces/round-bowl';
import { KitContext } from '~/widgets/kit/context';
import { SETTLE_MS, SurfaceView } from '~/widgets/kit3d/SurfaceView';
import type { View } from '~/core/project/camera';

const spec = { x: [-2, 2] as [number, number], y: [-2, 2] as [number, number] };
const box = makeBox(spec.x, spec.y, [0, 8]);
const meshOf = (n: number) => surfaceMeshFromGrid(evaluateGrid(roundBowl.f, { ...spec, nx: n, ny: n }), box);
const mesh = meshOf(9);
const movingMesh = meshOf(5);

const host = usePreactHost();
const ctx = { id: 't', hydrated: true, setBusy: () => {}, reportError: () => {} };

function show(view: View): void {
  act(() => {
    render(
      h(
        KitContext.Provider,
        { value: ctx },
        h(SurfaceView, {
          name: 'bowl-3d',
          label: 'bowl in 3-D',
          mesh,
          movingMesh,
          meshKey: 'bowl',
          view,
          onView: () => {},
          titles: { x: 'x', y: 'y', z: 'f' },
        }),
      ),
      host(),
    );
  });
}
const detail = (): string | null =>
  host().querySelector('[data-kit3d-detail]')?.getAttribute('data-kit3d-detail') ?? null;

describe('SurfaceView level of detail', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('the first view, then a view set at once after it (a link read after hydration): the full mesh', () => {
    show({ azimuth: 60, elevation: 22 });
    expect(detail()).toBe('full');
    show({ azimuth: 75, elevation: 30 });
    expect(detail()).toBe('full');
  });

  it('a turn is drawn with the moving mesh, and the full mesh returns SETTLE_MS after its last step', () => {
    show({ azimuth: 60, elevation: 22 });
    act(() => void vi.advanceTimersByTime(SETTLE_MS * 2));
    show({ azimuth: 65, elevation: 22 });
    expect(detail()).toBe('full');
    show({ azimuth: 70, elevation: 22 });
    expect(detail()).toBe('moving');
    act(() => void vi.advanceTimersByTime(SETTLE_MS - 1));
    expect(detail()).toBe('moving');
    act(() => void vi.advanceTimersByTime(1));
    expect(detail()).toBe('full');
  });
});
