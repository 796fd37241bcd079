// @vitest-environment jsdom
// prepareModel: on the page, each step and the model run in tasks of their own (none in the
// caller's), the hydration render's useModel takes the prepared model for exactly that state
// object, failures are left to the render; on the server it does nothing.
import { h, options, render } from 'preact';
import { useEffect } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runToEnd } from '~/core/steps/in-steps';
import { inNewTask } from '~/widgets/kit/nextTask';
import { preparedModel, prepareModel } from '~/widgets/kit/prepareModel';
import { useModel } from '~/widgets/kit/useModel';
import type { UrlState } from '~/widgets/kit/useUrlState';
import { warmContourBands } from '~/widgets/kit/warmContourBands';
import { warmPreactOnce, warmPreactSteps, withEffects } from '~/widgets/kit/warmPreact';
import { rippledBowlInSteps, warmContours } from '~/widgets/kit/warmContours';

afterEach(() => vi.unstubAllGlobals());

describe('prepareModel', () => {
  it('runs each step, then the model, each in a later task than the one before', async () => {
    const order: string[] = [];
    const defaults = { n: 2 };
    const model = (s: { n: number }) => {
      order.push('model');
      return s.n * 10;
    };
    const done = prepareModel(model, defaults, [
      () => {
        order.push('step 1');
        inNewTask(() => order.push('task queued by step 1'));
      },
      () => {
        order.push('step 2');
        inNewTask(() => order.push('task queued by step 2'));
      },
    ]);
    order.push('caller');
    await done;
    expect(order).toEqual(['caller', 'step 1', 'task queued by step 1', 'step 2', 'task queued by step 2', 'model']);
    expect(preparedModel(model, defaults)).toBe(20);
    // Only the very state object it was prepared for: an equal one is computed as usual.
    expect(preparedModel(model, { n: 2 })).toBeUndefined();
  });

  it('goes on past a step that throws, and leaves a model that throws to the render', async () => {
    const defaults = { n: 1 };
    let ran = 0;
    const model = (): number => {
      throw new Error('refused');
    };
    await prepareModel(model, defaults, [
      () => {
        throw new Error('step failed');
      },
      () => ran++,
    ]);
    expect(ran).toBe(1);
    expect(preparedModel(model, defaults)).toBeUndefined();
  });

  it('runs a step given in steps a few pieces per task, and goes on past a piece that throws', async () => {
    // a clock that moves 6 ms per piece: two pieces fill the 10 ms of a task
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const order: string[] = [];
    function* pieces(): Generator<void, void, void> {
      for (let i = 1; i <= 5; i++) {
        order.push(`piece ${i}`);
        now += 6;
        if (i === 1) inNewTask(() => order.push('task queued by piece 1'));
        if (i < 5) yield;
      }
    }
    function* failing(): Generator<void, void, void> {
      order.push('failing piece');
      yield;
      throw new Error('refused');
    }
    const model = () => order.push('model');
    try {
      await prepareModel(model, {}, [pieces, failing, () => order.push('last step')]);
    } finally {
      vi.restoreAllMocks();
    }
    expect(order).toEqual([
      'piece 1',
      'piece 2',
      'task queued by piece 1',
      'piece 3',
      'piece 4',
      'piece 5',
      'failing piece',
      'last step',
      'model',
    ]);
  });

  it('does nothing on the server (no window)', async () => {
    vi.stubGlobal('window', undefined);
    const step = vi.fn();
    const model = vi.fn(() => 1);
    const defaults = {};
    await prepareModel(model, defaults, [step]);
    expect(step).not.toHaveBeenCalled();
    expect(model).not.toHaveBeenCalled();
    expect(preparedModel(model, defaults)).toBeUndefined();
  });
});

describe('useModel with a prepared model', () => {
  function urlFor<S>(state: S): UrlState<S> {
    return {
      state,
      defaults: state,
      serialized: '',
      set: () => {},
      restore: () => {},
      problem: null,
      report: () => {},
      reset: () => {},
      notes: [],
      dismissNotes: () => {},
      link: () => '',
    };
  }

  it('renders the prepared model for the default state without computing it again', async () => {
    const defaults = { n: 3 };
    const model = vi.fn((s: { n: number }) => s.n + 0.5);
    await prepareModel(model, defaults);
    expect(model).toHaveBeenCalledTimes(1);
    const seen: number[] = [];
    function Demo({ state }: { state: { n: number } }): null {
      seen.push(useModel(urlFor(state), model));
      return null;
    }
    const host = document.createElement('div');
    render(h(Demo, { state: defaults }), host);
    expect(model).toHaveBeenCalledTimes(1);
    render(h(Demo, { state: { n: 4 } }), host);
    expect(model).toHaveBeenCalledTimes(2);
    expect(seen).toEqual([3.5, 4.5]);
    render(null, host);
  });
});

