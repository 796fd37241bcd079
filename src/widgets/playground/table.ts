import type { TableData } from '~/widgets/kit/csv';
import type { ModelWithRuns } from './model';
import { runName } from './summary';

/** Most rows per path: long runs are sampled evenly (their last point always kept). */
export const ROWS_PER_PATH = 300;

/** The points of every path (path, step k, x, y, f), at most ROWS_PER_PATH per path. */
export function table(m: ModelWithRuns): TableData {
  const rows: Record<string, number | string>[] = [];
  let sampled = false;
  m.runs.forEach((run, p) => {
    const n = run.points.length;
    const every = Math.ceil(n / ROWS_PER_PATH);
    if (every > 1) sampled = true;
    run.points.forEach((pt, k) => {
      if (k % every !== 0 && k !== n - 1) return;
      rows.push({ path: `${p + 1}: ${runName(run)}`, k, x: pt[0]!, y: pt[1]!, f: run.losses[k] ?? NaN });
    });
  });
  return {
    caption: `Descent paths on f(x, y) = ${m.drawn}, ${sampled ? `at most ${ROWS_PER_PATH} evenly spaced steps per path` : 'one row per step'}`,
    columns: [
      { key: 'path', label: 'path' },
      { key: 'k', label: 'step k' },
      { key: 'x', label: 'x', digits: 5 },
      { key: 'y', label: 'y', digits: 5 },
      { key: 'f', label: 'f(x, y)', digits: 6 },
    ],
    rows,
  };
}
