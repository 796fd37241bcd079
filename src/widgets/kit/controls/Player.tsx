/**
 * Play / pause / step through positions 0 … count−1 (the steps of a descent,
 * the iterations of a run) with a scrubber and a speed choice. Never
 * autoplays. With prefers-reduced-motion, Play jumps to the last position
 * instead of animating.
 */
import type { JSX } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { useHydrated } from '../context';
import { usePrefersReducedMotion } from '../usePrefersReducedMotion';

export interface PlayerProps {
  /** What is being played, e.g. "Descent". */
  readonly label: string;
  /** The position shown, 0 … count − 1. */
  readonly at: number;
  /** How many positions there are. */
  readonly count: number;
  onSeek(at: number): void;
  /** Positions per second at speed 1 (default 4). */
  readonly fps?: number;
  readonly speeds?: readonly number[];
}

export function Player(p: PlayerProps): JSX.Element {
  const hydrated = useHydrated();
  const reduce = usePrefersReducedMotion();
  const uid = useId();
  const [playing, setPlaying] = useState(false);
  const speeds = p.speeds ?? [0.5, 1, 2, 4];
  const [speed, setSpeed] = useState(1);
  const last = Math.max(0, p.count - 1);
  const at = Math.min(last, Math.max(0, Math.round(p.at)));
  const latest = useRef({ at, onSeek: p.onSeek });
  latest.current = { at, onSeek: p.onSeek };

  useEffect(() => {
    if (!playing) return;
    // From the current position; from the start again when at the end.
    const from = latest.current.at >= last ? 0 : latest.current.at;
    if (from !== latest.current.at) latest.current.onSeek(from);
    const fps = p.fps ?? 4;
    let id = 0;
    let t0: number | null = null;
    const tick = (t: number): void => {
      t0 ??= t;
      const f = Math.min(last, from + Math.floor(((t - t0) / 1000) * fps * speed));
      if (f !== latest.current.at) latest.current.onSeek(f);
      if (f >= last) {
        setPlaying(false);
        return;
      }
      id = requestAnimationFrame(tick);
    };
    id = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(id);
  }, [playing, speed, last, p.fps]);

  const play = (): void => {
    if (playing) return setPlaying(false);
    if (reduce) return p.onSeek(last);
    setPlaying(true);
  };
  const step = (d: number): void => {
    setPlaying(false);
    p.onSeek(Math.min(last, Math.max(0, at + d)));
  };

  return (
    <div class="kit-player" role="group" aria-label={p.label}>
      <button
        type="button"
        class="kit-button"
        disabled={!hydrated || at <= 0}
        onClick={() => step(-1)}
        aria-label="Step back"
      >
        ◀︎
      </button>
      <button type="button" class="kit-button kit-play" disabled={!hydrated} onClick={play} aria-pressed={playing}>
        {playing ? 'Pause' : 'Play'}
      </button>
      <button
        type="button"
        class="kit-button"
        disabled={!hydrated || at >= last}
        onClick={() => step(1)}
        aria-label="Step forward"
      >
        ▶︎
      </button>
      <label for={`${uid}-f`} class="kit-sr-only">
        {p.label}: position
      </label>
      <input
        id={`${uid}-f`}
        type="range"
        min={0}
        max={last}
        step={1}
        value={at}
        aria-valuetext={`step ${at} of ${last}`}
        disabled={!hydrated}
        onInput={(e) => {
          setPlaying(false);
          p.onSeek(Number(e.currentTarget.value));
        }}
      />
      <span class="kit-position" aria-hidden="true">
        {at} / {last}
      </span>
      <label for={`${uid}-s`}>Speed</label>
      <select
        id={`${uid}-s`}
        value={String(speed)}
        disabled={!hydrated}
        onChange={(e) => setSpeed(Number(e.currentTarget.value) || 1)}
      >
        {speeds.map((s) => (
          <option key={s} value={String(s)}>
            {s}×
          </option>
        ))}
      </select>
    </div>
  );
}
