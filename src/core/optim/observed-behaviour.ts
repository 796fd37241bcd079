import type { DescentPath } from './descent-path';

/**
 * What a recorded run shows, in the vocabulary of `predictBehaviour`:
 * 'diverges' when it diverged, 'oscillates' when it oscillated without
 * diverging, 'converges' otherwise. It describes the steps taken, not the
 * limit: a short run may not yet show what a longer one would.
 */
export function observedBehaviour(
  path: Pick<DescentPath, 'status' | 'oscillated'>,
): 'converges' | 'oscillates' | 'diverges' {
  if (path.status === 'diverged') return 'diverges';
  return path.oscillated ? 'oscillates' : 'converges';
}
