/**
 * Preact warmed up before a page's first hydration render: a small widget-like tree (the kit's
 * controls in a KitContext, a keyed list, an SVG, a kept inner HTML) in five parts, each
 * rendered, then hydrated over a copy of its own markup, then rendered again and unmounted, in
 * detached elements, one task per part and stage. Without it the page's first hydration render
 * runs Preact's diff and the kit's controls cold (no type feedback yet, interpreted). At 4× CPU
 * that render's task took a median of 47–64 ms on descent-path, regression-descent, multi-start
 * and scaling-comparison (five loads each), and 32–50 ms after the warm-up, whose fifteen tasks
 * take 0–49 ms (docs/benchmarks.md, Hydration, session 19). Once per page: the first
 * prepareModel takes the steps (warmPreactOnce), later ones get none.
 */
import { hydrate, options, render, type JSX } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import { KitContext, type KitContextValue } from './context';
import { Button } from './controls/Button';
import { Player } from './controls/Player';
import { Select } from './controls/Select';
import { Slider } from './controls/Slider';
import { Toggle } from './controls/Toggle';
import { KEPT_HTML } from './keptHtml';
import { num } from './urlState';

const noop = (): void => {};
const CONTEXT: KitContextValue = { id: 'kit-warm', hydrated: false, setBusy: noop, reportError: noop };
const FIELD = num({ default: 0.5, min: 0, max: 1, step: 0.01, shown: 2 });
const OPTIONS = [
  { value: 'a', label: 'A' },
  { value: 'b', label: 'B' },
] as const;

function Item({ i }: { i: number }): JSX.Element {
  const [v] = useState(i);
  const ref = useRef<HTMLLIElement>(null);
  const label = useMemo(() => `item ${v}`, [v]);
  return (
    <li ref={ref} class="kit-warm-item" data-i={v} style={{ width: '1px' }} onClick={noop}>
      <span aria-label={label}>{v}</span>
    </li>
  );
}

/**
 * The tree's parts, each rendered in a task of its own: a cold first render of all of them in
 * one task took 39–98 ms at 4×.
 */
const PARTS: ReadonlyArray<(n: number) => JSX.Element> = [
  (n) => (
    <ul>
      {Array.from({ length: n }, (_, i) => (
        <Item key={i} i={i} />
      ))}
    </ul>
  ),
  (n) => <Slider label="x" field={FIELD} value={n / 40} onChange={noop} />,
  (n) => (
    <>
      <Select label="y" value={n % 2 === 0 ? 'a' : 'b'} options={OPTIONS} onChange={noop} />
      <Toggle label="z" checked={n % 2 === 0} onChange={noop} />
      <Button onClick={noop}>Go</Button>
    </>
  ),
  (n) => <Player label="Run" at={n} count={40} onSeek={noop} />,
  (n) => (
    <div class="kit-figure">
      <svg viewBox="0 0 10 10" role="img" aria-label="warm-up">
        <path d={`M0,0L${n},1`} fill="none" stroke="currentColor" />
      </svg>
      <div class="kit-layer" dangerouslySetInnerHTML={KEPT_HTML} />
      <p aria-live="polite">{`n = ${n}`}</p>
    </div>
  ),
];

function Part({ part, n }: { part: (n: number) => JSX.Element; n: number }): JSX.Element {
  return <KitContext.Provider value={CONTEXT}>{part(n)}</KitContext.Provider>;
}

/**
 * `work`, then the effects it queued, in this task: Preact runs effects after the next frame
 * (`options.requestAnimationFrame`, else a frame or a 35 ms timeout), so the warm tree's effects
 * are warmed up too, and none is left queued behind a frame that a document may never paint (a
 * test's jsdom, torn down with a flush still to come, would leave later files' effects stuck
 * behind it). If islands had already queued effects, Preact asks for no new frame: the warm
 * tree's effects then run with theirs, a frame later, as they would have anyway.
 */
export function withEffects(work: () => void): void {
  const before = options.requestAnimationFrame;
  let flush: (() => void) | undefined;
  options.requestAnimationFrame = (f) => {
    flush = f;
  };
  try {
    work();
    flush?.();
  } finally {
    options.requestAnimationFrame = before;
  }
}

/**
 * The warm-up's steps, one task each: every part rendered, then each hydrated, then each
 * rendered again and unmounted.
 */
export function warmPreactSteps(): ReadonlyArray<() => void> {
  const rendered = PARTS.map(() => document.createElement('div'));
  const hydrated = PARTS.map(() => document.createElement('div'));
  return [
    ...PARTS.map((part, i) => () => withEffects(() => render(<Part part={part} n={8} />, rendered[i]!))),
    ...PARTS.map(
      (part, i) => () =>
        withEffects(() => {
          hydrated[i]!.innerHTML = rendered[i]!.innerHTML;
          hydrate(<Part part={part} n={8} />, hydrated[i]!);
        }),
    ),
    ...PARTS.map(
      (part, i) => () =>
        withEffects(() => {
          render(<Part part={part} n={11} />, hydrated[i]!);
          render(null, hydrated[i]!);
          render(null, rendered[i]!);
        }),
    ),
  ];
}

let taken = false;

/** The warm-up's steps for the page's first caller (prepareModel); none for the others. */
export function warmPreactOnce(): ReadonlyArray<() => void> {
  if (taken) return [];
  taken = true;
  return warmPreactSteps();
}