describe('warmContours, warmContourBands', () => {
  // prepareModel skips a step that throws without a word, so these are checked here.
  it('run the core contour code (lines, filled bands) on their small grid without throwing', () => {
    expect(runToEnd(warmContours())).toMatchObject({ count: expect.any(Number) });
    expect(runToEnd(warmContourBands())).toHaveLength(8);
  });

  it('come in pieces: the small grid ten rows at a time (four pauses), then the levels', () => {
    const pauses = (steps: Iterator<unknown>): number => {
      let n = 0;
      while (steps.next().done !== true) n++;
      return n;
    };
    expect(pauses(rippledBowlInSteps())).toBe(4);
    expect(pauses(warmContours())).toBeGreaterThan(4 + 1);
    expect(pauses(warmContourBands())).toBeGreaterThan(4 + 1);
  });
});

describe('warmPreactSteps, warmPreactOnce', () => {
  // prepareModel skips a step that throws without a word, so the warm-up is checked here.
  it('renders, hydrates, updates and unmounts its parts in detached elements, a task each', () => {
    const before = document.body.innerHTML;
    const created: HTMLElement[] = [];
    const create = document.createElement.bind(document);
    vi.spyOn(document, 'createElement').mockImplementation((tag: string, o?: ElementCreationOptions) => {
      const el = create(tag, o);
      created.push(el);
      return el;
    });
    let steps: ReadonlyArray<() => void>;
    try {
      steps = warmPreactSteps();
    } finally {
      vi.restoreAllMocks();
    }
    const parts = created.length / 2;
    const rendered = created.slice(0, parts);
    const hydrated = created.slice(parts);
    expect(parts).toBeGreaterThan(1);
    expect(steps).toHaveLength(3 * parts);
    const run = (from: number): void => steps.slice(from * parts, (from + 1) * parts).forEach((step) => step());

    run(0);
    const all = (sel: string): Element[] => rendered.flatMap((r) => [...r.querySelectorAll(sel)]);
    // the kit's controls, disabled as in a hydration render, a keyed list and an SVG
    expect(all('input, select, button').length).toBeGreaterThanOrEqual(6);
    expect(all('input, select, button').every((c) => c.hasAttribute('disabled'))).toBe(true);
    expect(all('li').length).toBeGreaterThan(1);
    expect(all('svg path')).toHaveLength(1);
    run(1);
    // each part hydrated over a copy of its markup, which it leaves as it was
    hydrated.forEach((h, i) => expect(h.innerHTML).toBe(rendered[i]!.innerHTML));
    const kept = hydrated.map((h) => h.firstElementChild);
    run(2);
    // rendered again with other props, then unmounted: every container left empty
    expect(kept.every((k) => k !== null && !k.isConnected)).toBe(true);
    expect(created.every((c) => c.childNodes.length === 0)).toBe(true);
    expect(document.body.innerHTML).toBe(before);
  });

  it('run the effects they queue in their own task, and leave Preact as they found it', () => {
    const ran: string[] = [];
    function Probe(): null {
      useEffect(() => {
        ran.push('effect');
        return () => ran.push('cleanup');
      }, []);
      return null;
    }
    const host = document.createElement('div');
    const before = options.requestAnimationFrame;
    withEffects(() => render(h(Probe, {}), host));
    expect(ran).toEqual(['effect']);
    withEffects(() => render(null, host));
    expect(ran).toEqual(['effect', 'cleanup']);
    expect(options.requestAnimationFrame).toBe(before);
  });

  it('go to the first prepareModel of a page only (a second widget finds Preact warm)', () => {
    warmPreactOnce(); // taken already if a prepareModel above ran first
    expect(warmPreactOnce()).toEqual([]);
    expect(warmPreactSteps().length).toBeGreaterThan(0);
  });
});
