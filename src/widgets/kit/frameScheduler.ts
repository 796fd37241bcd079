/**
 * Coalesces redraw requests into one call per animation frame: ten inputs in
 * one frame cost one draw. A no-op on the server.
 */
export interface FrameScheduler {
  schedule(): void;
  cancel(): void;
}

export function frameScheduler(run: () => void): FrameScheduler {
  let id: number | null = null;
  return {
    schedule() {
      if (id !== null || typeof requestAnimationFrame !== 'function') return;
      id = requestAnimationFrame(() => {
        id = null;
        run();
      });
    },
    cancel() {
      if (id !== null) cancelAnimationFrame(id);
      id = null;
    },
  };
}
