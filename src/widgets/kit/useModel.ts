/**
 * A widget's model of its current state, guarded: when `model(state)` throws
 * (a CoreError for input the core refuses), the widget keeps the model of the
 * last state that worked, returns to that state (so controls, URL and figure
 * agree again) and shows the error's message (url.problem). Errors in the
 * first state (the defaults, or a URL) are rethrown only when no state has
 * worked yet and the defaults fail too.
 */
import { useEffect, useRef } from 'preact/hooks';
import { preparedModel } from './prepareModel';
import { problemText } from './problem';
import type { UrlState } from './useUrlState';

export function useModel<S extends object, M>(url: UrlState<S>, model: (state: S) => M): M {
  const good = useRef<{ state: S; model: M } | null>(null);
  let failed: unknown = null;
  let m: M;
  try {
    // The hydration render's model may have been computed ahead, in a task of its own (prepareModel).
    m = preparedModel(model, url.state) ?? model(url.state);
    good.current = { state: url.state, model: m };
  } catch (error) {
    failed = error;
    if (good.current === null) {
      // Nothing has worked yet (a URL the core refuses): fall back to the defaults.
      m = model(url.defaults);
      good.current = { state: url.defaults, model: m };
    } else {
      m = good.current.model;
    }
  }
  const report = url.report;
  const restore = url.restore;
  useEffect(() => {
    if (failed === null || good.current === null) return;
    restore(good.current.state);
    report(problemText(failed));
  });
  return m;
}
